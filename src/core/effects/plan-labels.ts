import { type Config, LABELLED_STATUSES } from "../config/config.js";
import { hasLabel, statusLabel } from "../state/label-kind.js";
import type { IncidentState } from "../state/types.js";
import type { IssueChange } from "./types.js";

/**
 * The label invariants the state demands: exactly one severity (the newest applied wins; the
 * form's answer or the default when none), exactly one status while open, `not-an-incident` when
 * closed as not planned.
 */
export function planLabelInvariants(
  state: IncidentState,
  config: Config,
  change: IssueChange,
  formSeverity: string | undefined,
): void {
  if (!state.isIncident) return;
  const adding = (name: string) => change.addLabels.some((l) => l.toLowerCase() === name.toLowerCase());
  const addingSeverity = config.severities.some((s) => adding(s.label));
  if (state.severity === null && !addingSeverity) {
    const id = formSeverity ?? config.defaultSeverity;
    const level =
      config.severities.find((s) => s.id === id) ??
      config.severities.find((s) => s.id === config.defaultSeverity);
    if (level) change.addLabels.push(level.label);
  }
  if (state.severity && !addingSeverity) {
    for (const label of state.severityLabels) {
      if (label.toLowerCase() !== state.severity.label.toLowerCase()) change.removeLabels.push(label);
    }
  }
  const statusAdded = LABELLED_STATUSES.some((s) => adding(statusLabel(config, s)));
  if (state.open && state.statusLabels.length === 0 && !statusAdded) {
    change.addLabels.push(statusLabel(config, "investigating"));
  }
  if (state.statusLabels.length > 1 && !statusAdded && state.status !== "resolved") {
    const keep = statusLabel(config, state.status);
    for (const label of state.statusLabels)
      if (label.toLowerCase() !== keep.toLowerCase()) change.removeLabels.push(label);
  }
  if (
    !state.open &&
    state.closeReason === "not_planned" &&
    !hasLabel(state.labels, config.labels.notAnIncident)
  ) {
    change.addLabels.push(config.labels.notAnIncident);
  }
}

/** Drops adds already present, removes not present, and duplicates. */
export function normaliseChange(state: IncidentState, change: IssueChange): IssueChange {
  const uniq = (list: string[]) =>
    list.filter((v, i) => list.findIndex((w) => w.toLowerCase() === v.toLowerCase()) === i);
  const removeLabels = uniq(change.removeLabels).filter((l) => hasLabel(state.labels, l));
  const addLabels = uniq(change.addLabels).filter(
    (l) => !hasLabel(state.labels, l) && !removeLabels.some((r) => r.toLowerCase() === l.toLowerCase()),
  );
  const addAssignees = uniq(change.addAssignees).filter(
    (a) => !state.assignees.some((x) => x.toLowerCase() === a.toLowerCase()),
  );
  return { addLabels, removeLabels, addAssignees };
}
