import { type Ctx, type Handler, intParam, names, obj, ok, paged, repoOf, str, writer } from "./context.js";
import { createPull, listPulls, requestReviewers } from "./git-ops.js";
import { getIssue } from "./issue-ops.js";
import type { Issue } from "./model.js";
import { pullFiles, pullOf } from "./pull-ops.js";
import { pullFileShape, pullShape } from "./shapes-pull.js";

/** Pull requests. */

function pullIssue(ctx: Ctx): Issue {
  const issue = getIssue(repoOf(ctx), intParam(ctx, "pull_number"));
  pullOf(issue);
  return issue;
}

/**
 * GitHub's `sort` (`created`, the default, `updated`, `popularity`, `long-running`) and `direction`
 * (default `desc` for `created` or no sort, else `asc`). Popularity is emulated as comment count and
 * long-running as age; ties break on number.
 */
function sortPulls(pulls: Issue[], sort = "created", direction?: string): Issue[] {
  const key: Record<string, (i: Issue) => string | number> = {
    created: (i) => i.createdAt,
    updated: (i) => i.updatedAt,
    popularity: (i) => i.comments.length,
    "long-running": (i) => -Date.parse(i.createdAt),
  };
  const of = key[sort] ?? key.created!;
  const sign = (direction ?? (sort === "created" ? "desc" : "asc")) === "desc" ? -1 : 1;
  return [...pulls].sort((a, b) => {
    const ka = of(a);
    const kb = of(b);
    return sign * (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number);
  });
}

export const pullRoutes: Record<string, Handler> = {
  "pulls/list": (ctx) => {
    const repo = repoOf(ctx);
    const { state, head, base, sort, direction } = ctx.query;
    const pulls = sortPulls(listPulls(repo, { state, head, base }), sort, direction);
    return paged(ctx, pulls, (i) => pullShape(ctx.world, repo, i));
  },

  "pulls/create": (ctx) => {
    const repo = repoOf(ctx);
    const body = obj(ctx.body);
    const pull = createPull(ctx.world, repo, writer(ctx), {
      title: str(body.title) ?? "",
      head: str(body.head) ?? "",
      base: str(body.base) ?? "",
      body: str(body.body),
      draft: body.draft === true,
    });
    return ok(pullShape(ctx.world, repo, pull, true), 201);
  },

  "pulls/request-reviewers": (ctx) => {
    const repo = repoOf(ctx);
    writer(ctx);
    const issue = getIssue(repo, intParam(ctx, "pull_number"));
    requestReviewers(ctx.world, repo, issue, names(obj(ctx.body).reviewers));
    return ok(pullShape(ctx.world, repo, issue), 201);
  },

  "pulls/get": (ctx) => ok(pullShape(ctx.world, repoOf(ctx), pullIssue(ctx), true)),

  "pulls/list-files": (ctx) => {
    const repo = repoOf(ctx);
    const issue = pullIssue(ctx);
    return paged(ctx, pullFiles(repo, issue), (f) => pullFileShape(ctx.world, repo, issue, f));
  },
};
