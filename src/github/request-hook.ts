/**
 * The narrow Octokit surface our request plugins use (`hook.wrap("request", …)` and a warning log),
 * and what they read from a failed request.
 */

export interface RequestOptions {
  method?: string;
  url?: string;
  request?: { retries?: number; [key: string]: unknown };
  [key: string]: unknown;
}

export type Request = (options: RequestOptions) => Promise<unknown>;

export interface Hookable {
  hook: {
    wrap(name: "request", wrapper: (request: Request, options: RequestOptions) => Promise<unknown>): void;
  };
  log?: { warn(message: string): void };
}

/** A response header of a failed request (an Octokit `RequestError`), as a string. */
export function header(error: unknown, name: string): string | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } })?.response?.headers;
  const value = headers?.[name];
  return value === undefined || value === null ? undefined : String(value);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A write sent by the app's write scheduler (`scheduled-writes.ts`): its rate limits are the
 * scheduler's, which pauses the whole installation; `resilience` and the throttling plugin let go.
 */
export const isBudgeted = (options: { request?: Record<string, unknown> | undefined } | undefined): boolean =>
  options?.request?.budgeted === true;
