/**
 * Validates the `client_payload` of a `repository_dispatch` alert (`event_type: incident`):
 * `{ "title": "...", "severity": "SEV2", "summary": "...", "dedup_key": "..." }`.
 * Only `title` is required; other keys are ignored so alert tools may send more.
 */
import type { DeclareRequest } from "../handlers/types.js";

export type Alert = Pick<DeclareRequest, "title" | "severity" | "summary" | "dedupKey">;

export type AlertResult = { ok: true; alert: Alert } | { ok: false; message: string };

/** The field names the payload uses, mapped to the request's. */
const OPTIONAL_FIELDS = [
  ["severity", "severity"],
  ["summary", "summary"],
  ["dedup_key", "dedupKey"],
] as const;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

/** A string (trimmed, empty means absent); numbers are accepted for severity and dedup key. */
function field(value: unknown, allowNumber: boolean): { ok: true; value?: string } | { ok: false } {
  if (value === undefined || value === null) return { ok: true };
  if (allowNumber && typeof value === "number" && Number.isFinite(value))
    return { ok: true, value: String(value) };
  if (typeof value !== "string") return { ok: false };
  const trimmed = value.trim();
  return trimmed === "" ? { ok: true } : { ok: true, value: trimmed };
}

export function parseAlert(clientPayload: unknown): AlertResult {
  const example = `for example {"event_type":"incident","client_payload":{"title":"API 5xx above 5%","severity":"SEV2"}}`;
  if (clientPayload === null || typeof clientPayload !== "object" || Array.isArray(clientPayload)) {
    return { ok: false, message: `client_payload must be an object with a \`title\`; ${example}` };
  }
  const payload = clientPayload as Record<string, unknown>;
  const title = field(payload.title, false);
  if (!title.ok)
    return { ok: false, message: `client_payload.title must be a string; found ${describe(payload.title)}` };
  if (title.value === undefined) {
    return { ok: false, message: `client_payload.title is missing; an alert needs a title, ${example}` };
  }
  const alert: Alert = { title: title.value };
  for (const [from, to] of OPTIONAL_FIELDS) {
    const parsed = field(payload[from], from !== "summary");
    if (!parsed.ok) {
      return {
        ok: false,
        message: `client_payload.${from} must be a string; found ${describe(payload[from])}`,
      };
    }
    if (parsed.value !== undefined) alert[to] = parsed.value;
  }
  return { ok: true, alert };
}
