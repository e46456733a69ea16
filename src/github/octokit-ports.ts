import type { RepoRef } from "../core/events.js";
import { toIssueSnapshot, toTimelineEvent } from "./from-github.js";
import { httpStatus, type OctokitLike } from "./octokit-like.js";
import type { Ports } from "./ports.js";

// biome-ignore lint/suspicious/noExplicitAny: GitHub JSON at the boundary.
type Json = any;

/** Ignores one expected HTTP status (e.g. 404 when removing a label that is already gone). */
async function tolerate(status: number, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (httpStatus(error) !== status) throw error;
  }
}

/**
 * The GitHub ports over any Octokit. Every call is one REST request (or one paginated read), so
 * the handlers' request budgets can be counted from the code. `defaultBranch` comes from the
 * webhook payload when known, saving a request.
 */
export function createPorts(
  octokit: OctokitLike,
  repo: RepoRef & { defaultBranch?: string | undefined },
): Ports {
  const base = { owner: repo.owner, repo: repo.repo };
  const req = async (route: string, params: Record<string, unknown> = {}): Promise<Json> =>
    (await octokit.request(route, { ...base, ...params })).data;
  let defaultBranch = repo.defaultBranch;

  return {
    repo: base,
    async readTimeline(issue) {
      const items = await octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
        ...base,
        issue_number: issue,
        per_page: 100,
      });
      return items.map(toTimelineEvent).filter((e) => e !== null);
    },
    async addLabels(issue, labels) {
      await req("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { issue_number: issue, labels });
    },
    async removeLabel(issue, label) {
      await tolerate(404, () =>
        req("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
          issue_number: issue,
          name: label,
        }),
      );
    },
    async setLabelsAndAssignees(issue, change) {
      await req("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: issue, ...change });
    },
    async addAssignees(issue, assignees) {
      await req("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        issue_number: issue,
        assignees,
      });
    },
    async createIssue(input) {
      return toIssueSnapshot(await req("POST /repos/{owner}/{repo}/issues", input));
    },
    async closeIssue(issue, reason) {
      await req("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        issue_number: issue,
        state: "closed",
        state_reason: reason,
      });
    },
    async createComment(issue, body) {
      const data = await req("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        issue_number: issue,
        body,
      });
      return { id: data.id, url: data.html_url };
    },
    async updateComment(commentId, body) {
      await req("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { comment_id: commentId, body });
    },
    async deleteComment(commentId) {
      await tolerate(404, () =>
        req("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", { comment_id: commentId }),
      );
    },
    async listComments(issue) {
      const items: Json[] = await octokit.paginate(
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        {
          ...base,
          issue_number: issue,
          per_page: 100,
        },
      );
      return items.map((c) => ({ id: c.id, body: c.body ?? "", authorIsBot: c.user?.type === "Bot" }));
    },
    async addReaction(commentId, content) {
      await req("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
        comment_id: commentId,
        content,
      });
    },
    async listRepoLabels() {
      const items: Json[] = await octokit.paginate("GET /repos/{owner}/{repo}/labels", {
        ...base,
        per_page: 100,
      });
      return items.map((l) => l.name);
    },
    async createRepoLabel(label) {
      await tolerate(422, () => req("POST /repos/{owner}/{repo}/labels", { ...label }));
    },
    async listOpenIssues(label) {
      const items: Json[] = await req("GET /repos/{owner}/{repo}/issues", {
        state: "open",
        labels: label,
        per_page: 100,
      });
      return items.filter((i) => !i.pull_request).map(toIssueSnapshot);
    },
    async readFile(path) {
      try {
        const data = await req("GET /repos/{owner}/{repo}/contents/{path}", {
          path,
          mediaType: { format: "raw" },
        });
        return typeof data === "string" ? data : Buffer.from(data as ArrayBuffer).toString("utf8");
      } catch (error) {
        if (httpStatus(error) === 404) return null;
        throw error;
      }
    },
    async getDefaultBranch() {
      defaultBranch ??= (await req("GET /repos/{owner}/{repo}")).default_branch as string;
      const ref = await req("GET /repos/{owner}/{repo}/git/ref/{ref}", { ref: `heads/${defaultBranch}` });
      return { name: defaultBranch, sha: ref.object.sha };
    },
    async getBranch(name) {
      try {
        return (await req("GET /repos/{owner}/{repo}/git/ref/{ref}", { ref: `heads/${name}` })).object.sha;
      } catch (error) {
        if (httpStatus(error) === 404) return null;
        throw error;
      }
    },
    async createBranch(name, sha) {
      await req("POST /repos/{owner}/{repo}/git/refs", { ref: `refs/heads/${name}`, sha });
    },
    async putFile({ branch, path, content, message }) {
      const put = (sha?: string) =>
        req("PUT /repos/{owner}/{repo}/contents/{path}", {
          path,
          branch,
          message,
          content: Buffer.from(content, "utf8").toString("base64"),
          ...(sha ? { sha } : {}),
        });
      try {
        await put();
      } catch (error) {
        // The file exists on a reused branch: GitHub wants its sha to replace it.
        if (httpStatus(error) !== 422 && httpStatus(error) !== 409) throw error;
        const existing = await req("GET /repos/{owner}/{repo}/contents/{path}", { path, ref: branch });
        await put(existing.sha);
      }
    },
    async findPulls(branch) {
      const items: Json[] = await req("GET /repos/{owner}/{repo}/pulls", {
        head: `${repo.owner}:${branch}`,
        state: "all",
        per_page: 100,
      });
      return items.map((p) => ({ number: p.number, url: p.html_url, state: p.state }));
    },
    async createPull(input) {
      const data = await req("POST /repos/{owner}/{repo}/pulls", input);
      return { number: data.number, url: data.html_url };
    },
    async requestReviewers(pull, reviewers) {
      await req("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
        pull_number: pull,
        reviewers,
      });
    },
  };
}
