import { addReaction, createComment, deleteComment, getComment, updateComment } from "./comment-ops.js";
import { type Ctx, type Handler, intParam, obj, ok, paged, repoOf, str, writer } from "./context.js";
import { getIssue } from "./issue-ops.js";
import type { Comment } from "./model.js";
import { reactionShape } from "./shapes-core.js";
import { commentShape } from "./shapes-issue.js";

/** Issue comments and reactions. */

function commentOf(ctx: Ctx): Comment {
  return getComment(ctx.world, repoOf(ctx), intParam(ctx, "comment_id"));
}

export const commentRoutes: Record<string, Handler> = {
  "issues/list-comments": (ctx) => {
    const issue = getIssue(repoOf(ctx), intParam(ctx, "issue_number"));
    const since = ctx.query.since;
    const comments = issue.comments
      .flatMap((id) => ctx.world.comments.get(id) ?? [])
      .filter((c) => !since || c.updatedAt >= since);
    return paged(ctx, comments, (c) => commentShape(ctx.world, c));
  },

  "issues/create-comment": (ctx) => {
    const repo = repoOf(ctx);
    const issue = getIssue(repo, intParam(ctx, "issue_number"));
    const comment = createComment(ctx.world, repo, issue, writer(ctx), str(obj(ctx.body).body) ?? "");
    const shape = commentShape(ctx.world, comment);
    return ok(shape, 201, { location: String(shape.url) });
  },

  "issues/get-comment": (ctx) => ok(commentShape(ctx.world, commentOf(ctx))),

  "issues/update-comment": (ctx) => {
    const comment = commentOf(ctx);
    writer(ctx);
    updateComment(ctx.world, comment, str(obj(ctx.body).body) ?? "");
    return ok(commentShape(ctx.world, comment));
  },

  "issues/delete-comment": (ctx) => {
    const comment = commentOf(ctx);
    writer(ctx);
    deleteComment(ctx.world, repoOf(ctx), comment);
    return { status: 204 };
  },

  "reactions/create-for-issue-comment": (ctx) => {
    const comment = commentOf(ctx);
    const { reaction, created } = addReaction(
      ctx.world,
      comment,
      writer(ctx),
      str(obj(ctx.body).content) ?? "",
    );
    return ok(reactionShape(ctx.world, reaction), created ? 201 : 200);
  },

  "reactions/list-for-issue-comment": (ctx) => {
    const comment = commentOf(ctx);
    const content = ctx.query.content;
    const reactions = comment.reactions.filter((r) => !content || r.content === content);
    return paged(ctx, reactions, (r) => reactionShape(ctx.world, r));
  },

  "reactions/list-for-issue": (ctx) => {
    const issue = getIssue(repoOf(ctx), intParam(ctx, "issue_number"));
    const content = ctx.query.content;
    const reactions = issue.reactions.filter((r) => !content || r.content === content);
    return paged(ctx, reactions, (r) => reactionShape(ctx.world, r));
  },
};
