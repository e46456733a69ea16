import type { Config } from "../core/config/config.js";
import { readDueMarker } from "../core/postmortem/action-items.js";
import { isTool, readReminderMarker, reminderMarker } from "../core/state/markers.js";
import type { EngineDeps } from "./types.js";

/**
 * Open action items past their due date: one nudge each, mentioning the assignees (found again by
 * its marker, so never twice). One list of open action items per sweep, plus one read of the
 * comments of each overdue one.
 */
export async function remindActionItems(deps: EngineDeps, config: Config): Promise<number> {
  if (!config.actionItems.enabled) return 0;
  const { ports } = deps;
  const self = (await deps.self()).toLowerCase();
  const today = deps.now().toISOString().slice(0, 10);
  const overdue = (await ports.listIssues({ label: config.labels.actionItem, state: "open" })).filter((i) => {
    const due = isTool(i.author, self) ? readDueMarker(i.body) : null;
    return due !== null && due < today;
  });
  let nudged = 0;
  for (const item of overdue) {
    const key = `action-item:${item.number}`;
    const comments = await ports.listComments(item.number);
    if (
      comments.some(
        (c) => c.authorIsBot && c.author.toLowerCase() === self && readReminderMarker(c.body) === key,
      )
    )
      continue;
    const who = item.assignees.length > 0 ? `${item.assignees.map((a) => `@${a}`).join(" ")} ` : "";
    await ports.createComment(
      item.number,
      `${reminderMarker(key)}\n${who}this action item was due on ${readDueMarker(item.body)}. ` +
        "Close it when it is done, or say here when it will be.\n",
    );
    nudged++;
  }
  return nudged;
}
