import { isDigit, isLetter, skipSpaces } from "../text/scan.js";
import { fromWall, zoneOffset } from "../zoned-time.js";
import { quote } from "./quote.js";

// Written out in full (not built from shared pieces) so the ReDoS check in test/core/redos.test.ts sees them.
const ABSOLUTE =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T|\s+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?\s*(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?$/i;
const CLOCK =
  /^()()()([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?\s*(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?$/i;
const RELATIVE = /^((?:[0-9]{1,6}\s*[a-z]+[\s,]*)+)ago$/i;
const UNIT_MS: Array<[RegExp, number]> = [
  [/^(s|secs?|seconds?)$/i, 1e3],
  [/^(m|mins?|minutes?)$/i, 6e4],
  [/^(h|hrs?|hours?)$/i, 36e5],
  [/^(d|days?)$/i, 864e5],
];
/**
 * The `<number><unit>` pairs of a relative time already matched by `RELATIVE` (`1h 30m`, `2 days`),
 * read in one pass (a pattern with `matchAll` retried from every digit of a long run).
 */
function amounts(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let at = 0; at < text.length; ) {
    if (!isDigit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const digits = at;
    while (at < text.length && isDigit(text.charCodeAt(at))) at++;
    const n = text.slice(digits, at);
    at = skipSpaces(text, at);
    const letters = at;
    while (at < text.length && isLetter(text.charCodeAt(at))) at++;
    if (at > letters) out.push([n, text.slice(letters, at)]);
  }
  return out;
}

/** Clock skew allowed between a stated time and the comment; later times are refused (or, for `HH:MM`, yesterday's). */
const SKEW_MS = 5 * 6e4;
/**
 * `/started` arguments: ISO 8601 or `YYYY-MM-DD HH:MM[:SS]` (with an optional zone: `Z`, `UTC`,
 * `+02:00`), `HH:MM` (the latest such time not after `now`), `30m ago`/`1h 30m ago`/`2 days ago`, or
 * `now`. Times without a zone are read in `timeZone`. The result is never after `now`.
 */
export function parseStartedTime(
  args: string,
  now: Date,
  timeZone: string,
): { at: string } | { reason: string } {
  const text = args.trim();
  const nowMs = now.getTime();
  const usage = `use /started 2024-05-01 14:05, /started 14:05 or /started 30m ago (without a zone: ${timeZone})`;
  const fail = (why: string) => ({ reason: text === "" ? usage : `${why} ${quote(text)}; ${usage}` });
  const m = text.length > 60 ? null : (ABSOLUTE.exec(text) ?? CLOCK.exec(text));
  let at: number | undefined;
  if (text.toLowerCase() === "now") at = nowMs;
  else if (m) {
    const zone = m[7] ?? timeZone;
    const today = new Date(nowMs + zoneOffset(zone, nowMs));
    const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((v) => (v ? Number(v) : undefined));
    const date = m[1]
      ? [y ?? 0, (mo ?? 0) - 1, d ?? 0]
      : [today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()];
    const [year = 0, month = 0, day = 0] = date;
    const wall = Date.UTC(year, month, day, h, mi, s);
    const check = new Date(wall);
    if (
      year < 1970 ||
      check.getUTCMonth() !== month ||
      check.getUTCDate() !== day ||
      h > 23 ||
      mi > 59 ||
      s > 59
    ) {
      return fail("not a valid time:");
    }
    at = fromWall(wall, zone);
    if (at > nowMs + SKEW_MS && m[1]) return fail("in the future:");
    if (at > nowMs + SKEW_MS) at = fromWall(wall - 864e5, zone);
  } else {
    const rel = text.length > 60 ? null : RELATIVE.exec(text);
    if (!rel) return fail("cannot read the time");
    at = nowMs;
    for (const [n, unit] of amounts(rel[1]!)) {
      const factor = UNIT_MS.find(([re]) => re.test(unit))?.[1];
      if (factor === undefined) return fail(`unknown unit ${quote(unit)} in`);
      at -= Number(n) * factor;
    }
  }
  return { at: new Date(Math.min(at, nowMs)).toISOString() };
}
