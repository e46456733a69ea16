import type { Config, SeverityLevel } from "./config/config.js";
import { skipBlanks, trailingDigits } from "./text/scan.js";

/**
 * The labels of the fields of `.github/ISSUE_TEMPLATE/incident.yml`. GitHub renders a submitted form
 * as `### <label>\n\n<value>` per field, so these must match the template's `label`s.
 */
export const INCIDENT_FORM_LABELS = {
  summary: "Summary",
  impact: "Impact",
  severity: "Severity",
  startedAt: "Started at",
  links: "Links",
} as const;

type FormField = keyof typeof INCIDENT_FORM_LABELS;

export interface IncidentForm {
  summary?: string;
  impact?: string;
  /** A severity id of the config. */
  severity?: string;
  /** ISO 8601 in UTC when the reporter's text is an ISO date/time; otherwise their text as written. */
  startedAt?: string;
  links?: string;
}

/** What GitHub writes for an optional field left empty. */
const NO_RESPONSE = "_No response_";

/**
 * At most this many lines of a body are read for the form's headings. GitHub caps a body at 65,536
 * characters; a body with more lines than this is not read as a form at all (it is not one: the form
 * writes five headings and the reporter's answers), rather than read in part.
 */
export const FORM_MAX_LINES = 5000;

/**
 * The text of an ATX heading of level 3 (`### Summary`, `###\tSummary ###`), or undefined. Scanned by
 * hand in one pass from each end: the pattern it replaces, `^###[ \t]+(.+?)[ \t]*#*[ \t]*$`, took
 * cubic time on `###` followed by a long run of spaces.
 */
export function headingText(line: string): string | undefined {
  if (!line.startsWith("###")) return undefined;
  const start = skipBlanks(line, 3);
  // `.` in that pattern matched no line terminator: a line holding one was no heading.
  if (start === 3 || start === line.length || /[\u2028\u2029]/.test(line)) return undefined;
  let end = line.length;
  while (end > start && (line.charAt(end - 1) === " " || line.charAt(end - 1) === "\t")) end--;
  while (end > start && line.charAt(end - 1) === "#") end--;
  while (end > start && (line.charAt(end - 1) === " " || line.charAt(end - 1) === "\t")) end--;
  return line.slice(start, Math.max(end, start + 1));
}

/** The body's lines (`\r\n`, `\r` or `\n` ends one), or undefined when there are more than `FORM_MAX_LINES`. */
function formLines(body: string): string[] | undefined {
  const lines = body.replace(/\r\n?/g, "\n").split("\n", FORM_MAX_LINES + 1);
  return lines.length > FORM_MAX_LINES ? undefined : lines;
}

function fieldOf(label: string): FormField | undefined {
  const wanted = label.trim().toLowerCase();
  for (const [field, text] of Object.entries(INCIDENT_FORM_LABELS)) {
    if (text.toLowerCase() === wanted) return field as FormField;
  }
  return undefined;
}

/**
 * The form's sections. Only headings naming a form field start a section, so a reporter's own
 * `### heading` inside a textarea stays part of that field's value.
 */
function sections(body: string): Map<FormField, string> {
  const out = new Map<FormField, string>();
  let current: FormField | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (current === undefined || out.has(current)) return;
    const value = lines.join("\n").trim();
    if (value !== "" && value !== NO_RESPONSE) out.set(current, value);
  };
  for (const line of formLines(body) ?? []) {
    const heading = headingText(line);
    const field = heading === undefined ? undefined : fieldOf(heading);
    if (field !== undefined) {
      flush();
      current = field;
      lines = [];
    } else if (current !== undefined) {
      lines.push(line);
    }
  }
  flush();
  return out;
}

