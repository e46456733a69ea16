import type { Config } from "../config/config.js";
import { notifyMarker } from "../state/markers.js";
import type { IncidentState } from "../state/types.js";
import { inlineText } from "../text/markdown-safe.js";

/**
 * One short comment per raise to a level with people to notify; keyed by `<level>:<n>` (the n-th
 * time the incident reached that level) so a redelivered event never mentions them twice.
 */
export function planNotifications(state: IncidentState, config: Config): string[] {
  if (!state.open || !state.isIncident) return [];
  const out: string[] = [];
  for (const change of state.severityChanges) {
    if (!change.raised || state.notified.has(change.key)) continue;
    const level = config.severities.find((s) => s.id === change.to);
    if (!level || level.notify.length === 0) continue;
    // Only the latest raise matters: an old raise superseded by a later level is history.
    if (state.severity?.id !== level.id) continue;
    out.push(
      `${notifyMarker(change.key)}\n${level.notify.join(" ")}: incident #${state.number} is now **${level.id}**` +
        `${level.responseMode ? ` (${inlineText(level.responseMode, 200)})` : ""}.`,
    );
  }
  return out;
}
