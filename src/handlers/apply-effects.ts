import { closeEvent, commentEvent, selfPerson } from "../core/effects/synthetic.js";
import type { Effects } from "../core/effects/types.js";
import type { TimelineEvent } from "../core/events.js";
import { MARKER_PREFIX, readReminderKeys } from "../core/state/markers.js";
import type { CommentInfo, CommentPort, IssueWritePort } from "../github/ports.js";
import { withWrites } from "../github/write-context.js";

/** Comments the sweep posts, which every replica's sweep may post at the same moment. */
const SWEPT = [`${MARKER_PREFIX}remind:`, `${MARKER_PREFIX}oncall:`];

/** The first line of a comment: its marker. */
const markerOf = (body: string) => body.split("\n", 1)[0];

/**
 * Whether two of the tool's swept comments say the same thing: reminders that cover a key in
 * common (reminders due together share one comment, and two runs may see different sets due),
 * otherwise the same marker.
 */
function same(a: string, b: string): boolean {
  const keys = readReminderKeys(a);
  if (keys.length === 0) return markerOf(a) === markerOf(b);
  const other = new Set(readReminderKeys(b));
  return keys.some((k) => other.has(k));
}

/**
 * After posting a reminder or an on-call page: if another run (another replica's sweep) posted one
 * saying the same (for reminders: covering any key ours covers), the oldest stays and ours goes,
 * so the incident ends with one. The later of two posts always sees the earlier one. Returns the
 * older comments ours gave way to (empty when ours stays): their keys are reminded, and a key only
 * ours covered is owed again, so the next pass plans it on its own.
 */
async function keepOldest(
  ports: CommentPort,
  issue: number,
  body: string,
  id: number,
  self: string,
): Promise<CommentInfo[]> {
  const older = (await ports.listComments(issue)).filter(
    (c) => c.id < id && c.authorIsBot && c.author.toLowerCase() === self.toLowerCase() && same(body, c.body),
  );
  if (older.length === 0) return [];
  await ports.deleteComment(id);
  return older;
}

/**
 * Writes the state the history calls for, race-free: labels added in one request and removed one at
 * a time, assignees added and removed by name (a change a person makes meanwhile survives). Returns
 * the timeline events these writes add. Made in the "state" class, first in the installation's turn.
 */
export async function applyStateEffects(
  ports: IssueWritePort,
  issue: number,
  effects: Effects,
  self: string,
  at: string,
): Promise<TimelineEvent[]> {
  const added: TimelineEvent[] = [];
  const actor = selfPerson(self);
  if (effects.addLabels.length > 0) await ports.addLabels(issue, effects.addLabels);
  for (const label of effects.addLabels) added.push({ kind: "labeled", id: 0, at, actor, label });
  for (const label of effects.removeLabels) {
    await ports.removeLabel(issue, label);
    added.push({ kind: "unlabeled", id: 0, at, actor, label });
  }
  if (effects.addAssignees.length > 0) await ports.addAssignees(issue, effects.addAssignees);
  for (const assignee of effects.addAssignees) added.push({ kind: "assigned", id: 0, at, actor, assignee });
  if (effects.removeAssignees.length > 0) await ports.removeAssignees(issue, effects.removeAssignees);
  for (const assignee of effects.removeAssignees)
    added.push({ kind: "unassigned", id: 0, at, actor, assignee });
  return added;
}

const REPLY = `${MARKER_PREFIX}reply:`;

/**
 * Posts the answers the history calls for, once each: replies to commands ("reply" class), then
 * notifications and reminders ("background"), 👍 ("ack"), and the close last ("state"), after
 * everything it follows from. Returns the timeline events these writes add. An answer still
 * waiting for its turn when `signal` aborts (a newer run for the incident) is dropped: the history
 * still owes it, so the newer run sends it, and this incident's next board is not kept waiting.
 */
export async function applyAnswers(
  ports: IssueWritePort & CommentPort,
  issue: number,
  effects: Effects,
  self: string,
  at: string,
  signal?: AbortSignal,
): Promise<TimelineEvent[]> {
  const on = signal === undefined ? {} : { signal };
  const added: TimelineEvent[] = [];
  const replies = effects.comments.filter((body) => body.startsWith(REPLY));
  const others = effects.comments.filter((body) => !body.startsWith(REPLY));
  for (const [writeClass, bodies] of [
    ["reply", replies],
    ["background", others],
  ] as const) {
    for (const body of bodies) {
      const posted = await withWrites({ class: writeClass, ...on }, () => ports.createComment(issue, body));
      // Once posted, the duplicate check runs to its end: a run superseded now must not leave two.
      const older = SWEPT.some((m) => body.startsWith(m))
        ? await withWrites({ class: "background" }, () => keepOldest(ports, issue, body, posted.id, self))
        : [];
      if (older.length === 0) added.push(commentEvent(self, posted.id, body, posted.url, at));
      for (const c of older) added.push(commentEvent(self, c.id, c.body, c.url, at));
    }
  }
  await withWrites({ class: "ack", ...on }, async () => {
    for (const commentId of effects.reactions) await ports.addReaction(commentId, "+1");
  });
  if (effects.close) {
    await withWrites({ class: "state", ...on }, () => ports.closeIssue(issue, effects.close ?? "completed"));
    added.push(closeEvent(self, at));
  }
  return added;
}
