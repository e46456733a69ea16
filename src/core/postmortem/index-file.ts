import { MARKER_PREFIX } from "../state/markers.js";
import { inlineText } from "../text/markdown-safe.js";
import { formatDuration } from "../time.js";

/** One postmortem in the index. */
export interface IndexRow {
  incident: number;
  title: string;
  /** YYYY-MM-DD of the declaration. */
  date: string;
  severity: string | null;
  /** Minutes from the start of impact to the resolution. */
  minutes: number | null;
  /** The document's file name, relative to the index. */
  file: string;
  drill: boolean;
  /** Action items: done of total (issues closed, or checked in the document). */
  done: number;
  total: number;
}

const ROWS = `${MARKER_PREFIX}postmortem-index:`;

export function readIndexRows(text: string | null): IndexRow[] {
  if (text === null) return [];
  const start = text.indexOf(ROWS);
  if (start < 0) return [];
  const end = text.indexOf(" -->", start);
  try {
    return JSON.parse(
      Buffer.from(text.slice(start + ROWS.length, end), "base64url").toString("utf8"),
    ) as IndexRow[];
  } catch {
    return [];
  }
}

/**
 * The postmortem index (`docs/postmortems/README.md` by default): every postmortem, newest first,
 * with its date, level, duration and action-item progress. Its rows are kept in a hidden marker so
 * the next postmortem's pull request updates it without reading every document.
 */
export function renderIndex(rows: IndexRow[]): string {
  const sorted = [...rows].sort((a, b) => b.date.localeCompare(a.date) || b.incident - a.incident);
  const encoded = Buffer.from(JSON.stringify(sorted), "utf8").toString("base64url");
  return [
    "# Postmortems",
    "",
    "Every incident's postmortem, newest first. Kept up to date by Incident Workflow: each postmortem's",
    "pull request updates this file. Action items count as done when their issue is closed (or their",
    "box is checked in the document).",
    "",
    "| Date | Incident | Level | Duration | Action items |",
    "| --- | --- | --- | --- | --- |",
    ...sorted.map(
      (r) =>
        `| ${r.date} | [#${r.incident} ${inlineText(r.title, 120)}](${encodeURI(r.file)})${r.drill ? " (drill)" : ""} | ` +
        `${r.severity ?? "—"} | ${r.minutes === null ? "—" : formatDuration(r.minutes)} | ${r.total === 0 ? "none" : `${r.done} of ${r.total} done`} |`,
    ),
    "",
    `${ROWS}${encoded} -->`,
    "",
  ].join("\n");
}
