import { pointsOf } from "./secondary-limits.js";
import type { RecordedRequest } from "./server.js";

/** What a test or the bench reads about a client's use of GitHub's secondary limits. */
export interface LimitStats {
  /** Requests recorded (refused ones included). */
  requests: number;
  /** POST/PATCH/PUT/DELETE requests that went ahead (not refused under a secondary limit). */
  writes: number;
  /** Requests that created a comment, an issue, a pull request or a reaction. */
  contentCreated: number;
  /** The most content-creating requests in any rolling minute. */
  maxContentPerMinute: number;
  /** The most points (read 1, write 5) spent in any rolling minute by requests that went ahead. */
  maxPointsPerMinute: number;
  /** Requests answered 403 under a secondary limit. */
  refusals: number;
}

const MINUTE = 60_000;

/** The largest total `weight` of entries (`at` in ms, sorted) within one rolling window of `windowMs`. */
export function maxInWindow(
  entries: ReadonlyArray<{ at: number; weight: number }>,
  windowMs: number,
): number {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  let best = 0;
  let sum = 0;
  let start = 0;
  for (const entry of sorted) {
    sum += entry.weight;
    while (start < sorted.length && entry.at - (sorted[start]?.at ?? 0) >= windowMs) {
      sum -= sorted[start]?.weight ?? 0;
      start++;
    }
    best = Math.max(best, sum);
  }
  return best;
}

const isWrite = (r: RecordedRequest) => !["GET", "HEAD", "OPTIONS"].includes(r.method);

/** Limit figures over `requests`, optionally only those acting as `actor` (case-insensitive). */
export function limitStats(requests: readonly RecordedRequest[], actor?: string): LimitStats {
  const mine = actor ? requests.filter((r) => r.actor?.toLowerCase() === actor.toLowerCase()) : [...requests];
  const ahead = mine.filter((r) => r.refused === null);
  return {
    requests: mine.length,
    writes: ahead.filter(isWrite).length,
    contentCreated: ahead.filter((r) => r.createdContent).length,
    maxContentPerMinute: maxInWindow(
      ahead.filter((r) => r.createdContent).map((r) => ({ at: r.at, weight: 1 })),
      MINUTE,
    ),
    maxPointsPerMinute: maxInWindow(
      ahead.map((r) => ({ at: r.at, weight: pointsOf(r.method) })),
      MINUTE,
    ),
    refusals: mine.length - ahead.length,
  };
}
