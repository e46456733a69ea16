import type { RepoRef } from "../core/events.js";
import { httpStatus, type OctokitLike } from "./octokit-like.js";
import { isSuperseded } from "./write-scheduler.js";

// biome-ignore lint/suspicious/noExplicitAny: GitHub JSON at the boundary.
export type Json = any;

/** Requests scoped to one repository: `{owner}` and `{repo}` filled in. */
export function requester(octokit: OctokitLike, repo: RepoRef) {
  const base = { owner: repo.owner, repo: repo.repo };
  return {
    base,
    req: async (route: string, params: Record<string, unknown> = {}): Promise<Json> =>
      (await octokit.request(route, { ...base, ...params })).data,
    paginate: (route: string, params: Record<string, unknown> = {}): Promise<Json[]> =>
      octokit.paginate(route, { ...base, per_page: 100, ...params }) as Promise<Json[]>,
  };
}

export type Requester = ReturnType<typeof requester>;

/** Ignores one expected HTTP status (e.g. 404 when removing a label that is already gone). */
export async function tolerate(status: number, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (httpStatus(error) !== status) throw error;
  }
}

/**
 * A failure after which the request may still have been carried out by GitHub (5xx, timeout, reset).
 * A write dropped before it was sent (`SupersededError`: a newer run for the incident waits) was not.
 */
export function maybeStored(error: unknown): boolean {
  if (isSuperseded(error)) return false;
  const status = httpStatus(error);
  return status === undefined || status >= 500;
}

/** Octokit request options that turn off the retry plugin for one request (a create we verify ourselves). */
export const NO_RETRY = { request: { retries: 0 } } as const;

/**
 * Creates something that must exist once (a comment, an issue): never retried blindly. After a
 * failure that may hide a success (a 502 after GitHub stored it, a timeout), `landed` looks for it;
 * only when it is not there is the create tried again (up to `attempts` times in all).
 */
export async function createOnce<T>(
  attempt: () => Promise<T>,
  landed: () => Promise<T | null>,
  options: { attempts?: number; pauseMs?: number } = {},
): Promise<T> {
  const attempts = options.attempts ?? 3;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!maybeStored(error)) throw error;
      const found = await landed();
      if (found !== null) return found;
      if (n >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, (options.pauseMs ?? 1000) * n));
    }
  }
}
