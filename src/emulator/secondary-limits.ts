/**
 * GitHub's secondary rate limits, enforced when asked (`startEmulator({ secondaryLimits: {...} })`).
 *
 * GitHub publishes: at most 80 content-generating requests a minute and 500 an hour, and at most 900
 * points a minute on REST endpoints (GET/HEAD/OPTIONS 1 point, POST/PATCH/PUT/DELETE 5). It does not
 * list which endpoints generate content: this emulator takes the safe reading — every request that
 * creates a comment, an issue, a pull request or a reaction. Windows are rolling (the last 60 s, the
 * last 3,600 s) and kept per client (the login the credentials act as). A request over a limit is
 * answered as GitHub answers: 403 with `retry-after` and "You have exceeded a secondary rate limit…";
 * it creates nothing and costs nothing.
 */

/** GitHub's published figures (docs.github.com, "Rate limits for the REST API", secondary limits). */
export const GITHUB_SECONDARY_LIMITS = {
  contentPerMinute: 80,
  contentPerHour: 500,
  pointsPerMinute: 900,
} as const;

/** Which limits to enforce; an absent field is not enforced (but still measured). */
export interface SecondaryLimitOptions {
  /** Content-creating requests allowed per client in any rolling minute (GitHub: 80). */
  contentPerMinute?: number;
  /** Content-creating requests allowed per client in any rolling hour (GitHub: 500). */
  contentPerHour?: number;
  /** REST points allowed per client in any rolling minute (GitHub: 900; a read 1, a write 5). */
  pointsPerMinute?: number;
}

/** Every limit at GitHub's published figure. */
export const GITHUB_LIMITS: Required<SecondaryLimitOptions> = { ...GITHUB_SECONDARY_LIMITS };

/** GitHub's message for a secondary rate limit (the request ID is left out). */
export const SECONDARY_LIMIT_MESSAGE =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.";

export const SECONDARY_LIMIT_DOCS =
  "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits";

/** Operations that create a comment, an issue, a pull request or a reaction (the safe reading). */
const CONTENT_OPERATIONS = new Set([
  "issues/create",
  "issues/create-comment",
  "pulls/create",
  "pulls/create-review",
  "pulls/create-review-comment",
  "pulls/create-reply-for-review-comment",
  "repos/create-commit-comment",
]);

/** Whether an operation creates content in the safe reading (any `reactions/create-for-*` too). */
export function createsContent(operationId: string | null): boolean {
  if (!operationId) return false;
  return CONTENT_OPERATIONS.has(operationId) || operationId.startsWith("reactions/create-for-");
}

/** Points a request costs against the per-minute budget: reads 1, writes 5. */
export function pointsOf(method: string): number {
  const m = method.toUpperCase();
  return m === "GET" || m === "HEAD" || m === "OPTIONS" ? 1 : 5;
}

/** Why a request is refused, with the seconds until the window it broke has room again. */
export interface Refusal {
  limit: keyof SecondaryLimitOptions;
  retryAfter: number;
}

interface Spent {
  at: number;
  points: number;
  content: boolean;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Seconds until the oldest of the window's entries that must leave has left it (at least 1). */
function waitFor(times: number[], allowed: number, windowMs: number, now: number): number {
  const oldest = times[times.length - allowed] ?? now;
  return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
}

/** The per-client ledgers behind the limits. */
export class SecondaryLimits {
  private readonly spent = new Map<string, Spent[]>();

  constructor(private readonly options: SecondaryLimitOptions) {}

  /** A refusal when this request would break an enforced limit; null when it may go ahead. */
  check(client: string, method: string, operationId: string | null, now: number): Refusal | null {
    const all = (this.spent.get(client) ?? []).filter((s) => s.at > now - HOUR);
    this.spent.set(client, all);
    const minute = all.filter((s) => s.at > now - MINUTE);
    const { contentPerMinute, contentPerHour, pointsPerMinute } = this.options;
    if (createsContent(operationId)) {
      const inMinute = minute.filter((s) => s.content).map((s) => s.at);
      if (contentPerMinute !== undefined && inMinute.length + 1 > contentPerMinute)
        return { limit: "contentPerMinute", retryAfter: waitFor(inMinute, contentPerMinute, MINUTE, now) };
      const inHour = all.filter((s) => s.content).map((s) => s.at);
      if (contentPerHour !== undefined && inHour.length + 1 > contentPerHour)
        return { limit: "contentPerHour", retryAfter: waitFor(inHour, contentPerHour, HOUR, now) };
    }
    if (pointsPerMinute !== undefined) {
      const used = minute.reduce((sum, s) => sum + s.points, 0);
      if (used + pointsOf(method) > pointsPerMinute) {
        // Wait until enough of the oldest points have left the window.
        let freed = 0;
        let until = now;
        for (const s of minute) {
          freed += s.points;
          until = s.at + MINUTE;
          if (used - freed + pointsOf(method) <= pointsPerMinute) break;
        }
        return { limit: "pointsPerMinute", retryAfter: Math.max(1, Math.ceil((until - now) / 1000)) };
      }
    }
    return null;
  }

  /** Records a request that went ahead (`created`: it created content). */
  spend(client: string, method: string, created: boolean, now: number): void {
    const list = this.spent.get(client) ?? [];
    list.push({ at: now, points: pointsOf(method), content: created });
    this.spent.set(client, list);
  }
}
