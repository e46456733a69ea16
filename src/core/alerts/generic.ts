import type { AlertNotification, Parsed } from "./notification.js";
import { attempt, BodyError, object, optionalText, text } from "./read-json.js";

/**
 * The generic JSON (the Action's `client_payload`, the app's `/api/alerts/generic`):
 * `{ "title": "…", "severity": "SEV2", "summary": "…", "dedup_key": "…", "status": "firing" }`.
 * Only `title` is required; `status` is `firing` (the default) or `resolved`, which needs a
 * `dedup_key` (it names what resolved). Other keys are ignored so alert tools may send more.
 */
export function parseGeneric(value: unknown, where = "the body"): Parsed<AlertNotification> {
  const at = (field: string) => (where === "the body" ? field : `${where}.${field}`);
  return attempt(() => {
    const body = object(value, where);
    const title = text(body.title, at("title"));
    const raw = optionalText(body.status, at("status")) ?? "firing";
    if (raw !== "firing" && raw !== "resolved")
      throw new BodyError(`${at("status")} must be "firing" or "resolved"; found ${JSON.stringify(raw)}`);
    const dedupKey = optionalText(body.dedup_key, at("dedup_key"));
    if (raw === "resolved" && dedupKey === null)
      throw new BodyError(`${at("dedup_key")} is missing; a resolved alert names the incident by its key`);
    return {
      source: "generic",
      status: raw,
      groupKey: dedupKey,
      title,
      summary: optionalText(body.summary, at("summary")),
      severity: optionalText(body.severity, at("severity")),
      groupLabels: {},
      commonLabels: {},
      commonAnnotations: {},
      alerts: [],
      url: null,
    } satisfies AlertNotification;
  });
}
