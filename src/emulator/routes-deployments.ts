import { type Handler, paged, repoOf } from "./context.js";
import { type Deployment, HttpError, nodeId, type Repo, type World } from "./model.js";
import { type Json, repoApi, userShape } from "./shapes-core.js";

/** Deployments: the list GitHub's REST API serves, and how the emulator's tests make them. */

/** A deployment as `GET /repos/{owner}/{repo}/deployments` returns it. */
export function deploymentShape(world: World, repo: Repo, d: Deployment): Json {
  const url = `${repoApi(world, repo)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId("DE", d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: {},
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userShape(world, d.creator),
    created_at: d.createdAt,
    updated_at: d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(world, repo),
    performed_via_github_app: null,
  };
}

/**
 * Records a deployment of `ref` (a branch, or a commit sha) to `environment`, made by `creator` at
 * the emulator's current time. A branch deploys its head commit; an unknown ref is refused as GitHub does.
 */
export function createDeployment(
  world: World,
  repo: Repo,
  creator: string,
  input: { ref: string; environment?: string; description?: string; task?: string },
): Deployment {
  const sha = repo.branches.get(input.ref) ?? (repo.commits.has(input.ref) ? input.ref : null);
  if (sha === null) throw new HttpError(409, `No ref found for: ${input.ref}`);
  const deployment: Deployment = {
    id: world.nextId("deployment"),
    sha,
    ref: input.ref,
    task: input.task ?? "deploy",
    environment: input.environment ?? "production",
    description: input.description ?? null,
    creator: world.user(creator).login,
    createdAt: world.now(),
  };
  repo.deployments.push(deployment);
  return deployment;
}

export const deploymentRoutes: Record<string, Handler> = {
  // Newest first, like GitHub; `sha`, `ref`, `task` and `environment` filter exactly.
  "repos/list-deployments": (ctx) => {
    const repo = repoOf(ctx);
    const { sha, ref, task, environment } = ctx.query;
    const list = repo.deployments
      .filter(
        (d) =>
          (sha === undefined || d.sha === sha) &&
          (ref === undefined || d.ref === ref) &&
          (task === undefined || d.task === task) &&
          (environment === undefined || d.environment === environment),
      )
      .reverse();
    return paged(ctx, list, (d) => deploymentShape(ctx.world, repo, d));
  },
};
