import type { RoleDef, SeverityLevel } from "./config.js";
import { DEFAULT_SEVERITY } from "./defaults.js";
import { labelProblems } from "./label-checks.js";
import { preparednessProblems } from "./preparedness-checks.js";
import type { ParsedConfig } from "./schema.js";
import type { ConfigProblem } from "./validate.js";

function duplicates(values: string[], path: (i: number) => string, what: string): ConfigProblem[] {
  const seen = new Map<string, number>();
  const out: ConfigProblem[] = [];
  values.forEach((v, i) => {
    const key = v.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      out.push({ path: path(i), message: `duplicate ${what} ${JSON.stringify(v)}; also at ${path(first)}` });
  });
  return out;
}

/**
 * What the schema alone cannot see: ids given twice, references to severity levels and roles the
 * file does not define, labels, preparedness, the time zone.
 */
export function crossCheck(
  parsed: ParsedConfig,
  severities: SeverityLevel[],
  roles: RoleDef[],
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const roleIds = new Set(roles.map((r) => r.id));
  const sevIds = severities.map((s) => s.id);
  const roleList = `${[...roleIds].join(", ")}${parsed.roles ? "" : " (built in)"}`;
  problems.push(...duplicates(sevIds, (i) => `severities[${i}].id`, "severity id"));
  problems.push(
    ...duplicates(
      roles.map((r) => r.id),
      (i) => `roles[${i}].id`,
      "role id",
    ),
  );
  problems.push(...labelProblems(parsed, severities, roles));
  const defaultSeverity =
    parsed.defaultSeverity ?? (sevIds.includes(DEFAULT_SEVERITY) ? DEFAULT_SEVERITY : undefined);
  const levelAt = (path: string, level: string | undefined) => {
    if (level !== undefined && !sevIds.includes(level))
      problems.push({
        path,
        message: `must be one of the severity ids (${sevIds.join(", ")}); found ${JSON.stringify(level)}`,
      });
  };
  levelAt("defaultSeverity", defaultSeverity);
  for (const [value, level] of Object.entries(parsed.alerts.severity.map ?? {}))
    levelAt(`alerts.severity.map.${value}`, level);
  levelAt("gate.blockOn", parsed.gate.blockOn);
  if (parsed.severities === undefined) {
    // Built-in levels with the file's own roles: report once, at the option the author wrote.
    const missing = [...new Set(severities.flatMap((s) => s.requiredRoles))].filter((r) => !roleIds.has(r));
    if (missing.length > 0) {
      problems.push({
        path: "roles",
        message: `the built-in severity levels require the roles ${missing.join(", ")}; add them here or define \`severities\``,
      });
    }
  }
  severities.forEach((s, i) => {
    s.requiredRoles.forEach((r, j) => {
      if (parsed.severities !== undefined && !roleIds.has(r)) {
        problems.push({
          path: `severities[${i}].requiredRoles[${j}]`,
          message: `unknown role; the roles are ${roleList}; found ${JSON.stringify(r)}`,
        });
      }
    });
    s.flow.forEach((step, j) => {
      const role = step.auto?.startsWith("role:") ? step.auto.slice(5) : undefined;
      if (role !== undefined && !roleIds.has(role)) {
        problems.push({
          path: `severities[${i}].flow[${j}].auto`,
          message: `unknown role ${JSON.stringify(role)}`,
        });
      }
    });
  });
  problems.push(...preparednessProblems(parsed, severities, roles));
  parsed.commands.sevRoles.forEach((r, i) => {
    if (!roleIds.has(r)) {
      problems.push({ path: `commands.sevRoles[${i}]`, message: `unknown role; found ${JSON.stringify(r)}` });
    }
  });
  try {
    // UTC (the default) is always valid; asking ICU costs ~30 ms on the first call of a process.
    if (parsed.timeZone !== "UTC") new Intl.DateTimeFormat("en-GB", { timeZone: parsed.timeZone });
  } catch {
    problems.push({
      path: "timeZone",
      message: `not an IANA time zone; found ${JSON.stringify(parsed.timeZone)}`,
    });
  }
  return problems;
}
