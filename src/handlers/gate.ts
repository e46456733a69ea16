import { resolveSeverity } from "../core/commands/resolve.js";
import type { IssueSnapshot } from "../core/events.js";
import { hasLabel } from "../core/state/label-kind.js";
import type { EngineDeps } from "./types.js";

export interface GateResult {
  /** The level at or above which an open incident blocks. */
  blockOn: string;
  /** Open incidents (drills left out) at or above it, most severe first. */
  blocking: Array<{ number: number; title: string; url: string; severity: string }>;
}

export type GateOutcome = GateResult | { invalid: string };

/**
 * The deploy gate: open incidents at or above a level, drills left out. Reads the config and one
 * list of open incidents (their severity labels); nothing is written.
 */
export async function deployGate(deps: EngineDeps, blockOn: string): Promise<GateOutcome> {
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return { invalid: loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config = loaded.config;
  const limit = resolveSeverity(blockOn, config);
  if (limit === undefined) {
    throw new Error(
      `\`block-on\` must name a severity level (${config.severities.map((s) => s.id).join(", ")}); found ${JSON.stringify(blockOn)}`,
    );
  }
  const fallback = config.severities.find((s) => s.id === config.defaultSeverity);
  const levelOf = (issue: IssueSnapshot) =>
    config.severities.filter((s) => hasLabel(issue.labels, s.label)).sort((a, b) => a.rank - b.rank)[0] ??
    fallback;
  const open = await deps.ports.listIssues({ label: config.labels.incident, state: "open" });
  const blocking = open
    .filter((i) => !hasLabel(i.labels, config.labels.drill))
    .map((i) => ({ issue: i, level: levelOf(i) }))
    .filter((x) => x.level !== undefined && x.level.rank <= limit.rank)
    .sort((a, b) => a.level!.rank - b.level!.rank || a.issue.number - b.issue.number)
    .map(({ issue, level }) => ({
      number: issue.number,
      title: issue.title,
      url: issue.url,
      severity: level!.id,
    }));
  return { blockOn: limit.id, blocking };
}
