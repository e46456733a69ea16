import type { Context, Probot } from "probot";
import { createConfigLoader } from "./github/load-config.js";
import type { OctokitLike } from "./github/octokit-like.js";
import { createPorts } from "./github/octokit-ports.js";
import { handleWebhook } from "./handlers/handle-webhook.js";
import type { EngineDeps } from "./handlers/types.js";

export const CONFIG_PATH = ".github/incidents.yml";

const ISSUE_EVENTS = [
  "issues.opened",
  "issues.edited",
  "issues.labeled",
  "issues.unlabeled",
  "issues.closed",
  "issues.reopened",
] as const;
const COMMENT_EVENTS = ["issue_comment.created", "issue_comment.edited", "issue_comment.deleted"] as const;

function deps(context: Context<"issues" | "issue_comment">): EngineDeps {
  const repo = context.repo();
  const octokit = context.octokit as unknown as OctokitLike;
  return {
    ports: createPorts(octokit, { ...repo, defaultBranch: context.payload.repository.default_branch }),
    loadConfig: createConfigLoader(octokit, repo, CONFIG_PATH),
    now: () => new Date(),
    log: {
      info: (m) => context.log.info(m),
      warn: (m) => context.log.warn(m),
      error: (m) => context.log.error(m),
    },
    configPath: CONFIG_PATH,
    recheckBoard: process.env.INCIDENT_WORKFLOW_RECHECK_BOARD === "true",
  };
}

/**
 * The Probot app: webhook names to the engine's handlers, nothing else. Errors propagate to Probot,
 * which logs them and answers the delivery with a 500 so it can be redelivered.
 */
export default function incidentWorkflow(app: Probot): void {
  for (const name of ["issues", "issue_comment"] as const) {
    const events = name === "issues" ? ISSUE_EVENTS : COMMENT_EVENTS;
    app.on([...events], async (context) => {
      const result = await handleWebhook(name, context.payload, deps(context));
      const where = `${context.name}.${context.payload.action}`;
      if (result.outcome === "invalid-config")
        context.log.warn(`${where}: invalid config\n${result.message}`);
      else if (result.outcome === "ignored") context.log.debug(`${where}: ignored (${result.reason})`);
      else
        context.log.info(
          `${where}: incident #${result.incident.number} ${result.incident.severity} ${result.incident.status}`,
        );
    });
  }
}
