import type { OctokitLike } from "./octokit-like.js";
import type { RevertPort } from "./ports.js";
import type { Json, Requester } from "./requester.js";

/** GitHub's GraphQL mutation behind the "Revert" button of a merged pull request. */
const REVERT = `mutation ($input: RevertPullRequestInput!) {
  revertPullRequest(input: $input) { revertPullRequest { number url } }
}`;

/**
 * Reverting a merged pull request the way GitHub's button does: one read of the pull request (its
 * node id, whether it is merged, its head branch), one look for a pull request from GitHub's revert
 * branch (`revert-<n>-<head>`: a revert opened before, e.g. by a run that failed before it could say
 * so, is found rather than opened twice), then the `revertPullRequest` mutation.
 */
export function revertPorts(octokit: OctokitLike, r: Requester): RevertPort {
  return {
    async revertPull(pull, input) {
      const pr: Json = await r.req("GET /repos/{owner}/{repo}/pulls/{pull_number}", { pull_number: pull });
      if (!pr.merged_at) throw new Error(`#${pull} is not a merged pull request`);
      const branch = `revert-${pull}-${pr.head?.ref ?? ""}`;
      const found: Json[] = await r.req("GET /repos/{owner}/{repo}/pulls", {
        head: `${r.base.owner}:${branch}`,
        state: "all",
        per_page: 1,
      });
      const existing = found[0];
      if (existing) return { number: existing.number, url: existing.html_url };
      const { data } = await octokit.request("POST /graphql", {
        query: REVERT,
        variables: {
          input: { pullRequestId: pr.node_id, title: `Revert "${pr.title}"`, body: input.body, draft: false },
        },
      });
      const errors = (data as Json)?.errors;
      if (Array.isArray(errors) && errors.length > 0)
        throw new Error(errors.map((e: Json) => String(e?.message)).join("; "));
      const made = (data as Json)?.data?.revertPullRequest?.revertPullRequest;
      if (!made) throw new Error("GitHub did not return the revert pull request");
      return { number: made.number, url: made.url };
    },
  };
}
