import { getIssue } from "./issue-ops.js";
import { type Comment, HttpError, type Issue, type Reaction, type Repo, type World } from "./model.js";

/** Comment, reaction and cross-reference mutations. */

export function getComment(world: World, repo: Repo, id: number): Comment {
  const comment = world.comments.get(id);
  if (!comment || comment.repo !== repo) throw new HttpError(404, "Not Found");
  return comment;
}

export function createComment(world: World, repo: Repo, issue: Issue, actor: string, body: string): Comment {
  if (!body.trim()) {
    throw new HttpError(422, "Validation Failed", {
      errors: [{ resource: "IssueComment", code: "missing_field", field: "body" }],
    });
  }
  const now = world.now();
  const comment: Comment = {
    id: world.nextId("comment"),
    repo,
    issueNumber: issue.number,
    body,
    user: world.user(actor).login,
    createdAt: now,
    updatedAt: now,
    reactions: [],
  };
  world.comments.set(comment.id, comment);
  issue.comments.push(comment.id);
  issue.timeline.push({ kind: "comment", commentId: comment.id });
  issue.updatedAt = now;
  return comment;
}

/**
 * Edits a comment: only the comment's `updated_at` moves. As far as we know GitHub does not bump the
 * issue's `updated_at` for a comment edit (it does for a new comment), so neither does the emulator:
 * `since=`/`sort=updated` on issues do not see edits, only `since=` on the comments list does.
 */
export function updateComment(world: World, comment: Comment, body: string): { from: string } {
  const from = comment.body;
  comment.body = body;
  comment.updatedAt = world.now();
  return { from };
}

export function deleteComment(world: World, repo: Repo, comment: Comment): void {
  world.comments.delete(comment.id);
  const issue = getIssue(repo, comment.issueNumber);
  issue.comments = issue.comments.filter((id) => id !== comment.id);
  issue.timeline = issue.timeline.filter((e) => !(e.kind === "comment" && e.commentId === comment.id));
}

/** GitHub semantics: the same user reacting with the same content again returns the existing one. */
export function addReaction(
  world: World,
  target: { reactions: Reaction[] },
  actor: string,
  content: string,
): { reaction: Reaction; created: boolean } {
  const login = world.user(actor).login;
  const existing = target.reactions.find((r) => r.user === login && r.content === content);
  if (existing) return { reaction: existing, created: false };
  const reaction = { id: world.nextId("reaction"), user: login, content, createdAt: world.now() };
  target.reactions.push(reaction);
  return { reaction, created: true };
}

/** Records that issue/PR `source` (in `sourceRepo`) mentioned `issue` — a `cross-referenced` event. */
export function addCrossReference(
  world: World,
  issue: Issue,
  actor: string,
  sourceRepo: Repo,
  sourceNumber: number,
): void {
  getIssue(sourceRepo, sourceNumber);
  issue.timeline.push({
    kind: "cross-referenced",
    actor: world.user(actor).login,
    createdAt: world.now(),
    source: { repo: sourceRepo, number: sourceNumber },
  });
}

/** A commit referencing the issue (`referenced` event), e.g. "fixes #3" pushed to a branch. */
export function addCommitReference(world: World, repo: Repo, issue: Issue, actor: string, sha: string): void {
  issue.timeline.push({
    kind: "event",
    id: world.nextId("event"),
    event: "referenced",
    actor: world.user(actor).login,
    createdAt: world.now(),
    extra: {
      commit_id: sha,
      commit_url: `${world.baseUrl}/repos/${repo.owner}/${repo.name}/commits/${sha}`,
    },
    users: {},
  });
}
