/**
 * The engine's handlers as the Action runs them, loaded by the entry (`main.ts`) only when an event
 * needs them, after the connection to GitHub (`client.ts`) has started the run's first reads. The
 * orchestration lives in `execute.ts`, the runner's side in `runner.ts`.
 */
import { resolve } from "node:path";
import { declare } from "../handlers/declare.js";
import { ensureRepoLabels } from "../handlers/ensure-labels.js";
import { deployGate } from "../handlers/gate.js";
import { handlePullRequest } from "../handlers/handle-pull-request.js";
import { handleWebhook } from "../handlers/handle-webhook.js";
import { prepareAlert } from "../handlers/ingest-alert.js";
import { sweepRepository } from "../handlers/sweep.js";
import { directQueue } from "../handlers/work-queue.js";
import type { EngineHandlers } from "./execute.js";

export const handlers: EngineHandlers = {
  handleWebhook,
  declare,
  // One event per run: the runs of one key are not serialised here (the Action's concurrency
  // group can be); a duplicate a race opens closes itself (`alert-duplicate.ts`).
  async alert(notification, declaredBy, deps) {
    const prepared = await prepareAlert(notification, deps, directQueue, declaredBy);
    if (!prepared.ok) throw new Error(prepared.message);
    const results = await prepared.run();
    return (
      results.find((r) => r.outcome === "handled") ??
      results[0] ?? { outcome: "ignored", reason: "no alerts" }
    );
  },
  handlePullRequest: (payload, deps) => handlePullRequest(payload, deps),
  sweep: (deps) => sweepRepository(deps),
  gate: deployGate,
  async setup(deps) {
    const loaded = await deps.loadConfig();
    if (!loaded.ok) return { invalid: loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
    return ensureRepoLabels(deps.ports, loaded.config);
  },
  // The directory is relative to the workspace, where the workflow's later steps look for it.
  // Its renderers and `node:fs/promises` are loaded only in this mode (dist/status-page.js).
  async statusPage(deps, directory) {
    const { buildStatusPage } = await import("../handlers/status-page.js");
    return buildStatusPage(deps, resolve(process.env.GITHUB_WORKSPACE || process.cwd(), directory));
  },
};
