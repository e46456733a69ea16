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

/** What a label means to the engine. GitHub compares label names case-insensitively; so do we. */
export function labelKind(config: Config, name: string): LabelKind {
  if (same(name, config.labels.incident)) return { kind: "incident" };
  if (same(name, config.labels.drill)) return { kind: "drill" };
  if (same(name, config.labels.notAnIncident)) return { kind: "not-an-incident" };
  const level = config.severities.find((s) => same(s.label, name));
  if (level) return { kind: "severity", level };
  const status = LABELLED_STATUSES.find((s) => same(statusLabel(config, s), name));
  if (status) return { kind: "status", status };
  const role = config.roles.find((r) => same(r.label, name));
  if (role) return { kind: "role", role };
  return { kind: "other" };
}

export const statusLabel = (config: Config, status: LabelledStatus): string =>
  `${config.labels.statusPrefix}${status}`;

export const hasLabel = (labels: readonly string[], name: string): boolean =>
  labels.some((l) => same(l, name));
