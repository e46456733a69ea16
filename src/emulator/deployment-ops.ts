import { HttpError, type Issue, nodeId, type Repo, type World } from "./model.js";
import { type Json, repoApi, userShape } from "./shapes-core.js";
import { pullShape } from "./shapes-pull.js";

/** Workflow runs waiting on the App's custom deployment protection rule, and the reviews it posts. */

export interface DeploymentRequest {
  /** The environment the job deploys to (one of those with the App as protection rule). */
  environment: string;
  /** Branch deployed (default: the default branch); the deployment's sha is its head. */
  ref?: string;
  /** Pull requests of the run (GitHub lists them for `pull_request` runs). */
  pulls?: Issue[];
  /** Who triggered the run. */
  creator: string;
  /** The run's event (`push`, `pull_request`, `workflow_dispatch`, …). */
  event?: string;
}

/**
 * A new run waiting on `environment`: it is stored (so its callback can be answered) and the fields
 * of the `deployment_protection_rule.requested` delivery GitHub sends for it are returned.
 */
export function requestDeployment(world: World, repo: Repo, request: DeploymentRequest): Json {
  const ref = request.ref ?? repo.defaultBranch;
  const sha = repo.branches.get(ref);
  if (sha === undefined) throw new Error(`no branch ${ref}`);
  const runId = world.nextId("run");
  const deploymentId = world.nextId("deployment");
  world.deploymentRuns.set(runId, {
    id: runId,
    repo,
    environment: request.environment,
    deploymentId,
    reviews: [],
  });
  const api = repoApi(world, repo);
  const now = world.now();
  return {
    environment: request.environment,
    event: request.event ?? "push",
    deployment_callback_url: `${api}/actions/runs/${runId}/deployment_protection_rule`,
    deployment: {
      url: `${api}/deployments/${deploymentId}`,
      id: deploymentId,
      node_id: nodeId("DE", deploymentId),
      sha,
      ref,
      task: "deploy",
      payload: {},
      original_environment: request.environment,
      environment: request.environment,
      description: null,
      creator: userShape(world, request.creator),
      created_at: now,
      updated_at: now,
      statuses_url: `${api}/deployments/${deploymentId}/statuses`,
      repository_url: api,
      transient_environment: false,
      production_environment: request.environment === "production",
    },
    pull_requests: (request.pulls ?? []).map((pull) => pullShape(world, repo, pull, true)),
  };
}

/**
 * `POST …/actions/runs/{run_id}/deployment_protection_rule`: the review is recorded on the run. Only
 * a run waiting on that environment can be reviewed; every review is kept (the first one decides).
 */
export function reviewDeployment(
  world: World,
  repo: Repo,
  runId: number,
  by: string,
  review: { environment: string; state: "approved" | "rejected"; comment: string },
): void {
  const run = world.deploymentRuns.get(runId);
  if (run === undefined || run.repo !== repo) throw new HttpError(404, "Not Found");
  if (run.environment !== review.environment)
    throw new HttpError(422, `No pending deployment protection rule for environment ${review.environment}`);
  run.reviews.push({ ...review, by, at: world.now() });
}
