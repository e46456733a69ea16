import type { OctokitLike } from "./octokit-like.js";

/** The answer of a custom deployment protection rule for one environment of a waiting run. */
export interface DeploymentReview {
  environment: string;
  state: "approved" | "rejected";
  comment: string;
}

/** Answers a workflow run waiting on the App's deployment protection rule. */
export type DeploymentReviewer = (runId: number, review: DeploymentReview) => Promise<void>;

/**
 * `POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule` (the payload's
 * `deployment_callback_url`) with the installation's token: GitHub lets only the App the rule
 * belongs to answer.
 */
export function deploymentReviewer(
  octokit: Pick<OctokitLike, "request">,
  repo: { owner: string; repo: string },
): DeploymentReviewer {
  return async (runId, review) => {
    await octokit.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule", {
      ...repo,
      run_id: runId,
      environment_name: review.environment,
      state: review.state,
      comment: review.comment,
    });
  };
}
