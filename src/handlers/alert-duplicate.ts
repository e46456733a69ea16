import type { Config } from "../core/config/config.js";
import type { IssueSnapshot } from "../core/events.js";
import { isTool, readDedupMarker } from "../core/state/markers.js";
import type { EngineDeps } from "./types.js";

/**
 * After creating an alert's incident: alerts are never made to wait for each other (each run of
 * the Action has a concurrency group of its own, so none is ever dropped), so two alerts with one
 * dedup key can both find no incident and both create one. Each creator then lists the open
 * incidents: the oldest incident the tool opened for that key stays, and a newer one closes itself
 * as not planned, pointing at it (GitHub adds the cross-reference to the older one's timeline).
 * The later creator always sees the earlier one. Returns the incident that stays when it is not
 * `created`. One more request (the list) per alert that opens an incident.
 */
export async function keepOldestAlert(
  deps: EngineDeps,
  config: Config,
  dedupKey: string,
  created: IssueSnapshot,
): Promise<IssueSnapshot | null> {
  const self = await deps.self();
  const open = await deps.ports.listIssues({ label: config.labels.incident, state: "open" });
  const older = open
    .filter(
      (i) => i.number < created.number && isTool(i.author, self) && readDedupMarker(i.body) === dedupKey,
    )
    .sort((a, b) => a.number - b.number)[0];
  if (older === undefined) return null;
  await deps.ports.createComment(
    created.number,
    `Duplicate of #${older.number}: the same alert opened it a moment earlier; it goes on there.\n`,
  );
  await deps.ports.closeIssue(created.number, "not_planned");
  return older;
}
