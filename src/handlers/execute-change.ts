import type { IssueChange } from "../core/effects/types.js";
import type { IncidentState } from "../core/state/types.js";
import type { IssueWritePort } from "../github/ports.js";

/**
 * Applies one event's label and assignee changes in a single request whenever possible:
 * adds alone → one POST; a single removal alone → one DELETE; anything else → one PATCH of the
 * issue's full label (and assignee) lists, computed from the history read at the start.
 */
export async function executeChange(
  ports: IssueWritePort,
  state: IncidentState,
  change: IssueChange,
): Promise<void> {
  const { addLabels, removeLabels, addAssignees } = change;
  if (addLabels.length + removeLabels.length + addAssignees.length === 0) return;
  const labelsOnly = addAssignees.length === 0;
  if (labelsOnly && removeLabels.length === 0) return ports.addLabels(state.number, addLabels);
  if (labelsOnly && addLabels.length === 0 && removeLabels.length === 1)
    return ports.removeLabel(state.number, removeLabels[0]!);
  if (addLabels.length + removeLabels.length === 0) return ports.addAssignees(state.number, addAssignees);
  const removed = new Set(removeLabels.map((l) => l.toLowerCase()));
  const labels = [...state.labels.filter((l) => !removed.has(l.toLowerCase())), ...addLabels];
  if (addAssignees.length === 0) return ports.setLabelsAndAssignees(state.number, { labels });
  return ports.setLabelsAndAssignees(state.number, {
    labels,
    assignees: [...state.assignees, ...addAssignees],
  });
}
