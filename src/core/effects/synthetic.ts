import type { Person, TimelineEvent } from "../events.js";
import type { IssueChange } from "./types.js";

export const BOT: Person = { login: "incident-workflow[bot]", isBot: true };

/**
 * The timeline events GitHub will record for changes the engine just made. Appending them to the
 * history read at the start lets the board show the result without reading the timeline again.
 */
export function changeEvents(change: IssueChange, close: "completed" | null, at: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const label of change.addLabels) events.push({ kind: "labeled", id: 0, at, actor: BOT, label });
  for (const label of change.removeLabels) events.push({ kind: "unlabeled", id: 0, at, actor: BOT, label });
  for (const assignee of change.addAssignees)
    events.push({ kind: "assigned", id: 0, at, actor: BOT, assignee });
  if (close) events.push({ kind: "closed", id: 0, at, actor: BOT, reason: close });
  return events;
}

export function commentEvent(id: number, body: string, url: string, at: string): TimelineEvent {
  return { kind: "commented", id, at, actor: BOT, body, association: "NONE", url };
}
