import {
  type Change,
  changesWindow,
  type RecentChanges,
  selectChanges,
} from "../core/changes/recent-changes.js";
import type { Config } from "../core/config/config.js";
import type { IncidentState } from "../core/state/types.js";
import type { ChangesPort } from "../github/ports.js";
import type { Logger } from "./types.js";

/** Pages of 100 closed pull requests walked at most (newest update first): two requests. */
const PULL_PAGES = 2;

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `https://github.com/o/r` from an issue's `https://github.com/o/r/issues/5`. */
const repoHtmlOf = (issueUrl: string): string => {
  const at = issueUrl.lastIndexOf("/issues/");
  return at < 0 ? issueUrl : issueUrl.slice(0, at);
};

/**
 * Reads the pull requests merged into the default branch and the deployments made in the window
 * before the incident (`changes.windowHours` before its start, up to its declaration), newest
 * first, at most `changes.limit`. Bounded: at most two pulls pages, one deployments page (plus one
 * repository read when the default branch is not known from the event). A part GitHub refuses
 * (e.g. deployments without the permission) is named in `problems` and logged; the rest is kept.
 */
export async function readRecentChanges(
  ports: ChangesPort,
  state: Pick<IncidentState, "startedAt" | "declaredAt" | "url">,
  config: Pick<Config, "changes">,
  log: Pick<Logger, "warn">,
): Promise<RecentChanges> {
  const window = changesWindow(state.startedAt, state.declaredAt, config);
  const problems: string[] = [];
  const candidates: Change[] = [];
  try {
    for (const p of await ports.listMergedPulls(window.since, PULL_PAGES))
      candidates.push({
        kind: "pull",
        at: p.mergedAt,
        by: p.author,
        title: p.title,
        url: p.url,
        number: p.number,
      });
  } catch (error) {
    problems.push(`Merged pull requests could not be read: ${reason(error)}`);
  }
  try {
    const html = repoHtmlOf(state.url);
    for (const d of await ports.listDeployments())
      candidates.push({
        kind: "deployment",
        at: d.createdAt,
        by: d.creator,
        title: d.environment,
        url: `${html}/commit/${d.sha}`,
        number: d.id,
        ref: d.ref,
        sha: d.sha,
      });
  } catch (error) {
    problems.push(`Deployments could not be read: ${reason(error)}`);
  }
  for (const problem of problems) log.warn(`recent changes: ${problem}`);
  return { ...window, items: selectChanges(candidates, window, config.changes.limit), problems };
}
