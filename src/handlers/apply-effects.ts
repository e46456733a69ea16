import { closeEvent, commentEvent, selfPerson } from "../core/effects/synthetic.js";
import type { Effects } from "../core/effects/types.js";
import type { TimelineEvent } from "../core/events.js";
import type { CommentPort, IssueWritePort } from "../github/ports.js";

/**
 * Writes what the history calls for, race-free: labels added in one request and removed one at a
 * time, assignees added and removed by name (a change a person makes meanwhile survives); replies
 * and notifications posted once; the close last, after everything it follows from. Returns the
 * timeline events these writes add, so the board can show them without reading the history again.
 */
export async function applyEffects(
  ports: IssueWritePort & CommentPort,
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
  for (const body of effects.comments) {
    const posted = await ports.createComment(issue, body);
    added.push(commentEvent(self, posted.id, body, posted.url, at));
  }
  for (const commentId of effects.reactions) await ports.addReaction(commentId, "+1");
  if (effects.close) {
    await ports.closeIssue(issue, effects.close);
    added.push(closeEvent(self, at));
  }
  return added;
}
