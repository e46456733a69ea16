import type { Context, Probot } from "probot";
import { keepDashboard } from "./app/keep-dashboard.js";
import { createRuntime, type RuntimeSettings, runtimeOf, settingsFromEnv } from "./app/runtime.js";
import { useConditionalRequests } from "./github/conditional.js";
import { deploymentReviewer } from "./github/deployment-ports.js";
import { createConfigLoader } from "./github/load-config.js";
import type { OctokitLike } from "./github/octokit-like.js";
import { createPorts } from "./github/octokit-ports.js";
import { outboundHttp } from "./github/outbound.js";
import type { Scheduled } from "./github/scheduled-writes.js";
import { writeControl } from "./github/write-scheduler.js";
import { withChannelVariables } from "./handlers/channel-variables.js";
import { handleDeploymentProtection } from "./handlers/deployment-gate.js";
import { ensureRepoLabels } from "./handlers/ensure-labels.js";
import { handlePullRequest } from "./handlers/handle-pull-request.js";
import { handleWebhook, incidentKey } from "./handlers/handle-webhook.js";
import type { EngineDeps } from "./handlers/types.js";

export const CONFIG_PATH = ".github/incidents.yml";

interface Repo {
  full_name: string;
}

const ISSUE_EVENTS = [
  "issues.opened",
  "issues.edited",
  "issues.labeled",
  "issues.unlabeled",
  "issues.closed",
  "issues.reopened",
  "issues.typed",
] as const;
const COMMENT_EVENTS = ["issue_comment.created", "issue_comment.edited", "issue_comment.deleted"] as const;

/** The engine's dependencies for one repository, over an installation's Octokit. */
export function appDeps(
  app: Probot,
  octokit: unknown,
  repo: { owner: string; repo: string; defaultBranch?: string | undefined; ownerType?: string | undefined },
  installation: number | undefined,
): EngineDeps {
  const runtime = runtimeOf(app);
  if (runtime === undefined) throw new Error("the Incident Workflow app is not loaded into this Probot");
  const client = octokit as OctokitLike & Parameters<typeof useConditionalRequests>[0] & Scheduled;
  if (installation !== undefined) useConditionalRequests(client, runtime.etags(installation));
  const vars = runtime.settings.env ?? process.env;
  const env = (name: string) => vars[name];
  const log = {
    info: (m: string) => app.log.info(m),
    warn: (m: string) => app.log.warn(m),
    error: (m: string) => app.log.error(m),
  };
  return {
    ports: createPorts(client, repo, {
      self: runtime.self,
      permissions: installation === undefined ? undefined : runtime.permissions(installation),
      issueTypes: installation === undefined ? undefined : runtime.issueTypes(installation),
    }),
    loadConfig: withChannelVariables(
      createConfigLoader(client, { owner: repo.owner, repo: repo.repo }, CONFIG_PATH),
      env,
    ),
    chat: { env, http: outboundHttp, backoff: runtime.chatBackoff },
    now: runtime.settings.now ?? (() => new Date()),
    self: runtime.self,
    log,
    configPath: CONFIG_PATH,
    recheckBoard: runtime.settings.recheckBoard,
    dashboardPace: runtime.pace,
    ...(runtime.pending === undefined || installation === undefined
      ? {}
      : {
          keepDashboard: keepDashboard(
            runtime.pending,
            { installation, owner: repo.owner, repo: repo.repo },
            runtime.settings.dashboardIntervalMs,
            log,
          ),
        }),
    ...(client.writes === undefined
      ? {}
      : { writes: writeControl(client.writes.scheduler, client.writes.installation) }),
  };
}

function contextDeps(app: Probot, context: Context<"issues" | "issue_comment">): EngineDeps {
  const { repository } = context.payload;
  const repo = {
    ...context.repo(),
    defaultBranch: repository.default_branch,
    ownerType: repository.owner.type,
  };
  return appDeps(app, context.octokit, repo, context.payload.installation?.id);
}

/**
 * The Probot app: webhook names to the engine's handlers, nothing else. Each delivery asks the
 * per-incident queue for a run (deliveries for one incident arriving together share one run), and
 * resolves when that run is done; a run that keeps failing rejects, so Probot answers 500 when it
 * is waited for (serverless) — the server (`npm start`) answers at once and the sweep repairs it.
 */
