import type { Config } from "../config/config.js";
import type { IssueSnapshot, TimelineEvent } from "../events.js";
import { statusLabel } from "../state/label-kind.js";
import {
  ALERT_MARKER,
  hasHeaderMarker,
  isTool,
  readAlertCountMarker,
  readAlertStateMarker,
} from "../state/markers.js";
import type { AlertStatus } from "./notification.js";

/** An alert incident's alert state, as the tool's own comments on it record it. */
export interface AlertHistory {
  status: AlertStatus;
  /** Notifications counted so far (1: the one that opened the incident). */
  notifications: number;
  /** The comment that counts them, edited in place (null until a second notification). */
  countComment: { id: number; body: string } | null;
  /**
   * With `alerts.resolved: mitigate`: all alerts resolved and nobody (nor the tool) has set a
   * status since, while the incident is still investigating or identified.
   */
  owesMitigated: boolean;
}

/**
 * Folds the history of an incident an alert opened: the latest alert-state comment of the tool
 * gives the status (firing when none), its count comment the notifications. Only the tool's own
 * comments count (by identity and marker header), never text people wrote.
 */
export function alertHistory(
  issue: IssueSnapshot,
  events: readonly TimelineEvent[],
  config: Config,
  self: string,
): AlertHistory {
  const out: AlertHistory = { status: "firing", notifications: 1, countComment: null, owesMitigated: false };
  let resolvedAt: string | null = null;
  let repeats = 0;
  let statusSetAt: string | null = null;
  const statusLabels = new Set(
    (["investigating", "identified", "mitigated"] as const).map((s) => statusLabel(config, s)),
  );
  for (const event of events) {
    if (event.kind === "labeled" && statusLabels.has(event.label)) statusSetAt = event.at;
    if (event.kind !== "commented" || !isTool(event.actor, self)) continue;
    if (hasHeaderMarker(event.body, ALERT_MARKER)) repeats++;
    const count = readAlertCountMarker(event.body);
    if (count !== null && out.countComment === null) {
      out.countComment = { id: event.id, body: event.body };
      out.notifications = Math.max(out.notifications, count);
    }
    const change = readAlertStateMarker(event.body);
    if (change !== null) {
      out.status = change;
      resolvedAt = change === "resolved" ? event.at : null;
    }
  }
  out.notifications = Math.max(out.notifications, repeats + 1);
  const mitigatedLabel = statusLabel(config, "mitigated");
  out.owesMitigated =
    config.alerts.resolved === "mitigate" &&
    issue.state === "open" &&
    resolvedAt !== null &&
    !issue.labels.some((l) => l.toLowerCase() === mitigatedLabel.toLowerCase()) &&
    (statusSetAt === null || statusSetAt <= resolvedAt);
  return out;
}
