import type { Config } from "../config/config.js";
import { MARKER_PREFIX, markerHeader } from "../state/markers.js";

/** A pull request merged into the default branch, or a deployment, shortly before the incident. */
export interface Change {
  kind: "pull" | "deployment";
  /** When it was merged or deployed (ISO 8601). */
  at: string;
  /** Who merged it (the pull request's author) or made the deployment. */
  by: string;
  /** The pull request's title; for a deployment, its environment. */
  title: string;
  url: string;
  /** The pull request's number; for a deployment, its id. */
  number: number;
  /** For a deployment: the ref deployed and its commit. */
  ref?: string;
  sha?: string;
}

/**
 * What the tool read of the changes before the incident, once: kept in the board's marker header,
 * so later runs show the same list without asking GitHub again.
 */
export interface RecentChanges {
  /** The window read: `since` (the start minus `changes.windowHours`) up to `until` (the declaration). */
  since: string;
  until: string;
  /** At most `changes.limit` changes, newest first. */
  items: Change[];
  /** What could not be read (e.g. the deployments without the permission), shown on the board. */
  problems: string[];
}

const HOUR = 3_600_000;
const PREFIX = `${MARKER_PREFIX}changes:`;

/** The window to read for an incident: from `windowHours` before its start up to its declaration. */
export function changesWindow(
  startedAt: string,
  declaredAt: string,
  config: Pick<Config, "changes">,
): { since: string; until: string } {
  const start = Date.parse(startedAt);
  const until = Math.max(start, Date.parse(declaredAt));
  return {
    since: new Date(start - config.changes.windowHours * HOUR).toISOString(),
    until: new Date(until).toISOString(),
  };
}

/** The changes inside the window, newest first (ties: pull requests before deployments, by number), at most `limit`. */
export function selectChanges(
  candidates: readonly Change[],
  window: { since: string; until: string },
  limit: number,
): Change[] {
  const since = Date.parse(window.since);
  const until = Date.parse(window.until);
  return candidates
    .filter((c) => {
      const t = Date.parse(c.at);
      return t >= since && t <= until;
    })
    .sort((a, b) => {
      const ta = Date.parse(a.at);
      const tb = Date.parse(b.at);
      if (ta !== tb) return tb - ta;
      if (a.kind !== b.kind) return a.kind === "pull" ? -1 : 1;
      return b.number - a.number;
    })
    .slice(0, limit);
}

/** The board's marker line holding the changes (URI-encoded JSON: no `-->` or line break can appear). */
export const changesMarker = (changes: RecentChanges): string =>
  `${PREFIX}${encodeURIComponent(JSON.stringify(changes))} -->`;

const isString = (v: unknown): v is string => typeof v === "string";

function readChange(v: unknown): Change | null {
  if (typeof v !== "object" || v === null) return null;
  const c = v as Record<string, unknown>;
  if (c.kind !== "pull" && c.kind !== "deployment") return null;
  if (!isString(c.at) || !isString(c.by) || !isString(c.title) || !isString(c.url)) return null;
  if (typeof c.number !== "number") return null;
  return {
    kind: c.kind,
    at: c.at,
    by: c.by,
    title: c.title,
    url: c.url,
    number: c.number,
    ...(isString(c.ref) ? { ref: c.ref } : {}),
    ...(isString(c.sha) ? { sha: c.sha } : {}),
  };
}

/**
 * The changes kept in a board body the tool wrote (its marker header only), or null when there are
 * none (a board from before this feature, or one not yet written): the list is then read again.
 */
export function readChangesMarker(body: string): RecentChanges | null {
  const line = markerHeader(body).find((l) => l.startsWith(PREFIX));
  if (line === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(line.slice(PREFIX.length, line.length - " -->".length)));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const p = parsed as Record<string, unknown>;
  if (!isString(p.since) || !isString(p.until) || !Array.isArray(p.items)) return null;
  const items = p.items.map(readChange);
  if (items.some((i) => i === null)) return null;
  const problems = Array.isArray(p.problems) ? p.problems.filter(isString) : [];
  return { since: p.since, until: p.until, items: items as Change[], problems };
}