export default function incidentWorkflow(app: Probot): void {
  loadIncidentWorkflow(app, settingsFromEnv());
}

/** The app with explicit settings (embedding, tests with their own clock). */
export const createIncidentWorkflow =
  (settings: RuntimeSettings) =>
  (app: Probot): void =>
    loadIncidentWorkflow(app, settings);

function loadIncidentWorkflow(app: Probot, settings: RuntimeSettings): void {
  const runtime = createRuntime(app, settings);
  // Installed (or given more repositories): the labels exist before the first incident, so the
  // issue form can apply `incident` (GitHub drops a form's labels the repository does not have).
  app.on(["installation.created", "installation_repositories.added"], async (context) => {
    const payload = context.payload as { repositories?: Repo[]; repositories_added?: Repo[] };
    for (const r of payload.repositories ?? payload.repositories_added ?? []) {
      const [owner = "", repo = ""] = r.full_name.split("/");
      const deps = appDeps(app, context.octokit, { owner, repo }, context.payload.installation.id);
      const loaded = await deps.loadConfig();
      if (!loaded.ok) {
        context.log.warn(`${r.full_name}: invalid config, labels not created`);
        continue;
      }
      const { created } = await ensureRepoLabels(deps.ports, loaded.config);
      context.log.info(`${r.full_name}: ${created.length} labels created`);
    }
  });
  // A custom deployment protection rule: the environments' runs wait for this answer.
  app.on("deployment_protection_rule.requested", async (context) => {
    const repo = { ...context.repo(), defaultBranch: context.payload.repository.default_branch };
    const deps = appDeps(app, context.octokit, repo, context.payload.installation?.id);
    const review = deploymentReviewer(context.octokit as unknown as OctokitLike, context.repo());
    const result = await handleDeploymentProtection(context.payload, deps, review, runtime.queue);
    const where = `deployment_protection_rule: ${context.payload.environment ?? "?"}`;
    if (result.outcome === "answered")
      context.log.info(`${where} ${result.decision.state} (${result.decision.comment})`);
    else if (result.outcome === "invalid-config")
      context.log.warn(`${where} rejected: invalid config\n${result.message}`);
    else context.log.warn(`${where} ignored (${result.reason})`);
  });
  app.on("pull_request.closed", async (context) => {
    const repo = { ...context.repo(), defaultBranch: context.payload.repository.default_branch };
    const deps = appDeps(app, context.octokit, repo, context.payload.installation?.id);
    const result = await handlePullRequest(context.payload, deps, runtime.queue);
    if (result.outcome === "ignored") context.log.debug(`pull_request.closed: ignored (${result.reason})`);
  });
  for (const name of ["issues", "issue_comment"] as const) {
    const events = name === "issues" ? ISSUE_EVENTS : COMMENT_EVENTS;
    app.on([...events], async (context) => {
      const done = await recordAccepted(app, context);
      const result = await handleWebhook(name, context.payload, contextDeps(app, context), runtime.queue);
      await done();
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

/**
 * With `REDIS_URL`: the delivery's incident is recorded as accepted in Redis until its run is done,
 * so another replica finishes it if this one dies first (`src/app/adopt-orphans.ts`). Returns what
 * to call once the run is done (a failed run leaves the record for another try).
 */
async function recordAccepted(
  app: Probot,
  context: Context<"issues" | "issue_comment">,
): Promise<() => Promise<void>> {
  const pending = runtimeOf(app)?.pending;
  const installation = context.payload.installation?.id;
  if (pending === undefined || installation === undefined) return async () => {};
  const { owner, repo } = context.repo();
  const number = context.payload.issue.number;
  const key = incidentKey({ owner, repo }, number);
  const at = Date.now();
  try {
    await pending.accepted(key, { installation, owner, repo, number }, at);
  } catch (error) {
    context.log.warn(
      `${key}: could not record the delivery in Redis (${String(error)}); the sweep covers it`,
    );
    return async () => {};
  }
  return () =>
    pending
      .done(key, at)
      .catch((error: unknown) =>
        context.log.warn(`${key}: could not clear the delivery in Redis (${String(error)})`),
      );
}
