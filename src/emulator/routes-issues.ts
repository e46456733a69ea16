import { type Ctx, type Handler, intParam, names, obj, ok, paged, repoOf, str, writer } from "./context.js";
import { addAssignees, createIssue, getIssue, removeAssignees, updateIssue } from "./issue-ops.js";
import { addLabels, createRepoLabel, removeLabel, setLabels } from "./label-ops.js";
import { type Issue, permissionOf, type StateReason } from "./model.js";
import { labelShape, userShape } from "./shapes-core.js";
import { issueLabels, issueShape, timelineOf } from "./shapes-issue.js";

/** Issues, labels, assignees and the timeline. */

function issueOf(ctx: Ctx): Issue {
  return getIssue(repoOf(ctx), intParam(ctx, "issue_number"));
}

function labelsBody(body: unknown): string[] {
  return Array.isArray(body) ? names(body) : names(obj(body).labels);
}

function listIssues(ctx: Ctx) {
  const repo = repoOf(ctx);
  const {
    state = "open",
    labels,
    creator,
    assignee,
    since,
    sort = "created",
    direction = "desc",
  } = ctx.query;
  const wanted = labels ? labels.split(",").map((l) => l.trim().toLowerCase()) : [];
  const items = [...repo.issues.values()]
    .filter((i) => state === "all" || i.state === state)
    .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
    .filter((i) => !creator || i.user.toLowerCase() === creator.toLowerCase())
    .filter(
      (i) => !assignee || (assignee === "none" ? i.assignees.length === 0 : i.assignees.includes(assignee)),
    )
    .filter((i) => !since || i.updatedAt >= since)
    .sort((a, b) => {
      const key = sort === "updated" ? "updatedAt" : "createdAt";
      const cmp = a[key].localeCompare(b[key]) || a.number - b.number;
      return direction === "asc" ? cmp : -cmp;
    });
  return paged(ctx, items, (i) => issueShape(ctx.world, repo, i));
}

export const issueRoutes: Record<string, Handler> = {
  "issues/list-for-repo": listIssues,

  "issues/create": (ctx) => {
    const repo = repoOf(ctx);
    const body = obj(ctx.body);
    const assignees = [
      ...names(body.assignees),
      ...(typeof body.assignee === "string" ? [body.assignee] : []),
    ];
    const { issue } = createIssue(ctx.world, repo, writer(ctx), {
      title: str(body.title) ?? "",
      body: str(body.body),
      labels: names(body.labels),
      assignees,
      type: typeof body.type === "string" ? body.type : undefined,
    });
    return ok(issueShape(ctx.world, repo, issue), 201);
  },

  "issues/get": (ctx) => ok(issueShape(ctx.world, repoOf(ctx), issueOf(ctx))),

  "issues/update": (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx);
    const body = obj(ctx.body);
    const state = body.state === "open" || body.state === "closed" ? body.state : undefined;
    updateIssue(ctx.world, repo, issue, writer(ctx), {
      title: str(body.title),
      body: body.body === null ? null : str(body.body),
      state,
      state_reason: (body.state_reason as StateReason | null | undefined) ?? undefined,
      labels: "labels" in body ? names(body.labels) : undefined,
      assignees: "assignees" in body ? names(body.assignees) : undefined,
      type: typeof body.type === "string" || body.type === null ? body.type : undefined,
    });
    return ok(issueShape(ctx.world, repo, issue));
  },

  "issues/list-events-for-timeline": (ctx) => {
    const repo = repoOf(ctx);
    return paged(ctx, timelineOf(ctx.world, repo, issueOf(ctx).number), (e) => e);
  },

  "issues/list-labels-on-issue": (ctx) => {
    const repo = repoOf(ctx);
    return paged(ctx, issueLabels(ctx.world, repo, issueOf(ctx)), (l) => l);
  },

  "issues/add-labels": (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx);
    addLabels(ctx.world, repo, issue, writer(ctx), labelsBody(ctx.body));
    return ok(issueLabels(ctx.world, repo, issue));
  },

  "issues/set-labels": (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx);
    setLabels(ctx.world, repo, issue, writer(ctx), labelsBody(ctx.body));
    return ok(issueLabels(ctx.world, repo, issue));
  },

  "issues/remove-label": (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx);
    removeLabel(ctx.world, repo, issue, writer(ctx), ctx.params.name ?? "");
    return ok(issueLabels(ctx.world, repo, issue));
  },

  "issues/list-labels-for-repo": (ctx) => {
    const repo = repoOf(ctx);
    return paged(ctx, [...repo.labels.values()], (l) => labelShape(ctx.world, repo, l));
  },

  "issues/create-label": (ctx) => {
    const repo = repoOf(ctx);
    writer(ctx);
    const body = obj(ctx.body);
    const label = createRepoLabel(ctx.world, repo, {
      name: str(body.name) ?? "",
      color: str(body.color),
      description: str(body.description),
    });
    return ok(labelShape(ctx.world, repo, label), 201);
  },

  "issues/add-assignees": (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx);
    addAssignees(ctx.world, issue, writer(ctx), names(obj(ctx.body).assignees, "login"));
    return ok(issueShape(ctx.world, repo, issue), 201);
  },

  "issues/remove-assignees": (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx);
    removeAssignees(ctx.world, issue, writer(ctx), names(obj(ctx.body).assignees));
    return ok(issueShape(ctx.world, repo, issue));
  },

  "repos/get-collaborator-permission-level": (ctx) => {
    const repo = repoOf(ctx);
    const login = ctx.params.username ?? "";
    const role = permissionOf(repo, login);
    const permission = role === "maintain" ? "write" : role === "triage" ? "read" : role;
    return ok({
      permission,
      role_name: role,
      user: { ...userShape(ctx.world, login), role_name: role, permissions: permissionFlags(role) },
    });
  },
};

function permissionFlags(role: string) {
  const order = ["none", "read", "triage", "write", "maintain", "admin"];
  const level = order.indexOf(role);
  return {
    pull: level >= 1,
    triage: level >= 2,
    push: level >= 3,
    maintain: level >= 4,
    admin: level >= 5,
  };
}
