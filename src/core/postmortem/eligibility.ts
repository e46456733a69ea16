import type { Config } from "../config/config.js";
import type { IncidentState } from "../state/types.js";

/**
 * Why closing this incident does not call for a postmortem, or null when it does: it must be an
 * incident closed as completed by someone who may decide, postmortems must be on, and its level
 * must ask for one.
 * (An incident whose postmortem is already linked is eligible; the handler reuses the link.)
 */
export function postmortemSkipReason(state: IncidentState, config: Config): string | null {
  if (!state.isIncident) return "not an incident";
  if (state.open) return "the incident is still open";
  if (state.closeReason !== "completed") {
    return state.closeReason === "not_planned"
      ? "closed as not planned: not an incident"
      : `closed as ${state.closeReason ?? "unknown"}, not as completed`;
  }
  if (!state.closedByDecider)
    return "closed by its author, who may not resolve incidents (no triage permission)";
  if (!config.postmortem.enabled) return "postmortems are turned off (postmortem.enabled: false)";
  const level = state.severity ?? config.severities.find((s) => s.id === config.defaultSeverity) ?? null;
  if (level !== null && !level.postmortem) return `${level.id} does not call for a postmortem`;
  return null;
}
