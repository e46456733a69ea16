import { type Ctx, type Handler, intParam, obj, ok, paged, repoOf, writer } from "./context.js";
import { getIssue } from "./issue-ops.js";
import { HttpError, type Issue, type Repo } from "./model.js";
import { issueShape } from "./shapes-issue.js";

/**
 * Sub-issues: an issue's children, added by the child's id (any repository of the same owner). Off
 * (`subIssues: false`) every route answers 404, as GitHub Enterprise Server before sub-issues does.
 */

function parentOf(ctx: Ctx): { repo: Repo; parent: Issue } {
  if (!ctx.world.subIssues) throw new HttpError(404, "Not Found");
  const repo = repoOf(ctx);
  return { repo, parent: getIssue(repo, intParam(ctx, "issue_number")) };
}

function findById(ctx: Ctx, owner: string, id: number): { repo: Repo; issue: Issue } | undefined {
  for (const repo of ctx.world.repos.values()) {
    if (repo.owner.toLowerCase() !== owner.toLowerCase()) continue;
    for (const issue of repo.issues.values()) if (issue.id === id && !issue.pull) return { repo, issue };
  }
  return undefined;
}

export const subIssueRoutes: Record<string, Handler> = {
  "issues/list-sub-issues": (ctx) => {
    const { repo, parent } = parentOf(ctx);
    const children = (parent.subIssues ?? []).flatMap((id) => {
      const found = findById(ctx, repo.owner, id);
      return found ? [found] : [];
    });
    return paged(ctx, children, (c) => issueShape(ctx.world, c.repo, c.issue));
  },

  "issues/add-sub-issue": (ctx) => {
    const { repo, parent } = parentOf(ctx);
    writer(ctx);
    const body = obj(ctx.body);
    const id = Number(body.sub_issue_id);
    const child = findById(ctx, repo.owner, id);
    if (child === undefined) throw new HttpError(404, "Not Found");
    if (child.issue === parent) throw new HttpError(422, "An issue cannot be its own sub-issue");
    const current = [...ctx.world.repos.values()]
      .flatMap((r) => [...r.issues.values()])
      .find((i) => i.subIssues?.includes(id));
    if (current === parent) throw new HttpError(422, "Sub-issue already exists on this issue");
    if (current !== undefined) {
      if (body.replace_parent !== true)
        throw new HttpError(422, "Issue may not contain duplicate sub-issues");
      current.subIssues = (current.subIssues ?? []).filter((s) => s !== id);
    }
    parent.subIssues = [...(parent.subIssues ?? []), id];
    return ok(issueShape(ctx.world, repo, parent), 201);
  },
};
