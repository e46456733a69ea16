import type { IssueSnapshot } from "../core/events.js";
import { refreshDashboard } from "./dashboard.js";
import { runForIssue } from "./handle-webhook.js";
import { remindActionItems } from "./remind-action-items.js";
import { remindPostmortems } from "./remind-postmortems.js";
import type { EngineDeps, EngineResult } from "./types.js";
import { directQueue, type WorkQueue } from "./work-queue.js";

/** Incidents of one repository reconciled at the same time during a sweep (unless told otherwise). */
const SWEEP_CONCURRENCY = 4;

const number = (r: EngineResult) => (r.outcome === "handled" ? r.incident.number : 0);

/** An `updated_at` older than this (by our clock) can be remembered as seen. */
const SETTLED_MS = 5_000;

/** How far back the sweep looks at closed incidents (a lost `closed` delivery owes a postmortem). */
export const CLOSED_LOOKBACK_MS = 7 * 24 * 3600_000;

/**
 * What one process remembers between sweeps, to skip incidents with nothing new: the `updated_at`
 * each had when it was last reconciled cleanly. Forgetting is always safe (the next sweep reads
 * that incident again); a fresh process remembers nothing, so its first sweep reads every one.
 */
export class SweepMemo {
  private readonly seen = new Map<string, { updatedAt: string; wakeAt: string | null }>();
  /** Nothing new since the last clean pass, and no reminder fallen due meanwhile. */
  unchanged(key: string, updatedAt: string, now: string): boolean {
    const seen = this.seen.get(key);
    return seen !== undefined && seen.updatedAt === updatedAt && (seen.wakeAt === null || now < seen.wakeAt);
  }
  remember(key: string, updatedAt: string, wakeAt: string | null = null): void {
    this.seen.set(key, { updatedAt, wakeAt });
  }
  forget(key: string): void {
    this.seen.delete(key);
  }
}

export interface SweepReport {
  /** Incidents listed (open, and closed within the look-back). */
  listed: number;
  /** Incidents reconciled (the rest had not changed since the last clean pass). */
  reconciled: number;
  /** Incidents whose reconciliation failed (retried by the next sweep). */
  failed: Array<{ number: number; error: string }>;
  results: EngineResult[];
  /** Postmortem pull requests nudged for being open too long. */
  postmortemNudges?: number;
  /** Action items nudged for being past their due date. */
  actionItemNudges?: number;
}

/**
 * Reconciles every open incident of one repository (and those closed recently), whatever
 * deliveries were lost: labels, assignees, answers to commands, boards and postmortems are all
 * derived from each incident's history. The app runs it at start-up and on an interval; the Action
 * as `mode: sweep` on a schedule. Runs go through the same queue as webhooks, so a sweep and a
 * delivery for one incident never run at once in a process. Requests: one list per state (all
 * pages), then one history read per incident that changed, and writes only where GitHub differs.
 */
export async function sweepRepository(
  deps: EngineDeps,
  options: { queue?: WorkQueue; memo?: SweepMemo; signal?: AbortSignal; concurrency?: number } = {},
): Promise<SweepReport | { invalid: string }> {
  const queue = options.queue ?? directQueue;
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return { invalid: loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config = loaded.config;
  const { ports } = deps;
  // Whole days, so the list's URL (and its ETag) stays the same from one sweep to the next.
  const since = new Date(
    Math.floor((deps.now().getTime() - CLOSED_LOOKBACK_MS) / 864e5) * 864e5,
  ).toISOString();
  const incidents: IssueSnapshot[] = [
    ...(await ports.listIssues({ label: config.labels.incident, state: "open" })),
    ...(await ports.listIssues({ label: config.labels.incident, state: "closed", since })),
  ];
  const report: SweepReport = { listed: incidents.length, reconciled: 0, failed: [], results: [] };
  const one = async (issue: IssueSnapshot): Promise<void> => {
    const key = `${ports.repo.owner}/${ports.repo.repo}#${issue.number}`;
    const updatedAt = issue.updatedAt ?? "";
    if (options.memo?.unchanged(key, updatedAt, deps.now().toISOString())) return;
    try {
      const result = await runForIssue(issue, deps, queue);
      report.reconciled++;
      report.results.push(result);
      // GitHub's times have whole seconds: a change in the same second as the one seen would not
      // move `updated_at`. Only an `updated_at` safely in the past is remembered as "seen".
      const wake = result.outcome === "handled" ? (result.wakeAt ?? null) : null;
      if (Date.parse(updatedAt) < deps.now().getTime() - SETTLED_MS)
        options.memo?.remember(key, updatedAt, wake);
      else options.memo?.forget(key);
    } catch (error) {
      options.memo?.forget(key);
      report.failed.push({
        number: issue.number,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  // A few incidents at a time (each is one run at a time anyway). The app starts many at once: its
  // write scheduler sends their boards before any reply or 👍 (a run holds those until its board is
  // written), which it can only do for runs that have started.
  const waiting = [...incidents];
  const worker = async () => {
    for (let next = waiting.shift(); next !== undefined && !options.signal?.aborted; next = waiting.shift())
      await one(next);
  };
  await Promise.all(Array.from({ length: options.concurrency ?? SWEEP_CONCURRENCY }, worker));
  report.results.sort((a, b) => number(a) - number(b));
  const rows = report.results.flatMap((r) => (r.outcome === "handled" && r.row ? [r.row] : []));
  const openNow = incidents.filter((i) => i.state === "open").map((i) => i.number);
  if (!options.signal?.aborted) await refreshDashboard(deps, config, { rows, openNow, sweep: true }, queue);
  if (!options.signal?.aborted) report.postmortemNudges = await remindPostmortems(deps, config);
  if (!options.signal?.aborted) report.actionItemNudges = await remindActionItems(deps, config);
  return report;
}
