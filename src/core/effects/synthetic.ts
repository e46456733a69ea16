import type { Person, TimelineEvent } from "../events.js";
import type { Effects } from "./types.js";

/** The tool itself, as an actor of the events it causes. */
export const selfPerson = (login: string): Person => ({ login, isBot: true });

/**
 * The timeline events GitHub records for what the engine just did. Appending them to the history
 * read at the start lets the board show the result without reading the timeline again.
 */
export function closeEvent(self: string, at: string): TimelineEvent {
  return { kind: "closed", id: 0, at, actor: selfPerson(self), reason: "completed" };
}

export function commentEvent(self: string, id: number, body: string, url: string, at: string): TimelineEvent {
  return { kind: "commented", id, at, actor: selfPerson(self), body, association: "NONE", url };
}

/**
 * The events the planned writes will add, before they are made: labels, assignees, comments (with
 * `placeholder()` ids until GitHub gives theirs) and the close. The board rendered from the history
 * with these applied is the one the writes lead to, so it can be written first.
 */
export function predictedEvents(
  effects: Effects,
  self: string,
  at: string,
  placeholder: () => number,
): TimelineEvent[] {
  const actor = selfPerson(self);
  return [
    ...effects.addLabels.map((label): TimelineEvent => ({ kind: "labeled", id: 0, at, actor, label })),
    ...effects.removeLabels.map((label): TimelineEvent => ({ kind: "unlabeled", id: 0, at, actor, label })),
    ...effects.addAssignees.map(
      (assignee): TimelineEvent => ({ kind: "assigned", id: 0, at, actor, assignee }),
    ),
    ...effects.removeAssignees.map(
      (assignee): TimelineEvent => ({ kind: "unassigned", id: 0, at, actor, assignee }),
    ),
    ...effects.comments.map((body) => commentEvent(self, placeholder(), body, "", at)),
    ...(effects.close ? [closeEvent(self, at)] : []),
  ];
}
