import {
  association,
  type Comment,
  type Issue,
  nodeId,
  type Repo,
  type TimelineEntry,
  type World,
} from "./model.js";
import { issueTypeOf, issueTypeShape } from "./org-ops.js";
import { appShape } from "./shapes-app.js";
import {
  type Json,
  labelShape,
  reactionRollup,
  repoApi,
  repoHtml,
  repositoryShape,
  userShape,
} from "./shapes-core.js";

/** GitHub's JSON shapes for issues, comments, timeline events and pull requests. */

export function issueLabels(world: World, repo: Repo, issue: Issue): Json[] {
  return issue.labels.flatMap((name) => {
    const label = repo.labels.get(name.toLowerCase());
    return label ? [labelShape(world, repo, label)] : [];
  });
}

/** GitHub's progress of an issue's sub-issues: closed ones count as completed. */
function subIssuesSummary(repo: Repo, issue: Issue): Json {
  const ids = new Set(issue.subIssues ?? []);
  const subs = [...repo.issues.values()].filter((i) => ids.has(i.id));
  const completed = subs.filter((i) => i.state === "closed").length;
  const total = ids.size;
  return { total, completed, percent_completed: total === 0 ? 0 : Math.floor((completed * 100) / total) };
}

export function issueShape(world: World, repo: Repo, issue: Issue): Json {
  const api = `${repoApi(world, repo)}/issues/${issue.number}`;
  const html = `${repoHtml(repo)}/${issue.pull ? "pull" : "issues"}/${issue.number}`;
  const assignees = issue.assignees.map((login) => userShape(world, login));
  const typed = issueTypeOf(world, repo, issue);
  const shape: Json = {
    url: api,
    repository_url: repoApi(world, repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: html,
    id: issue.id,
    node_id: nodeId(issue.pull ? "PR" : "I", issue.id),
    number: issue.number,
    title: issue.title,
    user: userShape(world, issue.user),
    labels: issueLabels(world, repo, issue),
    state: issue.state,
    locked: false,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: issue.comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: association(repo, issue.user),
    type: typed === null ? null : issueTypeShape(typed),
    active_lock_reason: null,
    body: issue.body,
    closed_by: issue.closedBy ? userShape(world, issue.closedBy) : null,
    reactions: reactionRollup(`${api}/reactions`, issue.reactions),
    timeline_url: `${api}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason,
  };
  if (world.subIssues && !issue.pull) shape.sub_issues_summary = subIssuesSummary(repo, issue);
  if (issue.pull) {
    const pullApi = `${repoApi(world, repo)}/pulls/${issue.number}`;
    shape.draft = issue.pull.draft;
    shape.pull_request = {
      url: pullApi,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: issue.pull.mergedAt,
    };
  }
  return shape;
}

export function commentShape(world: World, comment: Comment): Json {
  const { repo } = comment;
  const url = `${repoApi(world, repo)}/issues/comments/${comment.id}`;
  const issue = repo.issues.get(comment.issueNumber);
  const kind = issue?.pull ? "pull" : "issues";
  return {
    url,
    html_url: `${repoHtml(repo)}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(world, repo)}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: nodeId("IC", comment.id),
    user: userShape(world, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: association(repo, comment.user),
    body: comment.body,
    reactions: reactionRollup(`${url}/reactions`, comment.reactions),
    performed_via_github_app: appShape(world, comment.user),
  };
}

const EVENT_NODE_PREFIX: Record<string, string> = {
  labeled: "LE",
  unlabeled: "UNLE",
  assigned: "AE",
  unassigned: "UAE",
  closed: "CE",
  reopened: "REE",
  renamed: "RTE",
  referenced: "REFE",
  merged: "ME",
};

/** One timeline entry as `GET /repos/{owner}/{repo}/issues/{n}/timeline` returns it; null if gone. */
export function timelineShape(world: World, repo: Repo, entry: TimelineEntry): Json | null {
  if (entry.kind === "comment") {
    const comment = world.comments.get(entry.commentId);
    if (!comment) return null;
    return { ...commentShape(world, comment), event: "commented", actor: userShape(world, comment.user) };
  }
  if (entry.kind === "cross-referenced") {
    const source = entry.source.repo.issues.get(entry.source.number);
    if (!source) return null;
    return {
      actor: userShape(world, entry.actor),
      created_at: entry.createdAt,
      updated_at: entry.createdAt,
      source: {
        type: "issue",
        issue: {
          ...issueShape(world, entry.source.repo, source),
          repository: repositoryShape(world, entry.source.repo),
        },
      },
      event: "cross-referenced",
    };
  }
  return {
    id: entry.id,
    node_id: nodeId(EVENT_NODE_PREFIX[entry.event] ?? "E", entry.id),
    url: `${repoApi(world, repo)}/issues/events/${entry.id}`,
    actor: userShape(world, entry.actor),
    event: entry.event,
    commit_id: null,
    commit_url: null,
    created_at: entry.createdAt,
    performed_via_github_app: appShape(world, entry.actor),
    ...entry.extra,
    ...Object.fromEntries(Object.entries(entry.users).map(([key, login]) => [key, userShape(world, login)])),
  };
}

/** The issue's whole timeline, oldest first, as the timeline API returns it. */
export function timelineOf(world: World, repo: Repo, number: number): Json[] {
  const issue = repo.issues.get(number);
  if (!issue) throw new Error(`no issue #${number} in ${repo.owner}/${repo.name}`);
  return issue.timeline.flatMap((entry): Json[] => {
    const shape = timelineShape(world, repo, entry);
    return shape ? [shape] : [];
  });
}
