import { randomBytes } from "node:crypto";
import { type FaultSpec, Faults } from "./faults.js";
import { writeFile } from "./git-ops.js";
import { createRepoLabel } from "./label-ops.js";
import { limitStats } from "./limit-stats.js";
import { ACTIONS_LOGIN, APP, BOT_LOGIN, World } from "./model.js";
import { getValidator } from "./openapi-validator.js";
import { addOrg } from "./org-ops.js";
import { type RepoHandle, repoHandle } from "./repo-handle.js";
import { appRoutes } from "./routes-apps.js";
import { commentRoutes } from "./routes-comments.js";
import { deploymentGateRoutes } from "./routes-deployment-gate.js";
import { deploymentRoutes } from "./routes-deployments.js";
import { issueRoutes } from "./routes-issues.js";
import { orgRoutes } from "./routes-orgs.js";
import { pullRoutes } from "./routes-pulls.js";
import { repoRoutes } from "./routes-repo.js";
import { searchRoutes } from "./routes-search.js";
import { subIssueRoutes } from "./routes-sub-issues.js";
import { type SecondaryLimitOptions, SecondaryLimits } from "./secondary-limits.js";
import { listen, type RecordedRequest, type ServerState, type Violation } from "./server.js";
import { installationRepos } from "./shapes-app.js";
import { reactionShape } from "./shapes-core.js";
import { buildInstallationWebhook, installationRepoShape } from "./webhooks.js";

export interface EmulatorOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  private?: boolean;
  /** Whether the sub-issues API exists (default true; false answers 404 like older GitHub Enterprise Server). */
  subIssues?: boolean;
  /** Files on the default branch, path → content. */
  files?: Record<string, string>;
  /** Repo labels that exist up front. */
  labels?: Array<{ name: string; color?: string; description?: string }>;
  /** Extra token → login identities (`ghs_actions` → github-actions[bot] is always there). */
  tokens?: Record<string, string>;
  /** Check every JSON response against GitHub's documented 2xx schema (costs compile time). */
  validateResponses?: boolean;
  /**
   * Enforce GitHub's secondary limits per client (off by default; `GITHUB_LIMITS` for all of them at
   * GitHub's figures): over a limit, 403 with `retry-after` (see secondary-limits.ts).
   */
  secondaryLimits?: SecondaryLimitOptions;
}

export type { RepoHandle };

export const ACTIONS_TOKEN = "ghs_actions";

