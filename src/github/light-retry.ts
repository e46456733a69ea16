/**
 * Retries and rate-limit waits for the Action's Octokit, as `@octokit/plugin-retry` and
 * `@octokit/plugin-throttling` do them for the app, without Bottleneck: each Bottleneck `schedule`
 * costs a few timer turns, 5-10 ms a request in a fresh process (measured; docs/performance.md),
 * and a workflow run is a fresh process making a handful of sequential requests.
 *
 * - An HTTP error (network failures arrive as 500) whose status is not in `doNotRetry` is retried
 *   `retries` times (default 3; a request's own `request.retries` wins, so a create that turned
 *   retries off stays unretried) after 1, 4, 9 s (`baseMs` × attempt²), as the retry plugin does.
 * - A 403/429 for the primary rate limit (`x-ratelimit-remaining: 0`) waits until
 *   `x-ratelimit-reset`, and a secondary rate limit without `retry-after` waits 60 s, three times
 *   at most and only if the wait is at most `maxWaitSeconds` (default 60): a run does not sit out
 *   an hour's reset; it fails with GitHub's message and the next run or the sweep repairs it.
 *   Errors that carry `retry-after` are left to the resilience plugin (`resilience.ts`, registered
 *   after this one, so around it), which also limits the time of every attempt.
 * - Writes are spaced `writeIntervalMs` apart (default 0: one event's few writes are not the bulk
 *   writes GitHub asks integrations to space).
 */

import { type Hookable, header, sleep } from "./request-hook.js";

export interface LightRetryOptions {
  retries?: number;
  baseMs?: number;
  doNotRetry?: number[];
  maxWaitSeconds?: number;
  writeIntervalMs?: number;
}

interface HttpErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, unknown>; data?: unknown };
}

/** Milliseconds to wait for a rate limit, `null` when the error is no rate limit of ours, `Infinity` when too long. */
function rateLimitWait(error: HttpErrorLike, maxWaitSeconds: number, now = Date.now()): number | null {
  if (error.status !== 403 && error.status !== 429) return null;
  if (header(error, "retry-after") !== undefined) return null;
  let seconds: number | null = null;
  const reset = Number(header(error, "x-ratelimit-reset"));
  if (header(error, "x-ratelimit-remaining") === "0" && Number.isFinite(reset)) {
    seconds = Math.max(0, Math.ceil(reset - now / 1000)) + 1;
  } else if (/\bsecondary rate\b/i.test(String(error.message ?? ""))) seconds = 60;
  if (seconds === null) return null;
  return seconds > maxWaitSeconds ? Number.POSITIVE_INFINITY : seconds * 1000;
}

/** GitHub's GraphQL answers some server failures with 200 and this error; retried like a 500. */
function graphqlServerError(response: unknown): boolean {
  const errors = (response as { data?: { errors?: Array<{ message?: unknown }> } })?.data?.errors;
  return /Something went wrong while executing your query/.test(String(errors?.[0]?.message ?? ""));
}

export function lightRetry(octokit: Hookable, options: { retry?: LightRetryOptions } = {}): void {
  const retries = options.retry?.retries ?? 3;
  const baseMs = options.retry?.baseMs ?? 1000;
  const doNotRetry = options.retry?.doNotRetry ?? [400, 401, 403, 404, 410, 422, 451];
  const maxWait = options.retry?.maxWaitSeconds ?? 60;
  const spacing = options.retry?.writeIntervalMs ?? 0;
  let writes: Promise<unknown> = Promise.resolve();

  octokit.hook.wrap("request", async (request, requestOptions) => {
    const method = String(requestOptions.method ?? "GET").toUpperCase();
    const allowed = requestOptions.request?.retries ?? retries;
    let limited = 0;
    for (let attempt = 0; ; attempt++) {
      if (spacing > 0 && method !== "GET" && method !== "HEAD") {
        const turn = writes.then(() => sleep(spacing));
        writes = turn;
        await turn;
      }
      let failure: HttpErrorLike;
      try {
        const response = await request(requestOptions);
        if (!graphqlServerError(response)) return response;
        failure = { status: 500, message: "GraphQL: Something went wrong while executing your query" };
        if (attempt >= allowed) return response;
      } catch (error) {
        failure = error as HttpErrorLike;
        const wait = rateLimitWait(failure, maxWait);
        if (wait !== null) {
          if (wait === Number.POSITIVE_INFINITY || limited++ >= 3) throw error;
          octokit.log?.warn(`${method} ${requestOptions.url}: rate limited, retrying in ${wait / 1000} s`);
          await sleep(wait);
          continue;
        }
        const status = typeof failure.status === "number" ? failure.status : 0;
        if (status < 400 || doNotRetry.includes(status) || attempt >= allowed) throw error;
      }
      const wait = (attempt + 1) ** 2 * baseMs;
      octokit.log?.warn(
        `${method} ${requestOptions.url}: ${String(failure.status)}, retrying in ${wait / 1000} s`,
      );
      await sleep(wait);
    }
  });
}
