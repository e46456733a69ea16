/**
 * The thin adapter between the GitHub Actions runner and the engine: `@actions/core` for inputs,
 * outputs, logs and the job summary; `@actions/github` for the event and an Octokit that honours
 * `GITHUB_API_URL` (GitHub Enterprise Server, the test emulator). The logic lives in `execute.ts`.
 */
import * as core from "@actions/core";
import * as github from "@actions/github";
import { createConfigLoader } from "../github/load-config.js";
import { createPorts } from "../github/octokit-ports.js";
import { declare } from "../handlers/declare.js";
import { handleWebhook } from "../handlers/handle-webhook.js";
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

const engine: Engine = {
  connect(inputs: ActionInputs, repo, logger): EngineDeps {
    const octokit = github.getOctokit(inputs.githubToken);
    return {
      ports: createPorts(octokit, repo),
      loadConfig: createConfigLoader(octokit, { owner: repo.owner, repo: repo.repo }, inputs.configPath),
      now: () => new Date(),
      log: logger,
      configPath: inputs.configPath,
    };
  },
  handleWebhook,
  declare,
};

/** Runs the Action in the runner's environment. Never throws; failures set a non-zero exit code. */
export function run(): Promise<void> {
  return execute(runnerHost(), engine);
}
