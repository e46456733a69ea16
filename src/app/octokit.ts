import Bottleneck from "bottleneck";
import { ProbotOctokit } from "probot";
import { DO_NOT_RETRY, resilience } from "../github/resilience.js";

/**
 * Probot's Octokit (retry, throttling, pagination, config) plus `retry-after` honoured for every
 * 403/429 and a time limit per attempt (`src/github/resilience.ts`). 429s are left to those two:
 * the retry plugin would retry them after 1 s whatever GitHub asked.
 *
 * Probot's throttling spaces writes 1 s apart and notifying writes (comments, issues) 3 s apart,
 * app-wide, as GitHub asks of integrations. `writeIntervalMs` replaces both spacings (for a
 * GitHub Enterprise Server without secondary rate limits, or a test against an emulator).
 */
export function incidentOctokit(writeIntervalMs?: number, timeoutMs?: number): typeof ProbotOctokit {
  const spacing =
    writeIntervalMs === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeIntervalMs }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeIntervalMs }),
        };
  return ProbotOctokit.plugin(resilience as never).defaults((options: Record<string, unknown>) => ({
    ...options,
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
  })) as typeof ProbotOctokit;
}

/** Waits as GitHub asks (the throttling plugin passes `retry-after`), three times at most per request. */
function limited(what: string) {
  return (
    retryAfter: number,
    options: { method?: string; url?: string },
    octokit: { log: { warn(m: string): void } },
    retryCount: number,
  ): boolean => {
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

/** The Octokit `npm start` uses, from `INCIDENT_WORKFLOW_WRITE_INTERVAL_MS` and `INCIDENT_WORKFLOW_REQUEST_TIMEOUT_SECONDS`. */
export function octokitFromEnv(env: NodeJS.ProcessEnv = process.env): typeof ProbotOctokit {
  const seconds = numberFromEnv(env.INCIDENT_WORKFLOW_REQUEST_TIMEOUT_SECONDS);
  return incidentOctokit(
    numberFromEnv(env.INCIDENT_WORKFLOW_WRITE_INTERVAL_MS),
    seconds === undefined ? undefined : seconds * 1000,
  );
}