export async function startEmulator(options: EmulatorOptions = {}) {
  const world = new World();
  const state: ServerState = {
    world,
    validator: await getValidator(),
    routes: {
      ...issueRoutes,
      ...commentRoutes,
      ...repoRoutes,
      ...pullRoutes,
      ...appRoutes,
      ...searchRoutes,
      ...deploymentRoutes,
      ...subIssueRoutes,
      ...deploymentGateRoutes,
      ...orgRoutes,
    },
    faults: new Faults(),
    requests: [],
    violations: [],
    responseViolations: [],
    validateResponses: options.validateResponses ?? false,
    latencyMs: 0,
    closing: new AbortController(),
    limits: options.secondaryLimits ? new SecondaryLimits(options.secondaryLimits) : null,
  };
  const server = await listen(state);
  const main = world.addRepo(options.owner ?? "acme", options.repo ?? "web", {
    ...(options.defaultBranch ? { defaultBranch: options.defaultBranch } : {}),
    ...(options.private !== undefined ? { private: options.private } : {}),
  });
  world.subIssues = options.subIssues ?? true;
  world.tokens.set(ACTIONS_TOKEN, ACTIONS_LOGIN);
  for (const [token, login] of Object.entries(options.tokens ?? {})) world.tokens.set(token, login);
  for (const [path, content] of Object.entries(options.files ?? {}))
    writeFile(main, main.defaultBranch, path, content);
  for (const label of options.labels ?? []) createRepoLabel(world, main, label);
  const handle = repoHandle(world, main);

  return {
    ...handle,
    /** API base URL, e.g. `http://127.0.0.1:34567` (use as Octokit `baseUrl` / `GITHUB_API_URL`). */
    url: world.baseUrl,
    appId: APP.id,
    appSlug: APP.slug,
    botLogin: BOT_LOGIN,
    installationId: world.installationId,
    actionsToken: ACTIONS_TOKEN,
    requests: state.requests as readonly RecordedRequest[],
    /** Requests that are not GitHub operations or whose parameters/body break GitHub's schema. */
    violations: state.violations as readonly Violation[],
    /** With `validateResponses`: emulator answers that break GitHub's documented schema. */
    responseViolations: state.responseViolations as readonly Violation[],
    /** A position in `requests`, for `requestsSince`. */
    mark: () => state.requests.length,
    requestsSince: (mark: number) => state.requests.slice(mark),
    /**
     * Requests that cost rate limit: all but the 304s answering a conditional request (GitHub does not
     * count those), since `mark` when given.
     */
    rateLimited: (mark = 0) => state.requests.slice(mark).filter((r) => r.status !== 304).length,
    /**
     * Writes, content created (and the most in a rolling minute), points and refusals under the
     * secondary limits, since `mark`, for requests acting as `actor` when given (e.g. `emu.botLogin`).
     */
    limitStats: (mark = 0, actor?: string) => limitStats(state.requests.slice(mark), actor),
    /** Latency added to every request from now on (default 0), to behave like a real network. */
    setLatency: (ms: number) => {
      state.latencyMs = Math.max(0, ms);
    },
    fault: (spec: FaultSpec) => state.faults.add(spec),
    clearFaults: () => state.faults.clear(),
    /** Another repository (e.g. the owner's `.github` repo for shared config). */
    addRepo: (owner: string, name: string, opts: { defaultBranch?: string; private?: boolean } = {}) =>
      repoHandle(world, world.addRepo(owner, name, opts)),
    repo: (fullName: string) => {
      const [owner = "", name = ""] = fullName.split("/");
      const repo = world.repo(owner, name);
      if (!repo) throw new Error(`no repo ${fullName}`);
      return repoHandle(world, repo);
    },
    /**
     * Makes `login` (e.g. the main repository's owner) an organisation with these issue types;
     * `dropsIssueTypes` mimics a writer without the permission: a type set through the API is dropped silently.
     */
    addOrg: (login: string, options: { issueTypes?: string[]; dropsIssueTypes?: boolean } = {}) =>
      addOrg(world, login, options),
    /** Makes `token` authenticate as `login` (e.g. a person's PAT). */
    registerToken: (login: string, token = `ghp_${randomBytes(12).toString("hex")}`) => {
      world.tokens.set(token, login);
      return token;
    },
    /** An installation token, as `POST /app/installations/{id}/access_tokens` would issue. */
    installationToken: () => {
      const token = `ghs_${randomBytes(18).toString("base64url")}`;
      world.tokens.set(token, BOT_LOGIN);
      return token;
    },
    /**
     * The `installation` delivery GitHub sends when the App is installed on (or removed from) the
     * installation's account; lists every repository. State is unchanged (tokens keep working).
     */
    installationEvent: <A extends "created" | "deleted">(action: A) =>
      buildInstallationWebhook(world, "installation", action, {
        repositories: installationRepos(world).map((r) => installationRepoShape(world, r)),
      }),
    /** `installation_repositories.added`/`removed` for repositories made with `addRepo` (or the main one). */
    installationRepositoriesEvent: <A extends "added" | "removed">(
      action: A,
      repos: Array<Pick<RepoHandle, "owner" | "name">>,
    ) => {
      const shapes = repos.map((h) => {
        const repo = world.repo(h.owner, h.name);
        if (!repo) throw new Error(`no repo ${h.owner}/${h.name}`);
        return installationRepoShape(world, repo);
      });
      return buildInstallationWebhook(world, "installation_repositories", action, {
        repository_selection: "selected",
        repositories_added: action === "added" ? shapes : [],
        repositories_removed: action === "removed" ? shapes : [],
      });
    },
    /** The reviews posted for a run waiting on a deployment protection rule (by run id or callback URL). */
    deploymentReviews: (run: number | string) => {
      const id = typeof run === "number" ? run : Number(/\/runs\/(\d+)\//.exec(run)?.[1]);
      return [...(world.deploymentRuns.get(id)?.reviews ?? [])];
    },
    reactions: (commentId: number) =>
      (world.comments.get(commentId)?.reactions ?? []).map((r) => reactionShape(world, r)),
    now: () => world.now(),
    /** Moves the emulator's clock (timestamps of later events) forward. */
    advance: (ms: number) => world.advance(ms),
    setTime: (iso: string) => world.setTime(iso),
    /** Stops the server at once: held (hung or delayed) requests are dropped, not waited for. */
    close: () =>
      new Promise<void>((resolve, reject) => {
        state.closing.abort();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;
