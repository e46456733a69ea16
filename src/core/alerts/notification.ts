/**
 * One alert notification, whatever sent it: Alertmanager's and Grafana's webhooks, a PagerDuty V3
 * webhook, the generic JSON. Each source's parser (`alertmanager.ts`, `grafana.ts`, `pagerduty.ts`,
 * `generic.ts`) validates a body into this shape; `map-alert.ts` turns it into facts with the config.
 */
export type AlertSource = "alertmanager" | "grafana" | "pagerduty" | "generic";
export const ALERT_SOURCES: readonly AlertSource[] = ["alertmanager", "grafana", "pagerduty", "generic"];

export type AlertStatus = "firing" | "resolved";

/** One alert of a group (Alertmanager, Grafana). */
export interface AlertItem {
  status: AlertStatus;
  fingerprint: string | null;
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
}

export interface AlertNotification {
  source: AlertSource;
  /** `resolved` when every alert of the group (or the PagerDuty incident) has resolved. */
  status: AlertStatus;
  /** Alertmanager's and Grafana's `groupKey`, PagerDuty's incident id, the generic `dedup_key`. */
  groupKey: string | null;
  /** A title the source gives outright (PagerDuty's incident title, the generic `title`). */
  title: string | null;
  /** A summary the source gives outright (the generic `summary`). */
  summary: string | null;
  /** A severity the source gives outright: the generic `severity`, PagerDuty's priority (`P1`). */
  severity: string | null;
  groupLabels: Readonly<Record<string, string>>;
  commonLabels: Readonly<Record<string, string>>;
  commonAnnotations: Readonly<Record<string, string>>;
  alerts: readonly AlertItem[];
  /** A link back to the source (Alertmanager's `externalURL`, PagerDuty's `html_url`). */
  url: string | null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A body the source sent that asks for nothing (a PagerDuty acknowledgement): answered, not acted on. */
export interface IgnoredNotification {
  ignored: string;
}
