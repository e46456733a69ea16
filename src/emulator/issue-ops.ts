import { addLabels, setLabels } from "./label-ops.js";
import {
  HttpError,
  type Issue,
  type PullInfo,
  type Repo,
  recordEvent,
  type StateReason,
  type World,
} from "./model.js";
import { applyIssueType } from "./org-ops.js";

/**
 * Issue mutations with GitHub's semantics. Every change appends the timeline events GitHub would and
 * returns what changed, so HTTP routes and the test-side "human" helpers share one implementation.
 */

export function getIssue(repo: Repo, number: number): Issue {
  const issue = repo.issues.get(number);
  if (!issue) throw new HttpError(404, "Not Found");
  return issue;
}

export function addAssignees(world: World, issue: Issue, actor: string, logins: string[]): string[] {
  const added: string[] = [];
  for (const login of logins) {
    if (issue.assignees.some((a) => a.toLowerCase() === login.toLowerCase())) continue;
    if (issue.assignees.length >= 10) break;
    const user = world.user(login);
    issue.assignees.push(user.login);
    recordEvent(world, issue, "assigned", actor, {}, { assignee: user.login, assigner: actor });
    added.push(user.login);
  }
  return added;
}

export function removeAssignees(world: World, issue: Issue, actor: string, logins: string[]): string[] {
  const removed: string[] = [];
  for (const login of logins) {
    const index = issue.assignees.findIndex((a) => a.toLowerCase() === login.toLowerCase());
    if (index < 0) continue;
    const [gone] = issue.assignees.splice(index, 1);
    recordEvent(world, issue, "unassigned", actor, {}, { assignee: gone!, assigner: actor });
    removed.push(gone!);
  }
  return removed;
}

export function setAssignees(world: World, issue: Issue, actor: string, logins: string[]) {
  const wanted = new Set(logins.map((l) => l.toLowerCase()));
  const removed = removeAssignees(
    world,
    issue,
    actor,
    issue.assignees.filter((a) => !wanted.has(a.toLowerCase())),
  );
  const added = addAssignees(world, issue, actor, logins);
  return { added, removed };
}

export function closeIssue(
  world: World,
  issue: Issue,
  actor: string,
  reason: StateReason = "completed",
): boolean {
  if (issue.state === "closed") {
    issue.stateReason = reason;
    return false;
  }
  issue.state = "closed";
  issue.stateReason = reason;
  issue.closedAt = world.now();
  issue.closedBy = actor;
  recordEvent(world, issue, "closed", actor, { state_reason: reason });
  return true;
}

export function reopenIssue(world: World, issue: Issue, actor: string): boolean {
  if (issue.state === "open") return false;
  issue.state = "open";
  issue.stateReason = "reopened";
  issue.closedAt = null;
  recordEvent(world, issue, "reopened", actor, { state_reason: null });
  return true;
}

export function renameIssue(world: World, issue: Issue, actor: string, title: string): string | null {
  if (title === issue.title) return null;
  const from = issue.title;
  issue.title = title;
  recordEvent(world, issue, "renamed", actor, { rename: { from, to: title } });
  return from;
}

export interface NewIssue {
  title: string;
  body?: string | null | undefined;
  labels?: string[] | undefined;
  assignees?: string[] | undefined;
  pull?: PullInfo | undefined;
  /** An issue type's name (see `applyIssueType`). */
  type?: string | null | undefined;
}

export function createIssue(world: World, repo: Repo, actor: string, input: NewIssue) {
  if (!input.title.trim()) {
    throw new HttpError(422, "Validation Failed", {
      errors: [{ resource: "Issue", code: "missing_field", field: "title" }],
    });
  }
  const now = world.now();
  const issue: Issue = {
    id: world.nextId("issue"),
    number: repo.nextNumber++,
    title: input.title,
    body: input.body ?? null,
    state: "open",
    stateReason: null,
    user: world.user(actor).login,
    labels: [],
    assignees: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    timeline: [],
    comments: [],
    reactions: [],
    ...(input.pull ? { pull: input.pull } : {}),
  };
  if (input.type != null) applyIssueType(world, repo, issue, input.type, actor);
  repo.issues.set(issue.number, issue);
  const labels = addLabels(world, repo, issue, actor, input.labels ?? []);
  const assignees = addAssignees(world, issue, actor, input.assignees ?? []);
  return { issue, labels, assignees };
}

/** `PATCH /issues/{n}` semantics: every provided field is applied, with the matching events. */
export function updateIssue(
  world: World,
  repo: Repo,
  issue: Issue,
  actor: string,
  patch: {
    title?: string | undefined;
    body?: string | null | undefined;
    state?: "open" | "closed" | undefined;
    state_reason?: StateReason | null | undefined;
    labels?: string[] | undefined;
    assignees?: string[] | undefined;
    type?: string | null | undefined;
  },
) {
  const typed = patch.type !== undefined && applyIssueType(world, repo, issue, patch.type, actor);
  const changes: { title?: { from: string }; body?: { from: string | null } } = {};
  if (patch.title !== undefined) {
    const from = renameIssue(world, issue, actor, patch.title);
    if (from !== null) changes.title = { from };
  }
  if (patch.body !== undefined && patch.body !== issue.body) {
    changes.body = { from: issue.body };
    issue.body = patch.body;
    issue.updatedAt = world.now();
  }
  const labels = patch.labels
    ? setLabels(world, repo, issue, actor, patch.labels)
    : { added: [], removed: [] };
  const assignees = patch.assignees
    ? setAssignees(world, issue, actor, patch.assignees)
    : { added: [], removed: [] };
  let closed = false;
  let reopened = false;
  if (patch.state === "closed") {
    const reason = patch.state_reason && patch.state_reason !== "reopened" ? patch.state_reason : "completed";
    closed = closeIssue(world, issue, actor, reason);
  } else if (patch.state === "open") {
    reopened = reopenIssue(world, issue, actor);
  }
  return { changes, labels, assignees, closed, reopened, typed };
}
