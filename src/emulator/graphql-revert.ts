import { createPull, writeFile } from "./git-ops.js";
import { nodeId, permissionOf, type World } from "./model.js";
import { pullFiles } from "./pull-ops.js";
import { repoHtml } from "./shapes-core.js";

/**
 * GitHub's `revertPullRequest` mutation (input `RevertPullRequestInput`: `pullRequestId` (ID!),
 * `title`, `body`, `draft`, `clientMutationId`), the way the "Revert" button works: a branch
 * `revert-<n>-<head>` from the base branch's tip with one commit undoing the pull request's changes,
 * and a pull request from it into the base. Answers `{ revertPullRequest { number url } }` (and
 * `pullRequest` with the same fields for the pull request reverted).
 */

const INPUT_FIELDS = new Set(["pullRequestId", "title", "body", "draft", "clientMutationId"]);

export type GraphqlBody = { data: unknown; errors?: Array<{ type?: string; message: string }> };

const error = (type: string, message: string): GraphqlBody => ({ data: null, errors: [{ type, message }] });

/** Whether the query is this mutation: `mutation … { revertPullRequest(input: $input) { … } }`. */
export function isRevertMutation(query: string): boolean {
  const text = query.trimStart();
  return text.startsWith("mutation") && text.includes("revertPullRequest(input: $input)");
}

export function revertPullRequest(world: World, actor: string, variables: unknown): GraphqlBody {
  const input =
    variables && typeof variables === "object" ? (variables as { input?: unknown }).input : undefined;
  if (!input || typeof input !== "object")
    return error("INVALID", "Variable $input of type RevertPullRequestInput! was provided invalid value");
  const fields = input as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((k) => !INPUT_FIELDS.has(k));
  if (unknown.length > 0 || typeof fields.pullRequestId !== "string")
    return error(
      "INVALID",
      `Variable $input of type RevertPullRequestInput! was provided invalid value for ${unknown.join(", ") || "pullRequestId"}`,
    );
  for (const key of ["title", "body"] as const)
    if (fields[key] !== undefined && typeof fields[key] !== "string")
      return error(
        "INVALID",
        `Variable $input of type RevertPullRequestInput! was provided invalid value for ${key}`,
      );
  if (fields.draft !== undefined && typeof fields.draft !== "boolean")
    return error(
      "INVALID",
      "Variable $input of type RevertPullRequestInput! was provided invalid value for draft",
    );

  for (const repo of world.repos.values()) {
    for (const issue of repo.issues.values()) {
      if (!issue.pull || nodeId("PR", issue.id) !== fields.pullRequestId) continue;
      const perm = permissionOf(repo, actor);
      if (!actor.endsWith("[bot]") && perm !== "write" && perm !== "maintain" && perm !== "admin")
        return error(
          "FORBIDDEN",
          `${actor} does not have permission to revert pull requests in ${repo.owner}/${repo.name}`,
        );
      if (!issue.pull.merged || !issue.pull.mergedBase)
        return error("UNPROCESSABLE", "Pull request must be merged to be reverted");
      const branch = `revert-${issue.number}-${issue.pull.head}`;
      if (repo.branches.has(branch))
        return error("UNPROCESSABLE", `A branch named '${branch}' already exists`);
      const baseTip = repo.branches.get(issue.pull.base);
      if (!baseTip) return error("UNPROCESSABLE", `The base branch ${issue.pull.base} no longer exists`);
      const before = repo.commits.get(issue.pull.mergedBase) ?? new Map<string, string>();
      const changed = pullFiles(repo, issue);
      repo.branches.set(branch, baseTip);
      for (const file of changed) {
        const old = before.get(file.filename);
        writeFile(repo, branch, file.filename, old ?? null, `Revert "${issue.title}"`);
      }
      const revert = createPull(world, repo, actor, {
        title: typeof fields.title === "string" ? fields.title : `Revert "${issue.title}"`,
        head: branch,
        base: issue.pull.base,
        body:
          typeof fields.body === "string"
            ? fields.body
            : `Reverts ${repo.owner}/${repo.name}#${issue.number}`,
        draft: fields.draft === true,
      });
      const shape = (n: number) => ({ number: n, url: `${repoHtml(repo)}/pull/${n}` });
      return {
        data: {
          revertPullRequest: {
            clientMutationId: typeof fields.clientMutationId === "string" ? fields.clientMutationId : null,
            pullRequest: shape(issue.number),
            revertPullRequest: shape(revert.number),
          },
        },
      };
    }
  }
  return error("NOT_FOUND", `Could not resolve to a node with the global id of '${fields.pullRequestId}'`);
}
