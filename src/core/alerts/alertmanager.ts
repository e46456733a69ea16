import type { AlertItem, AlertNotification, AlertSource, Parsed } from "./notification.js";
import {
  attempt,
  BodyError,
  describe,
  type Json,
  object,
  optionalText,
  status,
  stringMap,
} from "./read-json.js";

/** The most alerts of one group read (Alertmanager's `max_alerts` truncates too); more are counted only. */
export const MAX_ALERTS = 1000;

function alertAt(value: unknown, path: string): AlertItem {
  const alert = object(value, path);
  return {
    status: status(alert.status, `${path}.status`),
    fingerprint: optionalText(alert.fingerprint, `${path}.fingerprint`),
    labels: stringMap(alert.labels, `${path}.labels`),
    annotations: stringMap(alert.annotations, `${path}.annotations`),
  };
}

/**
 * The fields Alertmanager's webhook (version 4) and Grafana's alerting webhook share: `status`,
 * `groupKey`, `groupLabels`, `commonLabels`, `commonAnnotations`, `externalURL` and `alerts` (each
 * with `status`, `labels`, `annotations`, `fingerprint`). Throws `BodyError` naming the field.
 */
export function readGroup(body: Json, source: AlertSource): AlertNotification {
  if (!Array.isArray(body.alerts))
    throw new BodyError(`alerts must be a list; found ${describe(body.alerts)}`);
  const alerts = body.alerts.slice(0, MAX_ALERTS).map((a, i) => alertAt(a, `alerts[${i}]`));
  return {
    source,
    status: status(body.status, "status"),
    groupKey: optionalText(body.groupKey, "groupKey"),
    title: null,
    summary: null,
    severity: null,
    groupLabels: stringMap(body.groupLabels, "groupLabels"),
    commonLabels: stringMap(body.commonLabels, "commonLabels"),
    commonAnnotations: stringMap(body.commonAnnotations, "commonAnnotations"),
    alerts,
    url: optionalText(body.externalURL, "externalURL"),
  };
}

/**
 * Prometheus Alertmanager's webhook body (`version: "4"`). Another version is refused: its fields
 * may mean something else.
 */
export function parseAlertmanager(value: unknown): Parsed<AlertNotification> {
  return attempt(() => {
    const body = object(value, "the body");
    if (body.version !== "4")
      throw new BodyError(
        `version must be "4" (Alertmanager's webhook format); found ${JSON.stringify(body.version ?? null)}`,
      );
    return readGroup(body, "alertmanager");
  });
}