/**
 * The severity id for a dropdown choice such as `SEV2 — Major`:
 * - the first word names a level by id or label (case-insensitive);
 * - otherwise, if it ends in a number n (`SEV2`), the level ranked n, so the form's stock options
 *   still work when a repository renames its levels (e.g. `P1`…`P4`);
 * - `Unsure …` maps to the second most severe level (SEV2 with the built-in levels), or the only
 *   level when there is one. Rationale: the brief's rule is "unsure means the higher level". A
 *   reporter who cannot choose is usually torn between two neighbouring levels, and the default for
 *   an unclassified incident is SEV3; taking the level above it staffs the incident as major
 *   (commander + comms) without declaring the all-hands SEV1 on a guess. The decider confirms or
 *   changes it with `/sev`.
 */
export function severityFromChoice(choice: string, config: Config): string | undefined {
  const text = choice.trim();
  if (/^unsure\b/i.test(text)) return (config.severities[1] ?? config.severities[0])?.id;
  const word = text.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (word === "") return undefined;
  const named = config.severities.find((s) => s.id.toLowerCase() === word || s.label.toLowerCase() === word);
  if (named !== undefined) return named.id;
  const rank = trailingDigits(word);
  const ranked: SeverityLevel | undefined =
    rank === undefined ? undefined : config.severities.find((s) => s.rank === Number(rank));
  return ranked?.id;
}

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Minutes the zone is ahead of UTC at the instant `utcMs`. */
function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

function zoneSuffixMinutes(zone: string): number {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}

/**
 * Parses an ISO 8601 date or date-time (`2024-05-01`, `2024-05-01 14:05`, `2024-05-01T14:05:30Z`,
 * `2024-05-01T16:05+02:00`; `UTC`/`GMT` accepted as zones). Without a zone the time is read in
 * `timeZone` (the config's). Returns the instant as ISO 8601 in UTC, or undefined when the text is
 * not such a time or names an impossible one (`2024-02-30`).
 */
export function parseIsoTime(text: string, timeZone: string): string | undefined {
  const m = ISO_TIME.exec(text.trim());
  if (m === null) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0", zone] = m;
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(wall);
  if (
    Number.isNaN(wall) ||
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    check.getUTCHours() !== Number(h) ||
    check.getUTCMinutes() !== Number(mi)
  ) {
    return undefined;
  }
  if (zone !== undefined) return new Date(wall - zoneSuffixMinutes(zone) * 60_000).toISOString();
  // Wall time in a named zone: guess with the offset at the wall instant, then correct once.
  const guess = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(guess, timeZone) * 60_000).toISOString();
}

/**
 * Reads an issue created from the "Declare an incident" form. Fields left empty (`_No response_`)
 * or missing are absent from the result; a body not made by the form, or of more than
 * `FORM_MAX_LINES` lines, gives `{}`.
 */
export function parseIncidentForm(body: string | null | undefined, config: Config): IncidentForm {
  const found = sections(body ?? "");
  const form: IncidentForm = {};
  const summary = found.get("summary");
  if (summary !== undefined) form.summary = summary;
  const impact = found.get("impact");
  if (impact !== undefined) form.impact = impact;
  const choice = found.get("severity");
  const severity = choice === undefined ? undefined : severityFromChoice(choice, config);
  if (severity !== undefined) form.severity = severity;
  const startedAt = found.get("startedAt");
  if (startedAt !== undefined) form.startedAt = parseIsoTime(startedAt, config.timeZone) ?? startedAt;
  const links = found.get("links");
  if (links !== undefined) form.links = links;
  return form;
}

/**
 * Whether a body is the "Declare an incident" form's: GitHub writes every field's heading, in the
 * form's order, even for fields left empty. Used to recognise a form whose `incident` label GitHub
 * dropped (it drops labels the repository does not have).
 */
export function isIncidentForm(body: string | null | undefined): boolean {
  const headings = (formLines(body ?? "") ?? [])
    .flatMap((line) => {
      const field = headingText(line);
      return field === undefined ? [] : [fieldOf(field)];
    })
    .filter((f) => f !== undefined);
  const order = Object.keys(INCIDENT_FORM_LABELS);
  return headings.length === order.length && headings.every((f, i) => f === order[i]);
}
