/**
 * The thin adapter between the GitHub Actions runner and the engine: `@actions/core` for inputs,
 * outputs, logs and the job summary; `@actions/github` for the event and an Octokit that honours
 * `GITHUB_API_URL` (GitHub Enterprise Server, the test emulator). The logic lives in `execute.ts`.
 */
import { resolve } from "node:path";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck";
import { tokenIdentity } from "../github/identity.js";
import { createConfigLoader } from "../github/load-config.js";
import { createPorts } from "../github/octokit-ports.js";
import { DO_NOT_RETRY, resilience } from "../github/resilience.js";
import { declare } from "../handlers/declare.js";
import { ensureRepoLabels } from "../handlers/ensure-labels.js";
import { deployGate } from "../handlers/gate.js";
import { handlePullRequest } from "../handlers/handle-pull-request.js";
import { handleWebhook } from "../handlers/handle-webhook.js";
import { buildStatusPage } from "../handlers/status-page.js";
import { sweepRepository } from "../handlers/sweep.js";
import type { EngineDeps, Logger } from "../handlers/types.js";
import { type ActionHost, type Engine, execute } from "./execute.js";
import type { ActionInputs } from "./inputs.js";

const log: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
};

function runnerHost(): ActionHost {
  const { context } = github;
  return {
    getInput: (name) => core.getInput(name),
    event: {
      name: context.eventName ?? "",
      payload: context.payload as Record<string, unknown>,
      actor: context.actor ?? "",
    },
    repo: () => context.repo,
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    log,
    annotate: (message, file) => core.error(message, { title: "Invalid incident configuration", file }),
    async writeSummary(markdown) {
      // Outside a runner (or an old one) there is no summary file; that is not an error.
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown).write();
    },
  };
}

/**
 * The workflow token's Octokit with the same resilience as the app's: GitHub's rate limits
 * honoured (`retry-after`, primary reset), 5xx retried, a time limit per attempt. Creates are never
 * retried blindly (see `createOnce` in src/github/requester.ts).
 */
function octokitFor(token: string) {
  const limit = (
    retryAfter: number,
    options: { method?: string; url?: string },
    _: unknown,
    count: number,
  ) => {
    core.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
    return count < 3;
  };
  // One event per run makes a handful of writes: they are not spaced (GitHub's 1 s advice is for
  // bulk writes) unless INCIDENT_WORKFLOW_WRITE_INTERVAL_MS asks for it; rate limits are honoured.
  const spacing = Number(process.env.INCIDENT_WORKFLOW_WRITE_INTERVAL_MS) || 0;
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing });
  return github.getOctokit(
    token,
    {
      retry: { doNotRetry: DO_NOT_RETRY },
      throttle: { onRateLimit: limit, onSecondaryRateLimit: limit, write: group(), notifications: group() },
    },
    retry,
    throttling,
    resilience as never,
  );
}

const engine: Engine = {
  connect(inputs: ActionInputs, repo, logger): EngineDeps {
    const octokit = octokitFor(inputs.githubToken);
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
  statusPage: (deps, directory) =>
    buildStatusPage(deps, resolve(process.env.GITHUB_WORKSPACE || process.cwd(), directory)),
};

/** Runs the Action in the runner's environment. Never throws; failures set a non-zero exit code. */
export function run(): Promise<void> {
  return execute(runnerHost(), engine);
}
