import type { Probot } from "probot";
import { sweepRepository } from "../handlers/sweep.js";
import { appDeps } from "../probot.js";
import { oneLineError } from "./one-line-error.js";
import { runtimeOf } from "./runtime.js";

// biome-ignore lint/suspicious/noExplicitAny: GitHub JSON at the boundary.
type Json = any;

export interface SweepTotals {
  repositories: number;
  listed: number;
  reconciled: number;
  failed: number;
}

/**
 * Incidents of a repository the app's sweep starts at once: their reads are paced by Probot's
 * throttling (10 at a time), their writes by the write scheduler, which puts every started run's
 * board before any reply or 👍 (after a restart with a backlog: boards first).
 */
const SWEEP_RUNS_AT_ONCE = 64;

/**
 * The app's sweep: every installation, every repository it can see, every open incident (and
 * those closed within the look-back) reconciled from its history through the same per-incident
 * queue as webhooks. Conditional requests keep the unchanged ones almost free; incidents whose
 * `updated_at` has not moved since a clean pass are skipped.
 */
export async function sweepAll(app: Probot, signal?: AbortSignal): Promise<SweepTotals> {
  const runtime = runtimeOf(app);
  if (runtime === undefined) throw new Error("the Incident Workflow app is not loaded into this Probot");
  const totals: SweepTotals = { repositories: 0, listed: 0, reconciled: 0, failed: 0 };
  const appOctokit = await app.auth();
  const installations: Json[] = await appOctokit.paginate("GET /app/installations", { per_page: 100 });
  for (const installation of installations) {
    const octokit = await app.auth(installation.id);
    const repos: Json[] = await octokit.paginate("GET /installation/repositories", { per_page: 100 });
    for (const repo of repos) {
      if (signal?.aborted) return totals;
      if (repo.archived || repo.has_issues === false) continue;
      totals.repositories++;
      const where = { owner: repo.owner.login, repo: repo.name, defaultBranch: repo.default_branch };
      try {
        const deps = appDeps(app, octokit, where, installation.id);
        const report = await sweepRepository(deps, {
          queue: runtime.queue,
          memo: runtime.memo,
          concurrency: SWEEP_RUNS_AT_ONCE,
          ...(signal === undefined ? {} : { signal }),
        });
        if ("invalid" in report) {
          app.log.warn(`sweep ${repo.full_name}: invalid config: ${report.invalid}`);
          continue;
        }
        totals.listed += report.listed;
        totals.reconciled += report.reconciled;
        totals.failed += report.failed.length;
        for (const f of report.failed) app.log.error(`sweep ${repo.full_name}#${f.number}: ${f.error}`);
      } catch (error) {
        totals.failed++;
        app.log.error(`sweep ${repo.full_name} failed: ${oneLineError(error)}`);
      }
    }
  }
  return totals;
}
