import type { DashboardKeep, Logger } from "../handlers/types.js";
import type { PendingWork, WorkRef } from "./pending-work.js";

/** The pending record's key of an incident's dashboard row (beside its delivery's, `owner/repo#n`). */
export const dashboardRowKey = (repo: { owner: string; repo: string }, number: number): string =>
  `${repo.owner}/${repo.repo}#${number}#dashboard`;

/** How long past its due time a waiting dashboard write may take its turn before another replica adopts it. */
const SLACK_MS = 10_000;

/**
 * With `REDIS_URL`: a dashboard row waiting for the pace is recorded as pending work dated when it
 * falls due (now plus the dashboard interval, plus `SLACK_MS` for its turn among the writes), so
 * nobody adopts it while this replica may still write it; if this one dies first, another adopts it after that (`adopt-orphans.ts`) and writes
 * the incident's current row. A record that cannot be written is logged: the sweep covers it.
 */
export function keepDashboard(
  pending: PendingWork,
  where: Omit<WorkRef, "number">,
  intervalMs: number,
  log: Logger,
): DashboardKeep {
  return {
    async waiting(numbers) {
      const stamp = Date.now() + intervalMs + SLACK_MS;
      try {
        for (const number of numbers)
          await pending.accepted(
            dashboardRowKey(where, number),
            { ...where, number, dashboard: true },
            stamp,
          );
      } catch (error) {
        log.warn(
          `${where.owner}/${where.repo}: could not record a dashboard row in Redis (${String(error)}); the sweep covers it`,
        );
      }
      return stamp;
    },
    async written(numbers, stamp) {
      try {
        for (const number of numbers) await pending.done(dashboardRowKey(where, number), stamp);
      } catch (error) {
        log.warn(`${where.owner}/${where.repo}: could not clear a dashboard row in Redis (${String(error)})`);
      }
    },
  };
}
