import type { z } from "zod";
import type { Config, RoleDef, SeverityLevel } from "./config.js";
import { crossCheck } from "./cross-checks.js";
import { DEFAULT_FLOW, DEFAULT_ROLES, DEFAULT_SEVERITIES, DEFAULT_SEVERITY } from "./defaults.js";
import { resolveRotations } from "./preparedness-checks.js";
import { ConfigSchema, type FlowStep, type ParsedConfig } from "./schema.js";
import { resolveChannels } from "./schema-notifications.js";

/** One problem in the config file, named by the option's path (`severities[1].notify[0]`). */
export interface ConfigProblem {
  path: string;
  message: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

/** Formats a path the way a YAML author reads it: `severities[1].notify`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(top level)" : out;
}

/** Short, single-line rendering of what the file held at a path. */
export function describeFound(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function fromZod(raw: unknown, error: z.ZodError): ConfigProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: "unknown option" }));
    }
    const found = describeFound(valueAt(raw, issue.path));
    return [{ path: formatPath(issue.path), message: `${issue.message}; found ${found}` }];
  });
}

/**
 * The built-in flow for the configured roles: a step ticked by a role the file does not define
 * (`role:commander` when the roles are renamed) is left out rather than reported, since the author
 * never wrote it. Flows the file gives are kept as written and cross-checked.
 */
function builtInFlow(roles: RoleDef[]): FlowStep[] {
  const ids = new Set(roles.map((r) => r.id));
  return DEFAULT_FLOW.filter((step) => !step.auto?.startsWith("role:") || ids.has(step.auto.slice(5)));
}

function resolveSeverities(parsed: ParsedConfig, roles: RoleDef[]): SeverityLevel[] {
  const list = parsed.severities ?? DEFAULT_SEVERITIES;
  const defaultFlow = builtInFlow(roles);
  return list.map((s, index) => ({
    id: s.id,
    label: s.label ?? s.id,
    rank: index + 1,
    description: s.description,
    responseMode: s.responseMode,
    updateCadenceMinutes: s.updateCadenceMinutes,
    notify: s.notify.map((n) => (n.startsWith("@") ? n : `@${n}`)),
    requiredRoles: s.requiredRoles,
    postmortem: s.postmortem,
    flow: s.flow ?? defaultFlow,
    color: s.color ?? ["b60205", "d93f0b", "fbca04", "0e8a16"][Math.min(index, 3)]!,
  }));
}

function resolveRoles(parsed: ParsedConfig): RoleDef[] {
  return (parsed.roles ?? DEFAULT_ROLES).map((r) => ({
    id: r.id,
    label: r.label ?? `role:${r.id}`,
    name: r.name ?? r.id.charAt(0).toUpperCase() + r.id.slice(1),
    duties: r.duties,
    multiple: r.multiple,
  }));
}

/**
 * Validates a parsed YAML document (or `undefined`/`null` for a missing file) and resolves every
 * default. Problems name the option path and what was found; nothing is half-applied.
 */
export function validateConfig(raw: unknown): ConfigResult {
  const input = raw === undefined || raw === null ? {} : raw;
  // Without zod's JIT (`new Function` per object schema): a config is parsed once per event, and
  // compiling the fast path costs a fresh process (the Action) more than it saves on one parse.
  const result = ConfigSchema.safeParse(input, { jitless: true });
  if (!result.success) return { ok: false, problems: fromZod(input, result.error) };
  const parsed = result.data;
  const roles = resolveRoles(parsed);
  const severities = resolveSeverities(parsed, roles);
  const channels = resolveChannels(
    parsed.notifications.channels,
    severities.map((s) => s.id),
  );
  const problems = [...crossCheck(parsed, severities, roles), ...channels.problems];
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      severities,
      defaultSeverity:
        parsed.defaultSeverity ??
        (severities.some((s) => s.id === DEFAULT_SEVERITY)
          ? DEFAULT_SEVERITY
          : severities[severities.length - 1]!.id),
      roles,
      labels: parsed.labels,
      issueType: parsed.issueType,
      commands: parsed.commands,
      postmortem: parsed.postmortem,
      board: parsed.board,
      timeZone: parsed.timeZone,
      oncall: resolveRotations(parsed),
      contacts: parsed.contacts.map((c) => ({
        ...c,
        people: c.people.map((p) => (p.startsWith("@") ? p : `@${p}`)),
      })),
      reminders: parsed.reminders,
      drills: { notify: parsed.drills.notify.map((n) => (n.startsWith("@") ? n : `@${n}`)) },
      dashboard: parsed.dashboard,
      components: parsed.components,
      statusPage: parsed.statusPage,
      actionItems: parsed.actionItems,
      notifications: { channels: channels.channels },
      alerts: parsed.alerts,
      gate: { environments: parsed.gate.environments, blockOn: gateLevel(parsed, severities) },
      changes: parsed.changes,
    },
  };
}

/** `gate.blockOn`, else `SEV2` when there is such a level, else the second level (the only one when alone). */
function gateLevel(parsed: ParsedConfig, severities: SeverityLevel[]): string {
  if (parsed.gate.blockOn !== undefined) return parsed.gate.blockOn;
  if (severities.some((s) => s.id === DEFAULT_GATE_LEVEL)) return DEFAULT_GATE_LEVEL;
  return (severities[1] ?? severities[0])!.id;
}

const DEFAULT_GATE_LEVEL = "SEV2";

/** The built-in configuration (what a repository without `.github/incidents.yml` gets). */
export function defaultConfig(): Config {
  const result = validateConfig({});
  if (!result.ok) throw new Error("built-in configuration is invalid");
  return result.config;
}
