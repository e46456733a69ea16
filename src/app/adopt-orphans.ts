import type { Probot } from "probot";
import { runForIssue } from "../handlers/handle-webhook.js";
import { appDeps } from "../probot.js";
import type { PendingWork, WorkRef } from "./pending-work.js";
import { runtimeOf } from "./runtime.js";

export interface Adopter {
  stop(): void;
}

/**
 * Every `intervalMs`, runs the work other replicas accepted and did not finish (they were killed):
 * deliveries recorded in Redis longer than `graceMs` ago whose incident nobody holds the lease of.
 * Each goes through this replica's queue like a delivery, so it coalesces with any work here; a
 * dashboard row another replica was waiting to write (`keep-dashboard.ts`), or had not asked for
 * yet, is written from the incident's current state.
 */
export function startAdopting(
  app: Probot,
  pending: PendingWork,
  intervalMs: number,
  graceMs: number,
): Adopter {
  const runtime = runtimeOf(app);
  if (runtime === undefined) throw new Error("the Incident Workflow app is not loaded into this Probot");
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const adopt = async (key: string, ref: WorkRef, at: number) => {
    const octokit = await app.auth(ref.installation);
    const deps = appDeps(app, octokit, { owner: ref.owner, repo: ref.repo }, ref.installation);
    const issue = await deps.ports.getIssue(ref.number);
    // The dashboard row is written whatever the board carries: the replica that died may have written
    // the board (with the row) and not yet the dashboard, and no later run would ask for it.
    const hint = { commands: false, declare: false, dashboard: true };
    if (issue !== null) await runForIssue(issue, deps, runtime.queue, hint);
    await pending.done(key, at);
    app.log.info(`${key}: finished work another replica had accepted`);
  };
  const tick = async () => {
    const now = Date.now();
    const found = await pending.orphans(now - graceMs, now, 10);
    await Promise.all(
      found.map(({ key, ref }) =>
        adopt(key, ref, now).catch((error: unknown) =>
          app.log.warn(
            `${key}: could not finish another replica's work (${String(error)}); tried again later`,
          ),
        ),
      ),
    );
  };
  const loop = () => {
    tick()
      .catch((error: unknown) => app.log.warn(`pending work: ${String(error)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, intervalMs).unref();
      });
  };
  timer = setTimeout(loop, intervalMs).unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
