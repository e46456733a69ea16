import { readChangesMarker } from "../changes/recent-changes.js";
import type { CommentEvent as Comment } from "../events.js";
import { grantRole } from "./decisions.js";
import type { Acc } from "./derive.js";
import {
  ALERT_MARKER,
  BOARD_MARKER,
  CONFIG_ERROR_MARKER,
  hasHeaderMarker,
  POSTMORTEM_FAILED_MARKER,
  readActionItemsMarker,
  readAlertCountMarker,
  readAlertStateMarker,
  readAlertTextMarker,
  readGateMarker,
  readNotifyMarker,
  readOncallMarker,
  readPostmortemMarker,
  readReminderKeys,
  readReplyMarker,
  readRevertMarker,
} from "./markers.js";

/**
 * This tool's own comments (by its identity, never another account's): the board, replies,
 * notifications, the postmortem link and failure, alerts.
 */
export function foldBotComment(acc: Acc, event: Comment): void {
  const s = acc.state;
  const body = event.body;
  if (body.startsWith(BOARD_MARKER)) {
    if (s.board === null) {
      s.board = { id: event.id, body };
      s.recentChanges = readChangesMarker(body);
    } else s.extraBoards.push(event.id);
    s.postmortem ??= readPostmortemMarker(body);
    return;
  }
  if (body.startsWith(CONFIG_ERROR_MARKER)) {
    s.configErrorComment ??= { id: event.id, body };
    return;
  }
  if (body.startsWith(POSTMORTEM_FAILED_MARKER) && !s.open) s.postmortemFailed = true;
  const items = readActionItemsMarker(body);
  if (items !== null && !s.actionItemPulls.includes(items)) s.actionItemPulls.push(items);
  foldGateRecord(acc, event);
  for (const key of readReminderKeys(body)) s.reminded.add(key);
  const paged = readOncallMarker(body);
  if (paged !== null) {
    s.oncallPaged.add(paged.role);
    const role = acc.config.roles.find((r) => r.id === paged.role);
    if (role && paged.assign) {
      const source = { by: event.actor.login, at: event.at, url: event.url };
      grantRole(acc, role, paged.login, source, `@${paged.login} is ${role.name} (on call)`);
    }
    return;
  }
  const reverted = readRevertMarker(body);
  if (reverted !== null) {
    s.reverts.set(reverted.commentId, { pull: reverted.pull, revert: reverted.revert });
    const text = reverted.revert
      ? `Revert of #${reverted.pull} opened: #${reverted.revert.number}`
      : `Revert of #${reverted.pull} could not be opened`;
    s.timeline.push({
      at: event.at,
      by: event.actor.login,
      kind: "revert",
      text,
      url: reverted.revert?.url ?? event.url,
    });
  }
  const replyTo = readReplyMarker(body);
  if (replyTo !== null) s.repliedTo.add(replyTo);
  const notified = readNotifyMarker(body);
  if (notified !== null) s.notified.add(notified);
  const postmortem = readPostmortemMarker(body);
  if (postmortem !== null) s.postmortem = postmortem;
  foldAlertComment(acc, event);
  if (hasHeaderMarker(body, ALERT_MARKER)) {
    const raw = readAlertTextMarker(body);
    const text =
      raw === null ? (body.slice(ALERT_MARKER.length).trim().split("\n")[0] ?? "") : `Alert repeated: ${raw}`;
    s.timeline.push({ at: event.at, by: event.actor.login, kind: "alert", text, url: event.url });
  }
}

/** The tool's alert comments: a change of the alerts' state (timeline), the notification count. */
function foldAlertComment(acc: Acc, event: Comment): void {
  const s = acc.state;
  if (s.alerts === null) return;
  const count = readAlertCountMarker(event.body);
  if (count !== null) s.alerts.notifications = Math.max(s.alerts.notifications, count);
  // A repeat noted by the Action's `dedup_key` payload (a comment each, before counting existed).
  if (hasHeaderMarker(event.body, ALERT_MARKER))
    s.alerts.notifications = Math.max(s.alerts.notifications, ++s.alerts.repeats + 1);
  const change = readAlertStateMarker(event.body);
  if (change === null) return;
  s.alerts.status = change;
  s.alerts.since = event.at;
  const text = change === "resolved" ? "All alerts resolved" : "Alerts firing again";
  s.timeline.push({ at: event.at, by: event.actor.login, kind: "alert", text, url: event.url });
}

/** The deploy gate's record of one run (one entry per run and environment, however often it was written). */
function foldGateRecord(acc: Acc, event: Comment): void {
  const gate = readGateMarker(event.body);
  if (gate === null) return;
  const s = acc.state;
  if (s.deploys.some((d) => d.run === gate.run && d.environment === gate.environment)) return;
  s.deploys.push({ ...gate, at: event.at });
  const environment = gate.environment;
  const text =
    gate.state === "held"
      ? `Deployment to ${environment} held (run ${gate.run})`
      : `Deployment to ${environment} let through as a fix (run ${gate.run})`;
  s.timeline.push({ at: event.at, by: event.actor.login, kind: "gate", text, url: event.url });
}
