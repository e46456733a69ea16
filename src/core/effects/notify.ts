import type { Config } from "../config/config.js";
import { notifyMarker } from "../state/markers.js";
import type { IncidentState } from "../state/types.js";
import { inlineText } from "../text/markdown-safe.js";

/**
 * One short comment per raise to a level with people to notify (for a drill, `drills.notify`); keyed by `<level>:<n>` (the n-th
 * time the incident reached that level) so a redelivered event never mentions them twice.
 */
export function planNotifications(state: IncidentState, config: Config): string[] {
  if (!state.open || !state.isIncident) return [];
  const out: string[] = [];
  for (const change of state.severityChanges) {
    if (!change.raised || state.notified.has(change.key)) continue;
    const level = config.severities.find((s) => s.id === change.to);
    // A drill goes to the drill audience instead of the level's people.
    const audience = state.isDrill ? config.drills.notify : (level?.notify ?? []);
    if (!level || audience.length === 0) continue;
    // Only the latest raise matters: an old raise superseded by a later level is history.
    if (state.severity?.id !== level.id) continue;
    const what = state.isDrill ? "drill" : "incident";
    out.push(
      `${notifyMarker(change.key)}\n${audience.join(" ")}: ${what} #${state.number} is now **${level.id}**` +
        `${level.responseMode ? ` (${inlineText(level.responseMode, 200)})` : ""}${state.isDrill ? " — **a drill, not a real incident**" : ""}.`,
    );
  }
  return out;
}
