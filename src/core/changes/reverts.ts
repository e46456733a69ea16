import type { IncidentState } from "../state/types.js";

/**
 * The `/revert` commands still owed a revert: not answered yet (no marker of the tool's names the
 * command's comment) and whose pull request has no revert opened from this incident already. One per
 * pull request, the first command wins; derived from the history, so a redelivered comment, a
 * restart or the sweep never opens a second one.
 */
export function pendingReverts(state: IncidentState): IncidentState["revertRequests"] {
  const opened = new Set<number>();
  for (const r of state.reverts.values()) if (r.revert !== null) opened.add(r.pull);
  const owed: IncidentState["revertRequests"] = [];
  for (const request of state.revertRequests) {
    if (state.reverts.has(request.commentId) || opened.has(request.pull)) continue;
    if (owed.some((o) => o.pull === request.pull)) continue;
    owed.push(request);
  }
  return owed;
}
