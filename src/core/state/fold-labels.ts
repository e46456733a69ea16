import type { TimelineEvent } from "../events.js";
import { decideSeverity, decideStatus, dropSeverity, freeRole, grantRole } from "./decisions.js";
import type { Acc } from "./derive.js";
import { type LabelKind, labelKinds, statusLabel } from "./label-kind.js";
import { mayDecide } from "./trust.js";

type LabelEvent = Extract<TimelineEvent, { kind: "labeled" | "unlabeled" }>;

/** The list without `label` (case-insensitively), and with it appended last when `present`. */
function withLabel(list: readonly string[], label: string, present: boolean): string[] {
  const others = list.filter((l) => l.toLowerCase() !== label.toLowerCase());
  return present ? [...others, label] : others;
}

/**
 * Whether a label change is a decision: a change by someone who may decide (`mayDecide`: triage
 * permission or more, another integration, `allowUsers`) is; an issue form's labels applied on
 * behalf of an author without permission are not. This tool's own changes are effects of
 * decisions, except the labels it set when it created the issue itself (a `/declare`, a workflow
 * run or an alert), which carry the declaration.
 */
export function isDecision(acc: Acc, event: LabelEvent): boolean {
  if (!acc.isSelf(event.actor)) return mayDecide(acc, event.actor);
  return acc.isSelf(acc.issue.author) && event.at <= acc.issue.createdAt;
}

/** The labels actually on the issue, whoever changed them. */
function foldActual(acc: Acc, event: LabelEvent, kind: LabelKind): void {
  const s = acc.state;
  const present = event.kind === "labeled";
  s.labels = withLabel(s.labels, event.label, present);
  if (kind.kind === "severity") {
    s.severityLabels = withLabel(s.severityLabels, kind.level.label, present);
    acc.severityOrder = acc.severityOrder.filter((l) => l.id !== kind.level.id);
    if (present) acc.severityOrder.push(kind.level);
  } else if (kind.kind === "status") {
    s.statusLabels = withLabel(s.statusLabels, statusLabel(acc.config, kind.status), present);
  } else if (kind.kind === "incident") {
    // Removing the label always stops the tool; applying it declares only as a decision (below).
    if (!present) s.isIncident = false;
  } else if (kind.kind === "drill") {
    s.isDrill = present;
  }
}

function foldDeclaration(acc: Acc, event: LabelEvent, by: string): void {
  const s = acc.state;
  if (event.kind !== "labeled" || s.timeline.some((e) => e.kind === "declared")) return;
  s.declaredAt = event.at;
  s.declaredBy = by;
  if (event.at < s.startedAt) s.startedAt = event.at;
  s.timeline.push({ at: event.at, by, kind: "declared", text: "Declared an incident" });
  if (s.severity === null) acc.severityPendingSince = event.at;
}

/** Folds one label change: the labels on the issue, and the decision it carries (if any). */
export function foldLabel(acc: Acc, event: LabelEvent): void {
  const wasIncident = acc.state.isIncident;
  acc.labelKind ??= labelKinds(acc.config);
  const kind = acc.labelKind(event.label);
  foldActual(acc, event, kind);
  const decision = isDecision(acc, event);
  // The tool's own labels are credited to whoever declared (its creation labels) or to the author.
  const own = acc.isSelf(event.actor);
  const by = !own ? event.actor.login : decision ? acc.declarer : acc.issue.author.login;
  if (kind.kind === "incident") {
    // The tool's own `incident` label (an adopted form) follows a decision its handler took.
    if (event.kind === "labeled" && (own || decision)) {
      acc.state.isIncident = true;
      if (!wasIncident) foldDeclaration(acc, event, by);
    }
    return;
  }
  if (!decision) return;
  const source = { by, at: event.at };
  const labeled = event.kind === "labeled";
  switch (kind.kind) {
    case "severity":
      if (labeled) decideSeverity(acc, kind.level, source);
      else dropSeverity(acc, kind.level, source);
      return;
    case "status":
      if (labeled) decideStatus(acc, kind.status, source);
      else if (acc.state.status === kind.status) decideStatus(acc, "investigating", source);
      return;
    case "role":
      if (labeled) grantRole(acc, kind.role, by, source, `@${by} took the ${kind.role.name} role`);
      else freeRole(acc, kind.role, undefined, source);
      return;
    default:
      return;
  }
}
