/**
 * The public status page (the Action's `mode: status-page`): read the repository's incidents and
 * maintenance issues, derive each incident's state from its history, keep the public facts, and
 * write `index.html`, `status.json`, `feed.atom` and the Statuspage v2 files (`api/v2/…`) into a
 * directory (the only file I/O of the engine). Nothing is written to GitHub.
 *
 * Requests: four lists (open incidents, incidents closed since `historyDays` ago, the same for
 * maintenance issues; all pages each) and one history read per incident that may appear (not a
 * drill, not closed as not planned or duplicate, closed within `historyDays`).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { IssueSnapshot } from "../core/events.js";
import { deriveState } from "../core/state/derive.js";
import { needsAsking, type Permissions } from "../core/state/trust.js";
import type { IncidentState } from "../core/state/types.js";
import { renderStatusPage, STATUS_PAGE_FILES, type StatusPageFile } from "../core/status-page/files.js";
import { maintenanceNeedsPermission, mayAppear, scheduledMaintenance } from "../core/status-page/sources.js";
import type { ScheduledMaintenance, StatusPageView } from "../core/status-page/types.js";
import { statusPageView } from "../core/status-page/view-model.js";
import { readPermissions } from "./read-permissions.js";
import type { EngineDeps } from "./types.js";

/** Histories read at the same time. */
const CONCURRENCY = 4;
const DAY_MS = 864e5;

export interface StatusPageReport {
  view: StatusPageView;
  files: Record<StatusPageFile, string>;
  /** Incident issues listed, and how many histories were read (those that may appear). */
  incidentsListed: number;
  historiesRead: number;
  maintenanceListed: number;
  /** Maintenance issues not published, and why. */
  skipped: Array<{ number: number; reason: string }>;
}

export type StatusPageOutcome = StatusPageReport | { invalid: string };

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  f: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await f(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Open issues with the label, and those closed since (whole days, so the list's URL is stable). */
async function listRecent(deps: EngineDeps, label: string, days: number): Promise<IssueSnapshot[]> {
  const since = new Date(Math.floor((deps.now().getTime() - days * DAY_MS) / DAY_MS) * DAY_MS).toISOString();
  return [
    ...(await deps.ports.listIssues({ label, state: "open" })),
    ...(await deps.ports.listIssues({ label, state: "closed", since })),
  ];
}

/** Reads what the page shows and renders its files; writes nothing anywhere. */
export async function renderStatusPageFiles(deps: EngineDeps): Promise<StatusPageOutcome> {
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return { invalid: loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config = loaded.config;
  const now = deps.now();
  const days = config.statusPage.historyDays;
  const incidents = await listRecent(deps, config.labels.incident, days);
  const maintenanceIssues = await listRecent(deps, config.labels.maintenance, days);
  const candidates = incidents.filter((issue) => mayAppear(issue, config, now));
  const self = candidates.length > 0 ? await deps.self() : "";
  const states: IncidentState[] = await mapLimited(candidates, CONCURRENCY, async (issue) => {
    const events = await deps.ports.readTimeline(issue.number);
    // `/public` and the rest count only from people with permission (each asked once per run).
    const question = { issue, events, config, self, formAnswers: false };
    const permissions = await readPermissions(deps.ports, question);
    return deriveState(issue, events, config, { now, self, permissions });
  });
  const maintenance: ScheduledMaintenance[] = [];
  const skipped: StatusPageReport["skipped"] = [];
  const published = maintenanceIssues.filter((i) => !i.isPullRequest);
  const authors = maintenanceNeedsPermission(config)
    ? published
        .filter((i) => config.commands.allow.includes(i.authorAssociation ?? "NONE"))
        .filter((i) => needsAsking(config, i.author, i.authorAssociation))
        .map((i) => i.author.login.toLowerCase())
    : [];
  const permissions: Permissions = new Map(
    await Promise.all([...new Set(authors)].map(async (l) => [l, await deps.ports.permissionOf(l)] as const)),
  );
  for (const issue of published) {
    const source = scheduledMaintenance(issue, config, permissions);
    if (source.ok) maintenance.push(source.maintenance);
    else skipped.push({ number: source.number, reason: source.reason });
  }
  const { owner, repo } = deps.ports.repo;
  const view = statusPageView({ incidents: states, maintenance, config, now, site: `${owner}/${repo}` });
  return {
    view,
    files: renderStatusPage(view),
    incidentsListed: incidents.length,
    historiesRead: candidates.length,
    maintenanceListed: maintenanceIssues.length,
    skipped,
  };
}

/** Writes the files into `directory` (created when missing); other files there are left alone. */
export async function writeStatusPage(
  directory: string,
  files: Record<StatusPageFile, string>,
): Promise<Array<{ name: StatusPageFile; bytes: number }>> {
  await mkdir(directory, { recursive: true });
  const written: Array<{ name: StatusPageFile; bytes: number }> = [];
  for (const name of STATUS_PAGE_FILES) {
    const path = join(directory, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, files[name], "utf8");
    written.push({ name, bytes: Buffer.byteLength(files[name]) });
  }
  return written;
}

export interface StatusPageBuilt extends StatusPageReport {
  directory: string;
  written: Array<{ name: StatusPageFile; bytes: number }>;
}

/** `mode: status-page`: render the page and write it into `directory`. */
export async function buildStatusPage(
  deps: EngineDeps,
  directory: string,
): Promise<StatusPageBuilt | { invalid: string }> {
  const report = await renderStatusPageFiles(deps);
  if ("invalid" in report) return report;
  return { ...report, directory, written: await writeStatusPage(directory, report.files) };
}
