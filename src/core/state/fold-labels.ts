import type { TimelineEvent } from "../events.js";
import type { Acc } from "./derive.js";
import { labelKind, statusLabel } from "./label-kind.js";

type LabelEvent = Extract<TimelineEvent, { kind: "labeled" | "unlabeled" }>;

const holdsRole = (acc: Acc, roleId: string, login: string): boolean =>
  (acc.holders.get(roleId) ?? []).some((h) => h.login.toLowerCase() === login.toLowerCase());

/** Who a label change is attributed to: a person directly, or whoever asked the bot by command. */
function attributedTo(acc: Acc, event: LabelEvent): string {
  if (!event.actor.isBot) return event.actor.login;
  const key = event.label.toLowerCase();
  const by = acc.pending.get(key);
  if (by === undefined) return event.actor.login;
  acc.pending.delete(key);
  return by;
}

function foldSeverity(acc: Acc, event: LabelEvent, by: string): void {
  const s = acc.state;
  const kind = labelKind(acc.config, event.label);
  if (kind.kind !== "severity") return;
  const level = kind.level;
  if (event.kind === "labeled") {
    acc.severityOrder = [...acc.severityOrder.filter((l) => l.id !== level.id), level];
    if (s.severity?.id === level.id) return;
    // A level replaced by removing the old label first still reads as a change from it.
    const from = s.severity ?? acc.removedSeverity;
    acc.removedSeverity = null;
    const count = s.severityChanges.filter((c) => c.to === level.id).length;
    const raised = from === null || level.rank < from.rank;
    s.severityChanges.push({
      from: from?.id ?? null,
      to: level.id,
      by,
      at: event.at,
      raised,
      key: `${level.id}:${count + 1}`,
    });
    s.severity = level;
    if (holdsRole(acc, "decider", by)) s.severityConfirmed = true;
    s.timeline.push({
      at: event.at,
      by,
      kind: "severity",
      text:
        from === null
          ? `Severity set to ${level.id}`
          : `Severity ${raised ? "raised" : "lowered"} ${from.id} → ${level.id}`,
    });
  } else {
    acc.severityOrder = acc.severityOrder.filter((l) => l.id !== level.id);
    if (s.severity?.id !== level.id) return;
    s.severity = acc.severityOrder[acc.severityOrder.length - 1] ?? null;
    if (s.severity === null) acc.removedSeverity = level;
  }
}

function foldStatus(acc: Acc, event: LabelEvent, by: string): void {
  const s = acc.state;
  const kind = labelKind(acc.config, event.label);
  if (kind.kind !== "status") return;
  const label = statusLabel(acc.config, kind.status);
  if (event.kind === "labeled") {
    acc.statusOrder = [...acc.statusOrder.filter((l) => l !== label), label];
    if (s.status === kind.status && s.open) return;
    s.status = kind.status;
    if (kind.status === "identified" && s.identifiedAt === null) s.identifiedAt = event.at;
    if (kind.status === "mitigated" && s.mitigatedAt === null) s.mitigatedAt = event.at;
    s.timeline.push({ at: event.at, by, kind: "status", text: `Status: ${kind.status}` });
  } else {
    acc.statusOrder = acc.statusOrder.filter((l) => l !== label);
    const last = acc.statusOrder[acc.statusOrder.length - 1];
    const next = last === undefined ? undefined : labelKind(acc.config, last);
    if (s.status === kind.status) s.status = next?.kind === "status" ? next.status : "investigating";
  }
}

function foldRole(acc: Acc, event: LabelEvent, by: string): void {
  const kind = labelKind(acc.config, event.label);
  if (kind.kind !== "role") return;
  const role = kind.role;
  const current = acc.holders.get(role.id) ?? [];
  if (event.kind === "unlabeled") {
    if (current.length > 0) {
      acc.state.timeline.push({ at: event.at, by, kind: "role", text: `${role.name} role freed` });
    }
    acc.holders.set(role.id, []);
    return;
  }
  // Applied by the bot for a `/role` command: the command already named the holders.
  if (event.actor.isBot && by !== event.actor.login && current.length > 0) return;
  if (current.some((h) => h.login.toLowerCase() === by.toLowerCase())) return;
  const holder = { login: by, since: event.at, by };
  acc.holders.set(role.id, role.multiple ? [...current, holder] : [holder]);
  acc.state.timeline.push({ at: event.at, by, kind: "role", text: `@${by} took the ${role.name} role` });
}

/** The list without `label` (case-insensitively), and with it appended last when `present`. */
function withLabel(list: readonly string[], label: string, present: boolean): string[] {
  const others = list.filter((l) => l.toLowerCase() !== label.toLowerCase());
  return present ? [...others, label] : others;
}

/** Folds one label change into the state: the incident flag, drills, severity, status and roles. */
export function foldLabel(acc: Acc, event: LabelEvent): void {
  const s = acc.state;
  const lower = event.label.toLowerCase();
  if (event.kind === "labeled") {
    if (!s.labels.some((l) => l.toLowerCase() === lower)) s.labels.push(event.label);
  } else {
    s.labels = s.labels.filter((l) => l.toLowerCase() !== lower);
  }
  const by = attributedTo(acc, event);
  const kind = labelKind(acc.config, event.label);
  switch (kind.kind) {
    case "incident":
      if (event.kind === "labeled" && !s.isIncident) {
        if (!s.timeline.some((e) => e.kind === "declared")) {
          s.declaredAt = event.at;
          s.declaredBy = by;
          if (event.at < s.startedAt) s.startedAt = event.at;
          s.timeline.push({ at: event.at, by, kind: "declared", text: "Declared an incident" });
        }
      }
      s.isIncident = event.kind === "labeled";
      return;
    case "drill":
      s.isDrill = event.kind === "labeled";
      return;
    case "severity":
      s.severityLabels = withLabel(s.severityLabels, kind.level.label, event.kind === "labeled");
      foldSeverity(acc, event, by);
      return;
    case "status":
      s.statusLabels = withLabel(
        s.statusLabels,
        statusLabel(acc.config, kind.status),
        event.kind === "labeled",
      );
      foldStatus(acc, event, by);
      return;
    case "role":
      foldRole(acc, event, by);
      return;
    default:
      return;
  }
}
