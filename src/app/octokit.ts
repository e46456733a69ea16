import Bottleneck from "bottleneck";
import { ProbotOctokit } from "probot";
import { isBudgeted } from "../github/request-hook.js";
import { DO_NOT_RETRY, resilience } from "../github/resilience.js";
import { scheduledWrites } from "../github/scheduled-writes.js";
import { GITHUB_LIMITS, MemoryWriteBudget, type WriteBudget } from "../github/write-budget.js";
import { WriteScheduler } from "../github/write-scheduler.js";
import { sharedRedis } from "./redis-client.js";
import { RedisWriteBudget } from "./redis-write-budget.js";

/**
 * Probot's Octokit (retry, throttling, pagination, config) plus `retry-after` honoured for every
 * 403/429 and a time limit per attempt (`src/github/resilience.ts`). 429s are left to those two:
 * the retry plugin would retry them after 1 s whatever GitHub asked.
 *
 * With a `scheduler` (what `npm start` runs), every write goes through it: one budget per
 * installation for the write spacing, GitHub's content-creation limits and points, and
 * `retry-after`, with the board and labels first (`src/github/write-scheduler.ts`); Probot's
 * throttling then only handles reads' rate limits. Without one, Probot's throttling spaces writes
 * 1 s apart and notifying writes (comments, issues) 3 s apart, app-wide; `writeIntervalMs`
 * replaces both spacings (for a GitHub Enterprise Server without secondary rate limits, or a test).
 */
export function incidentOctokit(
  writeIntervalMs?: number,
  timeoutMs?: number,
  scheduler?: WriteScheduler,
): typeof ProbotOctokit {
  // With a scheduler, Probot's throttling spaces nothing (the scheduler does); without one, it keeps
  // Probot's spacing unless `writeIntervalMs` replaces it.
  const interval = scheduler === undefined ? writeIntervalMs : 0;
  const spacing =
    interval === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: interval }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: interval }),
        };
  return ProbotOctokit.plugin(resilience as never, scheduledWrites as never).defaults(
    (options: Record<string, unknown>) => ({
      ...options,
      ...(scheduler === undefined ? {} : { writeScheduler: scheduler }),
      retry: { ...(options.retry as object | undefined), doNotRetry: DO_NOT_RETRY },
      ...(timeoutMs === undefined ? {} : { resilience: { timeoutMs } }),
      throttle: {
        ...(options.throttle as object | undefined),
        // Probot retries rate limits forever; a run that cannot finish should fail, be retried by the
        // work queue and, at worst, be repaired by the sweep — not hold its incident's queue.
        onRateLimit: limited("rate limit"),
        onSecondaryRateLimit: limited("secondary rate limit"),
        ...spacing,
      },
    }),
  ) as typeof ProbotOctokit;
}

/** Waits as GitHub asks (the throttling plugin passes `retry-after`), three times at most per request. */
function limited(what: string) {
  return (
    retryAfter: number,
    options: { method?: string; url?: string; request?: Record<string, unknown> },
    octokit: { log: { warn(m: string): void } },
    retryCount: number,
  ): boolean => {
    // A scheduled write: the scheduler pauses the installation and sends it again in turn.
    if (isBudgeted(options)) return false;
    octokit.log.warn(
      `${what} on ${options.method} ${options.url}; retrying in ${retryAfter} s (${retryCount + 1}/3)`,
    );
    return retryCount < 3;
  };
}

function numberFromEnv(raw: string | undefined): number | undefined {
  const n = Number(raw);
  return raw === undefined || raw === "" || !Number.isFinite(n) || n < 0 ? undefined : n;
}

/**
 * The write scheduler `npm start` uses: GitHub's limits, with the spacing from
 * `INCIDENT_WORKFLOW_WRITE_INTERVAL_MS` (default 1000), one board write per incident at most every
 * `INCIDENT_WORKFLOW_BOARD_INTERVAL_MS` (default 2500), and 👍 while the installation created fewer
 * than `INCIDENT_WORKFLOW_REACTIONS_PER_MINUTE` (default 4) things in the last minute and
 * `INCIDENT_WORKFLOW_REACTIONS_PER_HOUR` (default 250) in the last hour. A spacing of 0 means a
 * GitHub Enterprise Server without secondary rate limits: no content or points budget either, no
 * board interval, and a 👍 for every command, unless those variables are set.
 */
export function schedulerFromEnv(env: NodeJS.ProcessEnv = process.env): WriteScheduler {
  const spacingMs = numberFromEnv(env.INCIDENT_WORKFLOW_WRITE_INTERVAL_MS) ?? GITHUB_LIMITS.spacingMs;
  const unlimited = spacingMs === 0;
  const none = Number.POSITIVE_INFINITY;
  const limits = unlimited
    ? { spacingMs, perMinute: none, perHour: none, pointsPerMinute: none }
    : { ...GITHUB_LIMITS, spacingMs };
  // With REDIS_URL every replica spends from one budget per installation, as GitHub counts it.
  const budget: WriteBudget = env.REDIS_URL
    ? new RedisWriteBudget(sharedRedis(env.REDIS_URL), limits)
    : new MemoryWriteBudget(limits);
  return new WriteScheduler(budget, {
    keyIntervalMs: numberFromEnv(env.INCIDENT_WORKFLOW_BOARD_INTERVAL_MS) ?? (unlimited ? 0 : 2500),
    ackPerMinute: numberFromEnv(env.INCIDENT_WORKFLOW_REACTIONS_PER_MINUTE) ?? (unlimited ? none : 4),
    ackPerHour: numberFromEnv(env.INCIDENT_WORKFLOW_REACTIONS_PER_HOUR) ?? (unlimited ? none : 250),
  });
}

/**
 * The Octokit `npm start` uses: its write scheduler (above), whose budget is shared by every replica
 * through Redis with `REDIS_URL`, and `INCIDENT_WORKFLOW_REQUEST_TIMEOUT_SECONDS`.
 */
export function octokitFromEnv(env: NodeJS.ProcessEnv = process.env): typeof ProbotOctokit {
  const seconds = numberFromEnv(env.INCIDENT_WORKFLOW_REQUEST_TIMEOUT_SECONDS);
  return incidentOctokit(
    undefined,
    seconds === undefined ? undefined : seconds * 1000,
    schedulerFromEnv(env),
  );
}
