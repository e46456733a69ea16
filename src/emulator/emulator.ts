import { randomBytes } from "node:crypto";
import { addCommitReference } from "./comment-ops.js";
import { requestDeployment } from "./deployment-ops.js";
import { type FaultSpec, Faults } from "./faults.js";
import { readFile, treeAt, writeFile } from "./git-ops.js";
import { human } from "./human.js";
import { getIssue } from "./issue-ops.js";
import { createRepoLabel } from "./label-ops.js";
import { limitStats } from "./limit-stats.js";
import {
  ACTIONS_LOGIN,
  APP,
  type AuthorAssociation,
  BOT_LOGIN,
  type Permission,
  type Repo,
  World,
} from "./model.js";
import { getValidator } from "./openapi-validator.js";
import { addOrg } from "./org-ops.js";
import { appRoutes } from "./routes-apps.js";
import { commentRoutes } from "./routes-comments.js";
import { deploymentGateRoutes } from "./routes-deployment-gate.js";
import { createDeployment, deploymentRoutes, deploymentShape } from "./routes-deployments.js";
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
import { commentShape, issueLabels, issueShape, timelineOf } from "./shapes-issue.js";
import { pullShape } from "./shapes-pull.js";
import {
  buildDeploymentProtectionWebhook,
  buildInstallationWebhook,
  installationRepoShape,
} from "./webhooks.js";

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

export const ACTIONS_TOKEN = "ghs_actions";

/** Accessors for one repository's state, in the shapes GitHub's REST API returns. */
function repoHandle(world: World, repo: Repo) {
  return {
    owner: repo.owner,
    name: repo.name,
    fullName: `${repo.owner}/${repo.name}`,
    as: (login: string) => human(world, repo, login),
    issue: (n: number) => issueShape(world, repo, getIssue(repo, n)),
    /** Label names on the issue. */
    labels: (n: number) => issueLabels(world, repo, getIssue(repo, n)).map((l) => String(l.name)),
    repoLabels: () =>
      [...repo.labels.values()].map((l) => ({ name: l.name, color: l.color, description: l.description })),
    comments: (n: number) =>
      getIssue(repo, n).comments.flatMap((id) => {
        const c = world.comments.get(id);
        return c ? [commentShape(world, c)] : [];
      }),
    timeline: (n: number) => timelineOf(world, repo, n),
    issues: () => [...repo.issues.values()].filter((i) => !i.pull).map((i) => issueShape(world, repo, i)),
    pulls: () => [...repo.issues.values()].filter((i) => i.pull).map((i) => pullShape(world, repo, i, true)),
    file: (branch: string, path: string) => (repo.branches.has(branch) ? readFile(repo, branch, path) : null),
    /** Every file on a branch, path → content (empty when there is no such branch). */
    tree: (branch: string): Record<string, string> =>
      repo.branches.has(branch) ? Object.fromEntries(treeAt(repo, branch)) : {},
    /** Commits a file to a branch (creating the branch from the default branch when new). */
    setFile: (branch: string, path: string, content: string) => writeFile(repo, branch, path, content).commit,
    /** Commits the deletion of a file on a branch (created from the default branch when new). */
    removeFile: (branch: string, path: string) => {
      if (readFile(repo, repo.branches.has(branch) ? branch : undefined, path) === null)
        throw new Error(`no ${path} on ${branch}`);
      return writeFile(repo, branch, path, null).commit;
    },
    branches: () => Object.fromEntries(repo.branches),
    createLabel: (name: string, color = "ededed", description?: string) => {
      createRepoLabel(world, repo, { name, color, description });
    },
    setAssociation: (login: string, assoc: AuthorAssociation) => {
      repo.associations.set(login.toLowerCase(), assoc);
    },
    setPermission: (login: string, permission: Permission) => {
      repo.permissions.set(login.toLowerCase(), permission);
    },
    addCommitReference: (n: number, actor: string, sha: string) =>
      addCommitReference(world, repo, getIssue(repo, n), actor, sha),
    /** Numbers of the issue's sub-issues (in this repository), in the order they were added. */
    subIssues: (n: number) =>
      (getIssue(repo, n).subIssues ?? []).flatMap((id) =>
        [...repo.issues.values()].filter((i) => i.id === id).map((i) => i.number),
      ),
    /**
     * A workflow run waiting on the App's deployment protection rule for `environment`: the
     * `deployment_protection_rule.requested` delivery GitHub sends (`pulls` are pull request numbers).
     */
    requestDeployment: (request: {
      environment: string;
      ref?: string;
      pulls?: number[];
      sender?: string;
      event?: string;
    }) => {
      const creator = request.sender ?? repo.owner;
      const fields = requestDeployment(world, repo, {
        environment: request.environment,
        creator,
        ...(request.ref === undefined ? {} : { ref: request.ref }),
        ...(request.event === undefined ? {} : { event: request.event }),
        pulls: (request.pulls ?? []).map((n) => getIssue(repo, n)),
      });
      return buildDeploymentProtectionWebhook(world, repo, creator, fields);
    },
    /** Records a deployment of `ref` (branch or sha; default the default branch) by `creator`, now. */
    deploy: (creator: string, input: { ref?: string; environment?: string; description?: string } = {}) => {
      const { id, sha, environment } = createDeployment(world, repo, creator, {
        ...input,
        ref: input.ref ?? repo.defaultBranch,
      });
      return { id, sha, environment };
    },
    deployments: () => repo.deployments.map((d) => deploymentShape(world, repo, d)),
  };
}

export type RepoHandle = ReturnType<typeof repoHandle>;

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
