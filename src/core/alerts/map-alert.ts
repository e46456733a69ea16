import { resolveSeverity } from "../commands/resolve.js";
import type { Config, SeverityLevel } from "../config/config.js";
import { DEFAULT_ALERT_SEVERITY_MAP } from "../config/schema-alerts.js";
import type { AlertItem, AlertNotification, AlertSource, AlertStatus, Parsed } from "./notification.js";

/** What one notification means for one incident (one per key: a group, or an alert with `dedup: alert`). */
export interface AlertFacts {
  /** The de-duplication key; null for a generic alert without `dedup_key` (an incident each time). */
  key: string | null;
  source: AlertSource;
  status: AlertStatus;
  title: string;
  /** Plain text (escaped where it is shown). */
  summary: string;
  /** The severity level id the alert maps to. */
  severity: string;
  firing: number;
  resolved: number;
}

const SOURCE_NAMES: Readonly<Record<AlertSource, string>> = {
  alertmanager: "Alertmanager",
  grafana: "Grafana",
  pagerduty: "PagerDuty",
  generic: "an alert",
};
/** Alerts listed in a summary; more are counted. */
const LISTED = 20;

/** The level a value maps to (`alerts.severity.map`, then a level's own id or label); undefined when neither. */
function mapped(value: string, config: Config): SeverityLevel | undefined {
  const map = config.alerts.severity.map ?? DEFAULT_ALERT_SEVERITY_MAP;
  const id = map[value] ?? map[value.toLowerCase()] ?? map[value.toUpperCase()];
  const level = id === undefined ? undefined : config.severities.find((s) => s.id === id);
  return level ?? resolveSeverity(value, config, false);
}

const defaultLevel = (config: Config): SeverityLevel =>
  config.severities.find((s) => s.id === config.defaultSeverity) ?? (config.severities[0] as SeverityLevel);

/** The most severe level among the values (unmapped ones give the default level). */
function levelOf(values: ReadonlyArray<string | undefined>, config: Config): string {
  let best: SeverityLevel | undefined;
  for (const v of values) {
    const level = v === undefined ? undefined : mapped(v, config);
    if (level !== undefined && (best === undefined || level.rank < best.rank)) best = level;
  }
  return (best ?? defaultLevel(config)).id;
}

function distinct(values: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== ""))];
}

function namesOf(alerts: readonly AlertItem[]): string | undefined {
  const names = distinct(alerts.map((a) => a.labels.alertname));
  if (names.length === 0) return undefined;
  const shown = names.slice(0, 3).join(", ");
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

function alertLine(a: AlertItem): string {
  const name = a.labels.alertname ?? a.fingerprint ?? "alert";
  const about = a.annotations.summary ?? a.annotations.description;
  return `- ${a.status}: ${name}${about === undefined ? "" : ` — ${about}`}`;
}

function groupSummary(n: AlertNotification, alerts: readonly AlertItem[], description?: string): string {
  const lines = [
    ...(description === undefined ? [] : [description, ""]),
    ...alerts.slice(0, LISTED).map(alertLine),
    ...(alerts.length > LISTED ? [`- and ${alerts.length - LISTED} more`] : []),
  ];
  if (n.url !== null) lines.push("", `Source: ${n.url}`);
  return lines.join("\n").trim();
}

function counts(alerts: readonly AlertItem[]): { firing: number; resolved: number } {
  const firing = alerts.filter((a) => a.status === "firing").length;
  return { firing, resolved: alerts.length - firing };
}

/** One incident for the whole notification (`dedup: group`, PagerDuty, generic). */
function forGroup(n: AlertNotification, config: Config): Parsed<AlertFacts> {
  if (n.groupKey === null && n.source !== "generic")
    return { ok: false, message: "groupKey is missing; it names the group (alerts.dedup is `group`)" };
  const label = config.alerts.severity.label;
  const firingAlerts = n.alerts.filter((a) => a.status === "firing");
  let severity: string;
  if (n.source === "generic" && n.severity !== null) {
    const level = mapped(n.severity, config);
    if (level === undefined)
      return {
        ok: false,
        message: `severity ${JSON.stringify(n.severity)} is neither a level (${config.severities.map((s) => s.id).join(", ")}) nor in alerts.severity.map`,
      };
    severity = level.id;
  } else
    severity = levelOf(
      [
        n.severity ?? undefined,
        n.commonLabels[label],
        ...(firingAlerts.length > 0 ? firingAlerts : n.alerts).map((a) => a.labels[label]),
      ],
      config,
    );
  const title =
    n.title ??
    n.commonAnnotations.summary ??
    namesOf(n.alerts) ??
    `${SOURCE_NAMES[n.source]} alert ${n.groupKey ?? ""}`.trim();
  const summary =
    n.alerts.length === 0
      ? [n.summary, n.url === null ? null : `Source: ${n.url}`].filter((l) => l !== null).join("\n\n")
      : groupSummary(n, n.alerts, n.commonAnnotations.description);
  const key = n.groupKey === null ? null : n.source === "generic" ? n.groupKey : `${n.source}:${n.groupKey}`;
  const tally =
    n.alerts.length === 0
      ? { firing: n.status === "firing" ? 1 : 0, resolved: n.status === "resolved" ? 1 : 0 }
      : counts(n.alerts);
  return { ok: true, value: { key, source: n.source, status: n.status, title, summary, severity, ...tally } };
}

/** One incident per alert (`dedup: alert`): keyed by each alert's `fingerprint`. */
function forAlerts(n: AlertNotification, config: Config): Parsed<AlertFacts[]> {
  const label = config.alerts.severity.label;
  const missing = n.alerts.findIndex((a) => a.fingerprint === null);
  if (missing >= 0)
    return {
      ok: false,
      message: `alerts[${missing}].fingerprint is missing; alerts.dedup is \`alert\`, which keys an incident by it`,
    };
  const facts = n.alerts.map(
    (a): AlertFacts => ({
      key: `${n.source}:${a.fingerprint}`,
      source: n.source,
      status: a.status,
      title:
        a.annotations.summary ?? a.labels.alertname ?? `${SOURCE_NAMES[n.source]} alert ${a.fingerprint}`,
      summary: groupSummary(n, [a], a.annotations.description),
      severity: levelOf([a.labels[label], n.commonLabels[label]], config),
      firing: a.status === "firing" ? 1 : 0,
      resolved: a.status === "resolved" ? 1 : 0,
    }),
  );
  return { ok: true, value: facts };
}

/**
 * What a notification means with the repository's config: the title (the group's common
 * `summary` annotation, else its alert names, else the source's title), the summary (the common
 * `description` annotation and one line per alert), the severity (`alerts.severity`: the label's
 * value, the most severe among the firing alerts when they differ; unmapped values give the
 * default level) and the key (`alerts.dedup`). PagerDuty and generic alerts are one incident each.
 */
export function mapAlert(n: AlertNotification, config: Config): Parsed<AlertFacts[]> {
  if (config.alerts.dedup === "alert" && (n.source === "alertmanager" || n.source === "grafana"))
    return forAlerts(n, config);
  const one = forGroup(n, config);
  return one.ok ? { ok: true, value: [one.value] } : one;
}
