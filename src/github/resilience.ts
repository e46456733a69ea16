/**
 * An Octokit plugin for what GitHub asks of integrations and the retry and throttling plugins
 * leave out:
 * - a 403/429 (or 503) carrying `retry-after` is retried after exactly that wait, whatever its
 *   message (the throttling plugin only recognises a "secondary rate" message; the retry plugin
 *   would retry a 429 after 1 s) — add 429 to the retry plugin's `doNotRetry` so it reaches here;
 * - every attempt has a time limit (a hung request would hold its incident's queue); the retry
 *   plugin retries a timed-out request like a 5xx — creates, which turn that off, are verified
 *   instead (see `createOnce`).
 */

import { type Hookable, header, isBudgeted, sleep } from "./request-hook.js";

export interface ResilienceOptions {
  /** Time limit of one attempt, in ms (default 30 s; GitHub itself gives up on a request after 10 s). */
  timeoutMs?: number;
  /** The longest `retry-after` waited for, in seconds (default 60); a longer one fails the request. */
  maxRetryAfterSeconds?: number;
  /** Retries per request for rate limits (default 3). */
  retries?: number;
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" ? status : undefined;
};

/** Seconds to wait from a `retry-after` header (seconds or an HTTP date), or null. */
export function retryAfterSeconds(error: unknown, now = Date.now()): number | null {
  const value = header(error, "retry-after");
  if (value === undefined) return null;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

type Fetch = (url: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** A fetch whose every call (every attempt, retries included) gives up after `ms`. */
export function timedFetch(fetch: Fetch, ms: number): Fetch {
  return (url, init = {}) => {
    const timer = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, timer]) : timer;
    return fetch(url, { ...init, signal });
  };
}

export function resilience(octokit: Hookable, options: { resilience?: ResilienceOptions } = {}): void {
  const timeoutMs = options.resilience?.timeoutMs ?? 30_000;
  const maxWait = options.resilience?.maxRetryAfterSeconds ?? 60;
  const retries = options.resilience?.retries ?? 3;
  octokit.hook.wrap("request", async (request, requestOptions) => {
    // Every fetch gets its own time limit, so the retry plugin's retries of a timed-out request
    // (it retries them like a 5xx) are limited too. Hooks registered before this one were bound to
    // this very options object: change it in place. The given fetch (a proxy's) is kept.
    const given = (requestOptions.request?.fetch as Fetch | undefined) ?? (globalThis.fetch as Fetch);
    requestOptions.request = { ...requestOptions.request, fetch: timedFetch(given, timeoutMs) };
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const status = statusOf(error);
        const wait = retryAfterSeconds(error);
        const limited = status === 403 || status === 429 || status === 503;
        // A write of the app's scheduler: the whole installation pauses there (scheduled-writes.ts).
        if (isBudgeted(requestOptions)) throw error;
        if (attempt >= retries || wait === null || !limited || wait > maxWait) throw error;
        const method = String(requestOptions.method ?? "GET").toUpperCase();
        octokit.log?.warn(
          `${method} ${requestOptions.url}: ${status}, retrying after ${wait} s (retry-after)`,
        );
        await sleep(wait * 1000);
      }
    }
  });
}

/** The retry plugin's `doNotRetry` with 429 added: rate limits are this plugin's and the throttling plugin's. */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
