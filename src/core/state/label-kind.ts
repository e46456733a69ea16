import type { Config, LabelledStatus, RoleDef, SeverityLevel } from "../config/config.js";
import { LABELLED_STATUSES } from "../config/config.js";

export type LabelKind =
  | { kind: "incident" }
  | { kind: "drill" }
  | { kind: "not-an-incident" }
  | { kind: "severity"; level: SeverityLevel }
  | { kind: "status"; status: LabelledStatus }
  | { kind: "role"; role: RoleDef }
  | { kind: "other" };

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const INCIDENT: LabelKind = { kind: "incident" };
const DRILL: LabelKind = { kind: "drill" };
const NOT_AN_INCIDENT: LabelKind = { kind: "not-an-incident" };
const OTHER: LabelKind = { kind: "other" };

/** What a label means to the engine. GitHub compares label names case-insensitively; so do we. */
export function labelKind(config: Config, name: string): LabelKind {
  const lower = name.toLowerCase();
  const is = (label: string) => label.toLowerCase() === lower;
  if (is(config.labels.incident)) return INCIDENT;
  if (is(config.labels.drill)) return DRILL;
  if (is(config.labels.notAnIncident)) return NOT_AN_INCIDENT;
  const level = config.severities.find((s) => is(s.label));
  if (level) return { kind: "severity", level };
  const status = LABELLED_STATUSES.find((s) => is(statusLabel(config, s)));
  if (status) return { kind: "status", status };
  const role = config.roles.find((r) => is(r.label));
  if (role) return { kind: "role", role };
  return OTHER;
}

export const statusLabel = (config: Config, status: LabelledStatus): string =>
  `${config.labels.statusPrefix}${status}`;

export const hasLabel = (labels: readonly string[], name: string): boolean =>
  labels.some((l) => same(l, name));
