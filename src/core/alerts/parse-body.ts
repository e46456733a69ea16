import { parseAlertmanager } from "./alertmanager.js";
import { parseGeneric } from "./generic.js";
import { parseGrafana } from "./grafana.js";
import type { AlertNotification, AlertSource, IgnoredNotification, Parsed } from "./notification.js";
import { parsePagerDuty } from "./pagerduty.js";
import { isObject } from "./read-json.js";

/** A body from the named source, validated. */
export function parseAlertBody(
  source: AlertSource,
  body: unknown,
): Parsed<AlertNotification | IgnoredNotification> {
  switch (source) {
    case "alertmanager":
      return parseAlertmanager(body);
    case "grafana":
      return parseGrafana(body);
    case "pagerduty":
      return parsePagerDuty(body);
    case "generic":
      return parseGeneric(body);
  }
}

/**
 * Which source a `repository_dispatch` `client_payload` came from, by its shape: a list of
 * `alerts` with `orgId` or `state` is Grafana's, with `version: "4"` Alertmanager's; anything
 * else is the generic JSON.
 */
export function detectSource(payload: unknown): "alertmanager" | "grafana" | "generic" {
  if (!isObject(payload) || !Array.isArray(payload.alerts)) return "generic";
  if ("orgId" in payload || "state" in payload) return "grafana";
  return payload.version === "4" ? "alertmanager" : "generic";
}
