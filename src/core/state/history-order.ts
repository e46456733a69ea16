// The history as the fold reads it: labels the issue was created with made explicit, events in time order.
import type { IssueSnapshot, TimelineEvent } from "../events.js";

/** Labels present on the issue that no `labeled` event explains were applied at creation. */
export function withCreationLabels(
  issue: IssueSnapshot,
  events: readonly TimelineEvent[],
): readonly TimelineEvent[] {
  if (issue.labels.length === 0) return events;
  const seen = new Set<string>();
  for (const e of events) if (e.kind === "labeled") seen.add(e.label.toLowerCase());
  const missing = issue.labels.filter((l) => !seen.has(l.toLowerCase()));
  if (missing.length === 0) return events;
  const synthetic: TimelineEvent[] = missing.map((label) => ({
    kind: "labeled",
    id: 0,
    at: issue.createdAt,
    actor: issue.author,
    label,
  }));
  return [...synthetic, ...events];
}

/** The events by time, ties in their given order; the history as read is usually in order already. */
export function inTimeOrder(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  let sorted = true;
  for (let i = 1; i < events.length && sorted; i++) sorted = events[i - 1]!.at <= events[i]!.at;
  if (sorted) return events;
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.index - b.index))
    .map((x) => x.event);
}
