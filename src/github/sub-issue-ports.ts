import { httpStatus } from "./octokit-like.js";
import type { SubIssuePort } from "./ports.js";
import type { Json, Requester } from "./requester.js";

/**
 * GitHub's sub-issues, where they exist: GitHub Enterprise Server before them answers 404 on these
 * routes, which is reported as `null` (not available) rather than as a failure.
 */
export function subIssuePorts(r: Requester): SubIssuePort {
  return {
    async listSubIssues(parent) {
      try {
        const items = await r.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
          issue_number: parent,
        });
        return items.map((i: Json) => Number(i.id));
      } catch (error) {
        if (httpStatus(error) === 404) return null;
        throw error;
      }
    },
    async addSubIssue(parent, subIssueId) {
      try {
        await r.req("POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
          issue_number: parent,
          sub_issue_id: subIssueId,
        });
        return "added";
      } catch (error) {
        if (httpStatus(error) === 404) return "unavailable";
        throw error;
      }
    },
  };
}
