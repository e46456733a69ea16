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
  return labelKinds(config)(name);
}

/**
 * `labelKind` for many labels under one config: the configured labels are lower-cased once into a
 * table (the first meaning in `labelKind`'s order wins when two configured labels coincide), and
 * each label is then one look-up.
 */
export function labelKinds(config: Config): (name: string) => LabelKind {
  const table = new Map<string, LabelKind>();
  const add = (label: string, kind: LabelKind) => {
    const key = label.toLowerCase();
    if (!table.has(key)) table.set(key, kind);
  };
  add(config.labels.incident, INCIDENT);
  add(config.labels.drill, DRILL);
  add(config.labels.notAnIncident, NOT_AN_INCIDENT);
  for (const level of config.severities) add(level.label, { kind: "severity", level });
  for (const status of LABELLED_STATUSES) add(statusLabel(config, status), { kind: "status", status });
  for (const role of config.roles) add(role.label, { kind: "role", role });
  return (name) => table.get(name.toLowerCase()) ?? OTHER;
}

export const statusLabel = (config: Config, status: LabelledStatus): string =>
  `${config.labels.statusPrefix}${status}`;

export const hasLabel = (labels: readonly string[], name: string): boolean =>
  labels.some((l) => same(l, name));
