import type { LabelledStatus, RoleDef, SeverityLevel } from "../config/config.js";
import type { Acc } from "./derive.js";
import type { RoleHolder } from "./types.js";

/**
 * Decisions: what people decided about severity, status and roles, from their label changes or
 * their commands, in timeline order. The latest decision wins; the tool's own label changes are
 * effects of decisions, never decisions themselves.
 */

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export const holdsRole = (acc: Acc, roleId: string, login: string): boolean =>
  (acc.holders.get(roleId) ?? []).some((h) => same(h.login, login));

/** A source a decision can link to (the command's comment). */
export interface Source {
  by: string;
  at: string;
  url?: string | undefined;
  /** Why, when nobody chose it (the default level, the form's answer). */
  note?: string;
}

const link = (source: Source) => (source.url === undefined ? {} : { url: source.url });

export function decideSeverity(acc: Acc, level: SeverityLevel, source: Source): void {
  const s = acc.state;
  acc.severityPendingSince = null;
  if (holdsRole(acc, "decider", source.by)) s.severityConfirmed = true;
  if (s.severity?.id === level.id) return;
  // A level replaced by removing the old label first still reads as a change from it.
  const from = s.severity ?? acc.removedSeverity;
  acc.removedSeverity = null;
  const count = s.severityChanges.filter((c) => c.to === level.id).length;
  const raised = from === null || level.rank < from.rank;
  s.severityChanges.push({
    from: from?.id ?? null,
    to: level.id,
    by: source.by,
    at: source.at,
    raised,
    key: `${level.id}:${count + 1}`,
  });
  s.severity = level;
  s.timeline.push({
    at: source.at,
    by: source.by,
    kind: "severity",
    text:
      (from === null
        ? `Severity set to ${level.id}`
        : `Severity ${raised ? "raised" : "lowered"} ${from.id} → ${level.id}`) +
      (source.note === undefined ? "" : ` (${source.note})`),
    ...link(source),
  });
}

/** A person removed the current level's label: the newest other level still on the issue, or none yet. */
export function dropSeverity(acc: Acc, level: SeverityLevel, source: Source): void {
  const s = acc.state;
  if (s.severity?.id !== level.id) return;
  const remaining = acc.severityOrder.filter((l) => l.id !== level.id);
  const fallback = remaining[remaining.length - 1];
  if (fallback !== undefined) {
    decideSeverity(acc, fallback, source);
    return;
  }
  s.severity = null;
  acc.removedSeverity = level;
  acc.severityPendingSince = source.at;
}

/**
 * How long after an incident is left without a level (declared without one, or its label removed)
 * a person's choice still counts as part of that same change: labelling `incident` and then `SEV2`
 * a few seconds apart declares a SEV2, not a default level raised to SEV2.
 */
export const SEVERITY_GRACE_MS = 120_000;

/**
 * An incident without a decided level takes the issue form's answer or the default level, as of
 * the moment it was left without one.
 */
export function settleSeverity(acc: Acc): void {
  const since = acc.severityPendingSince;
  if (since === null || !acc.state.isIncident) return;
  const level = acc.implicitSeverity;
  if (level === null) return;
  const note = acc.formSeverity ? "from the issue form" : "the default level";
  decideSeverity(acc, level, { by: acc.state.declaredBy, at: since, note });
}

/** Whether an event comes late enough after a level was left undecided to settle it first. */
export function settlesSeverity(acc: Acc, at: string): boolean {
  const since = acc.severityPendingSince;
  return since !== null && Date.parse(at) - Date.parse(since) > SEVERITY_GRACE_MS;
}

export function decideStatus(acc: Acc, status: LabelledStatus, source: Source): void {
  const s = acc.state;
  if (s.status === status) return;
  s.status = status;
  if (status === "identified" && s.identifiedAt === null) s.identifiedAt = source.at;
  if (status === "mitigated" && s.mitigatedAt === null) s.mitigatedAt = source.at;
  s.timeline.push({
    at: source.at,
    by: source.by,
    kind: "status",
    text: `Status: ${status}`,
    ...link(source),
  });
}

export function grantRole(acc: Acc, role: RoleDef, login: string, source: Source, text: string): void {
  const current = acc.holders.get(role.id) ?? [];
  const existing = current.find((h) => same(h.login, login));
  if (existing !== undefined) {
    existing.grantedAt = source.at;
    return;
  }
  const holder: RoleHolder = { login, since: source.at, by: source.by, grantedAt: source.at };
  if (role.id === "commander") acc.state.acknowledgedAt ??= source.at;
  acc.holders.set(role.id, role.multiple ? [...current, holder] : [holder]);
  acc.state.timeline.push({ at: source.at, by: source.by, kind: "role", text, ...link(source) });
}

/** Frees the role: from one person, or (no login) from everyone holding it. */
export function freeRole(acc: Acc, role: RoleDef, login: string | undefined, source: Source): void {
  const current = acc.holders.get(role.id) ?? [];
  const left = login === undefined ? [] : current.filter((h) => !same(h.login, login));
  if (left.length === current.length) return;
  acc.holders.set(role.id, left);
  if (left.length === 0) acc.roleFreedAt.set(role.id, source.at);
  acc.state.timeline.push({
    at: source.at,
    by: source.by,
    kind: "role",
    text: login === undefined ? `${role.name} role freed` : `@${login} is no longer ${role.name}`,
    ...link(source),
  });
}
