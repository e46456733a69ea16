/**
 * The engine as the Action runs it, loaded by the entry (`main.ts`) only when an event needs it:
 * an Octokit for the workflow's token that honours `GITHUB_API_URL` (GitHub Enterprise Server,
 * the test emulator) and the runner's proxy settings, and the engine's handlers over it. The
 * orchestration lives in `execute.ts`, the runner's side in `runner.ts`.
 */
import { resolve } from "node:path";
import { getProxyUrl } from "@actions/http-client/lib/proxy.js";
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { httpFetch } from "../github/http-fetch.js";
import { tokenIdentity } from "../github/identity.js";
import { type LightRetryOptions, lightRetry } from "../github/light-retry.js";
import { createConfigLoader } from "../github/load-config.js";
import { createPorts } from "../github/octokit-ports.js";
import { DO_NOT_RETRY, resilience } from "../github/resilience.js";
import { declare } from "../handlers/declare.js";
import { ensureRepoLabels } from "../handlers/ensure-labels.js";
import { deployGate } from "../handlers/gate.js";
import { handlePullRequest } from "../handlers/handle-pull-request.js";
import { handleWebhook } from "../handlers/handle-webhook.js";
import { sweepRepository } from "../handlers/sweep.js";
import type { EngineDeps, Logger } from "../handlers/types.js";
import type { Engine } from "./execute.js";
import type { ActionInputs } from "./inputs.js";
import { escapeData, writeStdout } from "./runner.js";

type Fetch = typeof globalThis.fetch;

/**
 * `node:http` (see `httpFetch`: Node's undici `fetch` costs ~100 ms before its first request),
 * unless the runner asks for a proxy for this URL (`https_proxy`/`http_proxy`, `no_proxy`, as
 * `@actions/http-client` reads them): then `@actions/github`'s proxy-aware fetch (undici with a
 * proxy dispatcher), loaded only in that case.
 */
function fetchFor(baseUrl: string): Fetch {
  if (getProxyUrl(new URL(baseUrl)) === undefined) return httpFetch as unknown as Fetch;
  let proxied: Promise<Fetch> | undefined;
  return async (url, init) => {
    proxied ??= import("./proxy-fetch.js").then((m) => m.proxyFetch);
    return (await proxied)(url, init);
  };
}

/** `@actions/github`'s user agent addition: the run's orchestration id, when the runner gives one. */
function userAgent(env: NodeJS.ProcessEnv): string {
  const base = "incident-workflow-action";
  const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `${base} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, "_")}` : base;
}

/**
 * The workflow token's Octokit with the same resilience as the app's: GitHub's rate limits
 * honoured (`retry-after`, primary reset), 5xx retried, a time limit per attempt (`lightRetry`
 * and `resilience`, no Bottleneck). Creates are never retried blindly (see `createOnce` in
 * src/github/requester.ts).
 */
export function octokitFor(token: string, env: NodeJS.ProcessEnv = process.env) {
  const baseUrl = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const warn = (message: string) => writeStdout(`::warning::${escapeData(message)}\n`);
  const ActionOctokit = Octokit.plugin(paginateRest, lightRetry as never, resilience as never);
  return new ActionOctokit({
    auth: `token ${token}`,
    baseUrl,
    userAgent: userAgent(env),
    request: { fetch: fetchFor(baseUrl) },
    log: { debug: () => {}, info: () => {}, warn, error: warn },
    // One event per run makes a handful of writes: they are not spaced (GitHub's 1 s advice is for
    // bulk writes) unless INCIDENT_WORKFLOW_WRITE_INTERVAL_MS asks for it; rate limits are honoured.
    retry: {
      doNotRetry: DO_NOT_RETRY,
      writeIntervalMs: Number(env.INCIDENT_WORKFLOW_WRITE_INTERVAL_MS) || 0,
    } satisfies LightRetryOptions,
  } as never);
}

export const engine: Engine = {
  connect(inputs: ActionInputs, repo, logger: Logger): EngineDeps {
    const octokit = octokitFor(inputs.githubToken) as never;
    return {
      ports: createPorts(octokit, repo),
      loadConfig: createConfigLoader(octokit, { owner: repo.owner, repo: repo.repo }, inputs.configPath),
      now: () => new Date(),
      self: tokenIdentity(octokit),
      log: logger,
      configPath: inputs.configPath,
    };
  },
  handleWebhook,
  declare,
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
