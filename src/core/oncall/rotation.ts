import type { OnCallRotation } from "../config/config.js";
import { fromWall, zoneOffset } from "../zoned-time.js";

const DAY = 864e5;
const WEEK = 7 * DAY;

/** Who holds the rotation from when until when. */
export interface Shift {
  person: string;
  from: number;
  until: number;
  /** An override (a swap, a holiday) rather than the weekly rotation. */
  override: boolean;
}

/** Wall-clock midnight (as UTC ms) of a `YYYY-MM-DD` date. */
const wallDate = (date: string): number => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/** `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` in the rotation's zone, as an instant. */
function instant(text: string, zone: string): number {
  const [date = "", time = "00:00"] = text.replace("T", " ").split(" ");
  const [h = 0, m = 0] = time.split(":").map(Number);
  return fromWall(wallDate(date) + (h * 60 + m) * 6e4, zone);
}

/** The wall-clock moment (UTC ms) of the first hand-off on or after `start`. */
function firstHandoff(r: OnCallRotation): number {
  const start = wallDate(r.start);
  const weekday = new Date(start).getUTCDay();
  return start + (((r.handoffDay - weekday + 7) % 7) * DAY + r.handoffMinute * 6e4);
}

/** The weekly shift holding `at` (the hand-off's wall clock is kept across daylight-saving changes). */
function weeklyShift(r: OnCallRotation, at: number): Shift {
  const wall0 = firstHandoff(r);
  const handoff = (k: number) => fromWall(wall0 + k * WEEK, r.timeZone);
  let k = Math.floor((at + zoneOffset(r.timeZone, at) - wall0) / WEEK);
  while (handoff(k + 1) <= at) k++;
  while (handoff(k) > at) k--;
  const n = r.people.length;
  return { person: r.people[((k % n) + n) % n]!, from: handoff(k), until: handoff(k + 1), override: false };
}

/** Who is on call at `at`: an override when one covers it, else the weekly rotation. */
export function shiftAt(r: OnCallRotation, at: number): Shift {
  const weekly = weeklyShift(r, at);
  const ranges = r.overrides.map((o) => ({
    ...o,
    start: instant(o.from, r.timeZone),
    end: instant(o.to, r.timeZone),
  }));
  const covering = ranges.filter((o) => o.start <= at && at < o.end).at(-1);
  if (covering !== undefined) {
    return { person: covering.person, from: covering.start, until: covering.end, override: true };
  }
  // The weekly shift ends early when an override starts during it.
  const nextOverride = Math.min(...ranges.filter((o) => o.start > at).map((o) => o.start), weekly.until);
  return { ...weekly, until: nextOverride };
}

/** Who is on call now, and who is next (at the end of the current shift). */
export function onCall(r: OnCallRotation, at: number): { now: Shift; next: Shift } {
  const now = shiftAt(r, at);
  let next = shiftAt(r, now.until);
  // An override handing back to the same person is not a change: look one shift further.
  for (let i = 0; i < 4 && next.person.toLowerCase() === now.person.toLowerCase(); i++)
    next = shiftAt(r, next.until);
  return { now, next };
}
