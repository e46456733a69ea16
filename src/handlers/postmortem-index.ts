import type { Config } from "../core/config/config.js";
import { readActionItemMarker } from "../core/postmortem/action-items.js";
import { type IndexRow, readIndexRows, renderIndex } from "../core/postmortem/index-file.js";
import { postmortemIndexPath } from "../core/postmortem/paths.js";
import type { IncidentState } from "../core/state/types.js";
import { minutesBetween } from "../core/time.js";
import type { FilePort, IssueListPort, PullRequestPort } from "../github/ports.js";

export type IndexPorts = FilePort & Pick<PullRequestPort, "putFile"> & Pick<IssueListPort, "listIssues">;

/** `to` relative to the directory of `from` (both repository paths). */
function relative(from: string, to: string): string {
  const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/") + 1) : "";
  return to.startsWith(dir) ? to.slice(dir.length) : `/${to}`;
}

/**
 * Adds the incident's postmortem to the index on the postmortem's branch, in the same pull request,
 * and refreshes every row's action-item progress from the action-item issues. Three requests: the
 * index on the default branch, the action items, the commit. Returns the index's path, or null when
 * the index is turned off.
 */
export async function updatePostmortemIndex(
  ports: IndexPorts,
  config: Config,
  state: IncidentState,
  input: { branch: string; document: string; now: Date },
): Promise<string | null> {
  const path = postmortemIndexPath(config);
  if (path === null) return null;
  const rows = readIndexRows(await ports.readFile(path)).filter((r) => r.incident !== state.number);
  const items = await ports.listIssues({ label: config.labels.actionItem, state: "all" });
  const progress = new Map<number, { done: number; total: number }>();
  for (const issue of items) {
    const marker = readActionItemMarker(issue.body);
    if (marker === null) continue;
    const p = progress.get(marker.incident) ?? { done: 0, total: 0 };
    p.total++;
    if (issue.state === "closed") p.done++;
    progress.set(marker.incident, p);
  }
  const resolvedAt = state.resolvedAt ?? input.now.toISOString();
  const row: IndexRow = {
    incident: state.number,
    title: state.title,
    date: state.declaredAt.slice(0, 10),
    severity: state.severity?.id ?? null,
    minutes: minutesBetween(state.startedAt, resolvedAt),
    file: relative(path, input.document),
    drill: state.isDrill,
    done: 0,
    total: state.followups.length,
  };
  const all = [...rows, row].map((r) => ({ ...r, ...(progress.get(r.incident) ?? {}) }));
  await ports.putFile({
    branch: input.branch,
    path,
    content: renderIndex(all),
    message: `Add the postmortem of incident ${state.number} to the index`,
  });
  return path;
}
