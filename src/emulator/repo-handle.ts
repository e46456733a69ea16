import { addCommitReference } from "./comment-ops.js";
import { requestDeployment } from "./deployment-ops.js";
import { readFile, treeAt, writeFile } from "./git-ops.js";
import { human } from "./human.js";
import { getIssue } from "./issue-ops.js";
import { createRepoLabel } from "./label-ops.js";
import type { AuthorAssociation, Permission, Repo, World } from "./model.js";
import { createDeployment, deploymentShape } from "./routes-deployments.js";
import { commentShape, issueLabels, issueShape, timelineOf } from "./shapes-issue.js";
import { pullShape } from "./shapes-pull.js";
import { buildDeploymentProtectionWebhook } from "./webhooks.js";

/** Accessors for one repository's state, in the shapes GitHub's REST API returns. */
export function repoHandle(world: World, repo: Repo) {
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
