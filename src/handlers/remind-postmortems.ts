import type { Config } from "../core/config/config.js";
import { hasLabel } from "../core/state/label-kind.js";
import { readReminderMarker, reminderMarker } from "../core/state/markers.js";
import type { EngineDeps } from "./types.js";

/**
 * Postmortem pull requests open longer than `reminders.postmortemDays`: one nudge each, on the PR,
 * mentioning its requested reviewers (found again by its marker, so never twice). One list of open
 * pull requests per sweep, plus one read of the comments of each PR that is old enough.
 */
export async function remindPostmortems(deps: EngineDeps, config: Config): Promise<number> {
  const days = config.reminders.postmortemDays;
  if (days <= 0) return 0;
  const { ports } = deps;
  const self = (await deps.self()).toLowerCase();
  const now = deps.now().getTime();
  const old = (await ports.listOpenPulls()).filter(
    (p) =>
      hasLabel(p.labels, config.labels.postmortem) &&
      p.head.startsWith("postmortem/incident-") &&
      now - Date.parse(p.createdAt) > days * 864e5,
  );
  let nudged = 0;
  for (const pull of old) {
    const key = `postmortem:${pull.number}`;
    const comments = await ports.listComments(pull.number);
    const done = comments.some(
      (c) => c.authorIsBot && c.author.toLowerCase() === self && readReminderMarker(c.body) === key,
    );
    if (done) continue;
    const age = Math.floor((now - Date.parse(pull.createdAt)) / 864e5);
    const who = pull.reviewers.length > 0 ? `${pull.reviewers.map((r) => `@${r}`).join(" ")} ` : "";
    await ports.createComment(
      pull.number,
      `${reminderMarker(key)}\n${who}this postmortem has been open for ${age} days. Fill in what is still blank, ` +
        "review it and merge it: its action items only get done once it lands.\n",
    );
    nudged++;
  }
  return nudged;
}
