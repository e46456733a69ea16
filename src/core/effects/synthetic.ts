import type { Person, TimelineEvent } from "../events.js";

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
