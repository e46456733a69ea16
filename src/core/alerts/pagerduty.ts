import type { AlertNotification, AlertStatus, IgnoredNotification, Parsed } from "./notification.js";
import { attempt, BodyError, isObject, object, optionalText, text } from "./read-json.js";

/** PagerDuty V3 event types that change an incident's alert state; the others are answered and ignored. */
const STATES: Readonly<Record<string, AlertStatus>> = {
  "incident.triggered": "firing",
  "incident.reopened": "firing",
  "incident.resolved": "resolved",
};

/**
 * A PagerDuty V3 webhook body: `{ event: { event_type, resource_type, data: { id, title, status,
 * priority, html_url, service } } }`. `incident.triggered` and `incident.reopened` fire,
 * `incident.resolved` resolves; other incident events (acknowledged, annotated, …) and other
 * resources are ignored. The incident's id is the group key; its priority (`P1`…) the severity.
 */
export function parsePagerDuty(value: unknown): Parsed<AlertNotification | IgnoredNotification> {
  return attempt(() => {
    const body = object(value, "the body");
    const event = object(body.event, "event");
    const type = text(event.event_type, "event.event_type");
    const resource = optionalText(event.resource_type, "event.resource_type");
    if (resource !== null && resource !== "incident") return { ignored: `resource_type ${resource}` };
    const data = object(event.data, "event.data");
    const id = text(data.id, "event.data.id");
    const title = text(data.title, "event.data.title");
    const state = STATES[type];
    if (state === undefined) return { ignored: `event_type ${type}` };
    if (data.priority !== undefined && data.priority !== null && !isObject(data.priority))
      throw new BodyError("event.data.priority must be an object or null");
    const priority = isObject(data.priority)
      ? optionalText(data.priority.summary, "event.data.priority.summary")
      : null;
    const service = isObject(data.service)
      ? optionalText(data.service.summary, "event.data.service.summary")
      : null;
    const url = optionalText(data.html_url, "event.data.html_url");
    return {
      source: "pagerduty",
      status: state,
      groupKey: id,
      title,
      summary: service === null ? null : `PagerDuty service: ${service}`,
      severity: priority,
      groupLabels: {},
      commonLabels: {},
      commonAnnotations: {},
      alerts: [],
      url,
    } satisfies AlertNotification;
  });
}
