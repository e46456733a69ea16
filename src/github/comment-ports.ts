import type { Identity } from "./identity.js";
import type { CommentPort } from "./ports.js";
import { createOnce, type Json, NO_RETRY, type Requester, tolerate } from "./requester.js";

/** How far back to look for a comment whose create failed ambiguously (clock skew included). */
const LOOKBACK_MS = 10 * 60_000;

/** Issue comments and their reactions. */
export function commentPorts(r: Requester, self: Identity): CommentPort {
  const { req, paginate } = r;
  const listComments: CommentPort["listComments"] = async (issue) => {
    const items = await paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      issue_number: issue,
    });
    return items.map((c: Json) => ({
      id: c.id,
      body: c.body ?? "",
      author: c.user?.login ?? "ghost",
      authorIsBot: c.user?.type === "Bot",
      url: c.html_url ?? "",
    }));
  };
  return {
    async createComment(issue, body) {
      const started = Date.now();
      return createOnce(
        async () => {
          const data = await req("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            issue_number: issue,
            body,
            ...NO_RETRY,
          });
          return { id: data.id as number, url: data.html_url as string };
        },
        async () => {
          const items: Json[] = await paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            issue_number: issue,
            since: new Date(started - LOOKBACK_MS).toISOString(),
          });
          // Only the tool's own comment is "its" comment: anyone can post the same text.
          const tool = (await self()).toLowerCase();
          const found = items.find(
            (c) => c.user?.type === "Bot" && String(c.user?.login).toLowerCase() === tool && c.body === body,
          );
          return found === undefined ? null : { id: found.id as number, url: found.html_url as string };
        },
      );
    },
    async updateComment(commentId, body) {
      await req("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { comment_id: commentId, body });
    },
    async deleteComment(commentId) {
      await tolerate(404, () =>
        req("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", { comment_id: commentId }),
      );
    },
    listComments,
    async addReaction(commentId, content) {
      await req("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
        comment_id: commentId,
        content,
      });
    },
  };
}
