import type { Config } from "../config/config.js";
import { headerValue, MARKER_PREFIX } from "../state/markers.js";
import type { IncidentState } from "../state/types.js";
import { addMinutes } from "../time.js";

/**
 * What the dashboard knows of one incident. Each incident's board carries its own row (hidden),
 * so a run can tell whether the dashboard needs refreshing without reading it; the dashboard issue
 * carries every row (hidden) next to the table it renders from them.
 */
export interface DashboardRow {
  n: number;
  title: string;
  url: string;
  sev: string | null;
  rank: number;
  status: string;
  open: boolean;
  drill: boolean;
  /** Closed as not planned: not an incident, left out of the dashboard. */
  void: boolean;
  declaredAt: string;
  startedAt: string;
  ackAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  commander: string | null;
  lastUpdateAt: string | null;
  dueAt: string | null;
  postmortem: string | null;
  /** Action items made from the postmortem: how many are closed, of how many; null before any. */
  items: { closed: number; total: number } | null;
  /** The issue's `updated_at` when the row was made (the sweep compares it with the list's). */
  updatedAt: string;
}

export function dashboardRow(state: IncidentState, config: Config, updatedAt: string): DashboardRow {
  const level = state.severity;
  const last = state.updates.at(-1);
  const cadence = level?.updateCadenceMinutes ?? 0;
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login ?? null;
  return {
    n: state.number,
    title: state.title,
    url: state.url,
    sev: level?.id ?? null,
    rank: level?.rank ?? config.severities.length + 1,
    status: state.status,
    open: state.open,
    drill: state.isDrill,
    void: !state.open && state.closeReason === "not_planned",
    declaredAt: state.declaredAt,
    startedAt: state.startedAt,
    ackAt: state.acknowledgedAt,
    mitigatedAt: state.mitigatedAt,
    resolvedAt: state.resolvedAt,
    commander,
    lastUpdateAt: last?.at ?? null,
    dueAt: state.open && cadence > 0 ? addMinutes(last?.at ?? state.declaredAt, cadence) : null,
    postmortem: state.postmortem?.url ?? null,
    items:
      state.actionItems === null
        ? null
        : { closed: state.actionItems.filter((i) => !i.open).length, total: state.actionItems.length },
    updatedAt,
  };
}

/** The parts of a row that change what the dashboard shows (not `updatedAt`). */
export function sameRow(a: DashboardRow, b: DashboardRow): boolean {
  const { updatedAt: _a, ...left } = a;
  const { updatedAt: _b, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}

const ROW = `${MARKER_PREFIX}row:`;
const ROWS = `${MARKER_PREFIX}rows:`;
const encode = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

/** The JSON in the marker header's line that starts with `prefix` (see `markerHeader`), or null. */
function decode<T>(body: string, prefix: string): T | null {
  const value = headerValue(body, prefix);
  if (value === null) return null;
  try {
    return JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as T;
  } catch {
    return null;
  }
}

/** The hidden row on a board, and reading it back. */
export const rowMarker = (row: DashboardRow): string => `${ROW}${encode(row)} -->`;
export const readRowMarker = (body: string): DashboardRow | null => decode<DashboardRow>(body, ROW);
/** The hidden rows of the dashboard issue, and reading them back. */
export const rowsMarker = (rows: DashboardRow[]): string => `${ROWS}${encode(rows)} -->`;
export const readRowsMarker = (body: string): DashboardRow[] => decode<DashboardRow[]>(body, ROWS) ?? [];
