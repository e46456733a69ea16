import type { Config } from "../core/config/config.js";
import { DASHBOARD_MARKER, keptRows, renderDashboard } from "../core/dashboard/render.js";
import { type DashboardRow, readRowsMarker, sameRow } from "../core/dashboard/row.js";
import type { IssueSnapshot } from "../core/events.js";
import { hasHeaderMarker, requestMarker } from "../core/state/markers.js";
import { unpaced } from "./refresh-pace.js";
import type { EngineDeps } from "./types.js";
import { directQueue, type WorkQueue } from "./work-queue.js";

/** The dashboard issue: open, by the tool, with the marker; the oldest if a race made two. */
export async function findDashboard(deps: EngineDeps, config: Config): Promise<IssueSnapshot | null> {
  const self = (await deps.self()).toLowerCase();
  const issues = await deps.ports.listIssues({ label: config.labels.dashboard, state: "open" });
  const own = issues
    .filter(
      (i) =>
        i.author.isBot && i.author.login.toLowerCase() === self && hasHeaderMarker(i.body, DASHBOARD_MARKER),
    )
    .sort((a, b) => a.number - b.number);
  return own[0] ?? null;
}

export interface DashboardUpdate {
  /** Rows of incidents just reconciled (they replace the dashboard's rows for those incidents). */
  rows: DashboardRow[];
  /** The sweep's list of open incidents: a row still marked open for any other incident is stale and goes. */
  openNow?: number[];
  /** The sweep re-renders when time alone changed the picture (an update became overdue). */
  sweep?: boolean;
  /** The newest `DashboardKeep` stamp among the requests merged here (with `REDIS_URL`). */
  stamp?: number;
}

const merge = (a: DashboardUpdate, b: DashboardUpdate): DashboardUpdate => {
  const openNow = b.openNow ?? a.openNow;
  return {
    rows: [...a.rows, ...b.rows],
    ...(openNow === undefined ? {} : { openNow }),
    sweep: a.sweep === true || b.sweep === true,
    ...(a.stamp === undefined && b.stamp === undefined
      ? {}
      : { stamp: Math.max(a.stamp ?? 0, b.stamp ?? 0) }),
  };
};

/** Open incidents whose next update has fallen due between two moments. */
const fellDue = (rows: DashboardRow[], from: string, to: string) =>
  rows.some((r) => r.open && r.dueAt !== null && r.dueAt > from && r.dueAt <= to);

/**
 * Updates the dashboard issue (creating it on first use): the incidents' rows replace theirs, and
 * the body is rendered again. Refreshes of one repository run one at a time and coalesce; in the
 * app they are also paced (`deps.dashboardPace`: at most one write per repository per interval, the
 * sweep's at once), so a caller whose refresh is deferred resolves before it is written; with
 * `deps.keepDashboard` the deferred rows are recorded until written, for another replica to write
 * if this one dies. Costs two requests (find it, write it); none is written when nothing the
 * dashboard shows changed.
 */
export async function refreshDashboard(
  deps: EngineDeps,
  config: Config,
  update: DashboardUpdate,
  queue: WorkQueue = directQueue,
): Promise<void> {
  if (!config.dashboard.enabled) return;
  const key = `${deps.ports.repo.owner}/${deps.ports.repo.repo}#dashboard`;
  const keep = update.sweep === true ? undefined : deps.keepDashboard;
  const numbers = (u: DashboardUpdate) => u.rows.map((r) => r.n);
  const stamped = keep === undefined ? update : { ...update, stamp: await keep.waiting(numbers(update)) };
  const write = (all: DashboardUpdate) =>
    queue.run(key, all, merge, async (hint) => {
      await writeDashboard(deps, config, hint);
      if (hint.stamp !== undefined) await deps.keepDashboard?.written(numbers(hint), hint.stamp);
    });
  await (deps.dashboardPace ?? unpaced).request(key, stamped, merge, write, update.sweep === true);
}

/** Finds the dashboard and writes what changed (the rows given replace theirs). */
async function writeDashboard(deps: EngineDeps, config: Config, all: DashboardUpdate): Promise<void> {
  const now = deps.now().toISOString();
  const found = await findDashboard(deps, config);
  const existing = found === null ? [] : readRowsMarker(found.body);
  const fresh = new Map<number, DashboardRow>();
  for (const row of all.rows) fresh.set(row.n, row); // the latest run's row wins
  const openNow = all.openNow === undefined ? null : new Set(all.openNow);
  const stale = (r: DashboardRow) => r.open && openNow !== null && !openNow.has(r.n);
  const rows = keptRows(
    [...existing.filter((r) => !fresh.has(r.n) && !stale(r)), ...fresh.values()].sort((a, b) => a.n - b.n),
    now,
  );
  const before = keptRows(existing, now);
  const unchanged =
    found !== null &&
    rows.length === before.length &&
    rows.every((r, i) => before[i] !== undefined && r.n === before[i].n && sameRow(r, before[i]));
  const asOf = found?.updatedAt ?? now;
  if (unchanged && !(all.sweep && fellDue(rows, asOf, now))) return;
  const body = renderDashboard(rows, config, now);
  if (found !== null) return deps.ports.updateIssueBody(found.number, body);
  const marker = requestMarker(globalThis.crypto.randomUUID());
  await deps.ports.createIssue(
    { title: config.dashboard.title, body: `${marker}\n${body}`, labels: [config.labels.dashboard] },
    marker,
  );
}
