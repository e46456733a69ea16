import { association, type Issue, nodeId, type Repo, type World } from "./model.js";
import { type FileChange, pullStats } from "./pull-ops.js";
import { type Json, repoApi, repoHtml, repositoryShape, userShape } from "./shapes-core.js";
import { issueLabels } from "./shapes-issue.js";

/** GitHub's JSON shapes for pull requests and their files. */

function branchRef(world: World, repo: Repo, branch: string, sha?: string | null): Json {
  return {
    label: `${repo.owner}:${branch}`,
    ref: branch,
    sha: sha ?? repo.branches.get(branch) ?? "0".repeat(40),
    user: userShape(world, repo.owner),
    repo: repositoryShape(world, repo),
  };
}

/** A pull request as the pulls API returns it (`full` adds the fields only single-PR responses have). */
export function pullShape(world: World, repo: Repo, issue: Issue, full = false): Json {
  const pull = issue.pull!;
  const api = `${repoApi(world, repo)}/pulls/${issue.number}`;
  const issueApi = `${repoApi(world, repo)}/issues/${issue.number}`;
  const html = `${repoHtml(repo)}/pull/${issue.number}`;
  const headSha = pull.mergedHead ?? repo.branches.get(pull.head) ?? "";
  const assignees = issue.assignees.map((login) => userShape(world, login));
  const shape: Json = {
    url: api,
    id: issue.id + 1e8,
    node_id: nodeId("PR", issue.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: userShape(world, issue.user),
    body: issue.body,
    labels: issueLabels(world, repo, issue),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: pull.requestedReviewers.map((login) => userShape(world, login)),
    requested_teams: [],
    draft: pull.draft,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(world, repo)}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: `${repoApi(world, repo)}/statuses/${headSha}`,
    head: branchRef(world, repo, pull.head, pull.mergedHead),
    base: branchRef(world, repo, pull.base),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(world, repo)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(world, repo)}/statuses/${headSha}` },
    },
    author_association: association(repo, issue.user),
    auto_merge: null,
  };
  if (!full) return shape;
  return {
    ...shape,
    merged: pull.merged,
    // GitHub stops computing mergeability once a pull request is merged or closed.
    mergeable: issue.state === "open" ? true : null,
    rebaseable: issue.state === "open" ? true : null,
    mergeable_state: issue.state === "open" ? "clean" : "unknown",
    merged_by: pull.mergedBy ? userShape(world, pull.mergedBy) : null,
    comments: issue.comments.length,
    review_comments: 0,
    maintainer_can_modify: false,
    ...pullStats(repo, issue),
  };
}

/** One entry of `GET /pulls/{n}/files`. */
export function pullFileShape(world: World, repo: Repo, issue: Issue, file: FileChange): Json {
  const ref = file.status === "removed" ? issue.pull!.base : issue.pull!.head;
  const path = file.filename.split("/").map(encodeURIComponent).join("/");
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${repoHtml(repo)}/blob/${ref}/${path}`,
    raw_url: `${repoHtml(repo)}/raw/${ref}/${path}`,
    contents_url: `${repoApi(world, repo)}/contents/${path}?ref=${encodeURIComponent(ref)}`,
  };
}
