import type { Config } from "../config/config.js";
import { MARKER_PREFIX } from "../state/markers.js";
import { inlineText, mention } from "../text/markdown-safe.js";
import { formatDuration, formatTime, minutesBetween } from "../time.js";
import { type DashboardRow, rowsMarker } from "./row.js";

export const DASHBOARD_MARKER = `${MARKER_PREFIX}dashboard -->`;
/** Resolved incidents stay on the dashboard this long. */
export const RESOLVED_WINDOW_MS = 30 * 864e5;
const BODY_MAX = 60_000;

const STATUS: Record<string, string> = {
  investigating: "🔎 Investigating",
  identified: "🎯 Identified",
  mitigated: "🩹 Mitigated",
  resolved: "✅ Resolved",
};

const minutes = (from: string | null, to: string | null): number | null =>
  from === null || to === null ? null : minutesBetween(from, to);
const duration = (m: number | null): string => (m === null ? "—" : formatDuration(m));

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** The rows the dashboard keeps: open incidents, and those resolved within the window; not the void ones. */
export function keptRows(rows: DashboardRow[], now: string): DashboardRow[] {
  const since = Date.parse(now) - RESOLVED_WINDOW_MS;
  return rows.filter(
    (r) => !r.void && (r.open || (r.resolvedAt !== null && Date.parse(r.resolvedAt) >= since)),
  );
}

function openTable(rows: DashboardRow[], config: Config, now: string): string[] {
  const time = (iso: string) => formatTime(iso, config.timeZone);
  return [
    "| Severity | Incident | Status | Commander | Age | Last update |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => {
      const overdue = r.dueAt !== null && r.dueAt < now ? ` ⚠️ **overdue** since ${time(r.dueAt)}` : "";
      const last = r.lastUpdateAt === null ? "none yet" : `${duration(minutes(r.lastUpdateAt, now))} ago`;
      return (
        `| **${r.sev ?? "—"}** | [#${r.n}](${r.url}) ${inlineText(r.title, 120)} | ${STATUS[r.status] ?? r.status} | ` +
        `${r.commander === null ? "⚠️ none" : mention(r.commander)} | ${duration(minutes(r.declaredAt, now))} | ${last}${overdue} |`
      );
    }),
  ];
}

function resolvedTable(rows: DashboardRow[], config: Config): string[] {
  return [
    "| Incident | Severity | Resolved | To acknowledge | To mitigate | To resolve | Postmortem | Action items |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| [#${r.n}](${r.url}) ${inlineText(r.title, 120)} | ${r.sev ?? "—"} | ${r.resolvedAt ? formatTime(r.resolvedAt, config.timeZone) : "—"} | ` +
        `${duration(minutes(r.declaredAt, r.ackAt))} | ${duration(minutes(r.startedAt, r.mitigatedAt))} | ` +
        `${duration(minutes(r.startedAt, r.resolvedAt))} | ${r.postmortem ? `[postmortem](${r.postmortem})` : "—"} | ` +
        `${r.items === null ? "—" : `${r.items.closed} of ${r.items.total} done`} |`,
    ),
  ];
}

function medians(rows: DashboardRow[], config: Config): string[] {
  const lines = config.severities.flatMap((level) => {
    const of = rows.filter((r) => r.sev === level.id);
    if (of.length === 0) return [];
    const m = (pick: (r: DashboardRow) => number | null) =>
      duration(median(of.map(pick).filter((v): v is number => v !== null)));
    return [
      `| ${level.id} | ${of.length} | ${m((r) => minutes(r.declaredAt, r.ackAt))} | ` +
        `${m((r) => minutes(r.startedAt, r.mitigatedAt))} | ${m((r) => minutes(r.startedAt, r.resolvedAt))} |`,
    ];
  });
  return lines.length === 0
    ? ["_No incident was resolved in the last 30 days._"]
    : [
        "| Severity | Incidents | To acknowledge | To mitigate | To resolve |",
        "| --- | --- | --- | --- | --- |",
        ...lines,
      ];
}

/**
 * The dashboard issue's body: open incidents by severity, the last 30 days' resolved incidents with
 * their durations and postmortems, per-severity medians, drills apart (out of the metrics). Times to
 * acknowledge (a commander holds it) count from the declaration; to mitigate and resolve, from the
 * start of impact. Deterministic for the same rows and `now`.
 */
export function renderDashboard(all: DashboardRow[], config: Config, now: string): string {
  let rows = keptRows(all, now);
  const bySeverity = (a: DashboardRow, b: DashboardRow) => a.rank - b.rank || a.n - b.n;
  for (;;) {
    const real = rows.filter((r) => !r.drill);
    const open = real.filter((r) => r.open).sort(bySeverity);
    const resolved = real
      .filter((r) => !r.open)
      .sort((a, b) => (b.resolvedAt ?? "").localeCompare(a.resolvedAt ?? ""));
    const drills = rows.filter((r) => r.drill).sort((a, b) => b.declaredAt.localeCompare(a.declaredAt));
    const body = [
      DASHBOARD_MARKER,
      rowsMarker(rows),
      `_Kept up to date by Incident Workflow; as of ${formatTime(now, config.timeZone)}._`,
      "",
      `### Open incidents (${open.length})`,
      "",
      ...(open.length === 0 ? ["_None._"] : openTable(open, config, now)),
      "",
      `### Resolved in the last 30 days (${resolved.length})`,
      "",
      ...(resolved.length === 0 ? ["_None._"] : resolvedTable(resolved, config)),
      "",
      "### Medians, last 30 days (drills left out)",
      "",
      ...medians(resolved, config),
      "",
      `### Drills (${drills.length})`,
      "",
      ...(drills.length === 0
        ? ["_None._"]
        : drills.map(
            (r) =>
              `- [#${r.n}](${r.url}) ${inlineText(r.title, 120)}: ${r.sev ?? "—"}, ${STATUS[r.status] ?? r.status}`,
          )),
      "",
    ].join("\n");
    if (body.length <= BODY_MAX || resolved.length === 0) return body;
    // Too long for one issue body: the oldest resolved incident goes first.
    const oldest = resolved.at(-1)!;
    rows = rows.filter((r) => r !== oldest);
  }
}
