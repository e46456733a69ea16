import { resolveSeverity } from "../core/commands/resolve.js";
import type { Config } from "../core/config/config.js";
import type { IssueSnapshot } from "../core/events.js";
import { deriveState } from "../core/state/derive.js";
import { hasLabel, statusLabel } from "../core/state/label-kind.js";
import { canDecide, isAllowedUser, permissionFromAssociation } from "../core/state/trust.js";
import { readPermissions } from "./read-permissions.js";
import type { EngineDeps } from "./types.js";

export interface GateResult {
  /** The level at or above which an open incident blocks. */
  blockOn: string;
  /** Open incidents (drills and mitigated ones left out) at or above it, most severe first. */
  blocking: Array<{ number: number; title: string; url: string; severity: string }>;
  /** The environment asked about, when `gate.environments` does not name it (nothing was read). */
  notGated?: string;
}

export type GateOutcome = GateResult | { invalid: string };

/** The Action's `block-on` and `environment` inputs, when given. */
export interface GateOptions {
  blockOn?: string;
  environment?: string;
}

/**
 * The listed incidents without those an outsider labelled themselves: an issue form applies its
 * labels on its author's behalf, so an issue by someone with no role on the repository (settled by
 * the association, no permission read) may carry `incident` and `SEV1` without anyone having
 * declared it. Only those issues' histories are read (one request each) and derived; the rest are
 * trusted as listed.
 */
async function declaredOnly(
  listed: IssueSnapshot[],
  config: Config,
  deps: EngineDeps,
): Promise<IssueSnapshot[]> {
  const suspect = (i: IssueSnapshot) =>
    !i.author.isBot &&
    !isAllowedUser(config, i.author.login) &&
    !canDecide(permissionFromAssociation(i.authorAssociation) ?? "triage");
  if (!listed.some(suspect)) return listed;
  const self = await deps.self();
  const kept: IssueSnapshot[] = [];
  for (const issue of listed) {
    if (!suspect(issue)) {
      kept.push(issue);
      continue;
    }
    const events = await deps.ports.readTimeline(issue.number);
    const permissions = await readPermissions(deps.ports, {
      issue,
      events,
      config,
      self,
      formAnswers: false,
    });
    if (deriveState(issue, events, config, { now: deps.now(), self, permissions }).isIncident)
      kept.push(issue);
  }
  return kept;
}

/**
 * The Action's deploy gate: open incidents at or above a level (`blockOn`, else the config's
 * `gate.blockOn`), drills and mitigated ones left out; with an `environment`, nothing holds one that
 * `gate.environments` does not name (the app's rule). Reads the config and one list of open
 * incidents (their severity labels), plus the history of any opened by an outsider; nothing is
 * written.
 */
export async function deployGate(deps: EngineDeps, options: GateOptions = {}): Promise<GateOutcome> {
  const { blockOn, environment } = options;
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return { invalid: loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config = loaded.config;
  const level = blockOn ?? config.gate.blockOn;
  const limit = resolveSeverity(level, config);
  if (limit === undefined) {
    throw new Error(
      `\`block-on\` must name a severity level (${config.severities.map((s) => s.id).join(", ")}); found ${JSON.stringify(level)}`,
    );
  }
  if (environment !== undefined && !config.gate.environments.includes(environment))
    return { blockOn: limit.id, blocking: [], notGated: environment };
  return { blockOn: limit.id, blocking: await blockingIncidents(config, limit, deps) };
}

/** The open incidents (drills and mitigated ones left out) at or above `limit`, most severe first. */
export async function blockingIncidents(
  config: Config,
  limit: { rank: number },
  deps: EngineDeps,
): Promise<GateResult["blocking"]> {
  const fallback = config.severities.find((s) => s.id === config.defaultSeverity);
  const levelOf = (issue: IssueSnapshot) =>
    config.severities.filter((s) => hasLabel(issue.labels, s.label)).sort((a, b) => a.rank - b.rank)[0] ??
    fallback;
  // A mitigated incident no longer holds deployments: the fix, or the next one, may go out.
  const mitigated = statusLabel(config, "mitigated");
  const listed = await deps.ports.listIssues({ label: config.labels.incident, state: "open" });
  const open = await declaredOnly(listed, config, deps);
  return open
    .filter((i) => !hasLabel(i.labels, config.labels.drill) && !hasLabel(i.labels, mitigated))
    .map((i) => ({ issue: i, level: levelOf(i) }))
    .filter((x) => x.level !== undefined && x.level.rank <= limit.rank)
    .sort((a, b) => a.level!.rank - b.level!.rank || a.issue.number - b.issue.number)
    .map(({ issue, level }) => ({
      number: issue.number,
      title: issue.title,
      url: issue.url,
      severity: level!.id,
    }));
}
