/**
 * An Octokit plugin that sends every write of an installation through its write scheduler
 * (`write-scheduler.ts`): one budget per installation for the write spacing, GitHub's
 * content-creation limits and points, and `retry-after`. Reads go at once and only count their
 * points. Registered after `resilience`, so it wraps it: a write's `retry-after` pauses the whole
 * installation (the other plugins leave writes marked `budgeted` to it) and the write waits its
 * turn again, three times at most and only for waits up to a minute.
 */

import type { Hookable } from "./request-hook.js";
import { retryAfterSeconds } from "./resilience.js";
import { costOf } from "./write-budget.js";
import { currentWrites } from "./write-context.js";
import type { WriteScheduler } from "./write-scheduler.js";

export interface ScheduledWritesOptions {
  writeScheduler?: WriteScheduler;
  auth?: { installationId?: number | string };
  throttle?: { id?: string };
}

/** What the plugin adds to an Octokit: its scheduler and the installation it writes for. */
export interface Scheduled {
  writes?: { scheduler: WriteScheduler; installation: string };
}

/**
 * The app's own authentication (an installation token, made inside whatever request needs one):
 * never queued behind the writes it would unblock.
 */
const isAuthRequest = (url: string): boolean =>
  url.startsWith("/app/") || url.startsWith("/applications/") || url.includes("/access_tokens");

const statusOf = (error: unknown): unknown => (error as { status?: unknown })?.status;

export function scheduledWrites(octokit: Hookable & Scheduled, options: ScheduledWritesOptions = {}): void {
  const scheduler = options.writeScheduler;
  if (scheduler === undefined) return;
  const installation = String(options.auth?.installationId ?? options.throttle?.id ?? "app");
  octokit.writes = { scheduler, installation };
  octokit.hook.wrap("request", async (request, requestOptions) => {
    const method = String(requestOptions.method ?? "GET");
    const cost = costOf(method, String(requestOptions.url ?? ""));
    if (cost.points === 1 || isAuthRequest(String(requestOptions.url ?? ""))) {
      await scheduler.note(installation, cost);
      return request(requestOptions);
    }
    const context = currentWrites();
    // Hooks inside this one were bound to this very options object: change it in place.
    requestOptions.request = { ...requestOptions.request, budgeted: true };
    for (let attempt = 0; ; attempt++) {
      await scheduler.turn(installation, {
        class: context?.class ?? "background",
        cost,
        signal: context?.signal,
        key: context?.key,
      });
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = retryAfterSeconds(error);
        const status = statusOf(error);
        const limited = status === 403 || status === 429 || status === 503;
        if (!limited || wait === null || wait > 60 || attempt >= 3) throw error;
        octokit.log?.warn(
          `${method.toUpperCase()} ${requestOptions.url}: ${String(status)}, installation ${installation} ` +
            `pauses its writes for ${wait} s (retry-after)`,
        );
        await scheduler.pause(installation, Date.now() + wait * 1000);
      }
    }
  });
}
