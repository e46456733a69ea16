import { readRequestMarker } from "../core/state/markers.js";
import { toIssueSnapshot, toTimelineEvent } from "./from-github.js";
import type { Identity } from "./identity.js";
import { httpStatus } from "./octokit-like.js";
import type { IssueListPort, IssueReadPort, IssueWritePort, TimelinePort } from "./ports.js";
import { createOnce, type Json, NO_RETRY, type Requester, tolerate } from "./requester.js";

/** How far back to look for an issue whose create failed ambiguously (clock skew included). */
const LOOKBACK_MS = 10 * 60_000;

/** The timeline, issue labels and assignees, issue creation and closing, and listing issues. */
export function issuePorts(
  r: Requester,
  self: Identity,
): TimelinePort & IssueWritePort & IssueListPort & IssueReadPort {
  const { req, paginate } = r;
  const listIssues: IssueListPort["listIssues"] = async ({ label, state, since }) => {
    const items = await paginate("GET /repos/{owner}/{repo}/issues", {
      labels: label,
      state,
      ...(since === undefined ? {} : { since }),
    });
    return items.filter((i: Json) => !i.pull_request).map(toIssueSnapshot);
  };
  return {
    async readTimeline(issue) {
      const items = await paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
        issue_number: issue,
      });
      const home = { owner: r.base.owner, repo: r.base.repo };
      return items.map((item) => toTimelineEvent(item, home)).filter((e) => e !== null);
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
    async addAssignees(issue, assignees) {
      await req("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        issue_number: issue,
        assignees,
      });
    },
    async removeAssignees(issue, assignees) {
      await req("DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        issue_number: issue,
        assignees,
      });
    },
    async createIssue(input, marker) {
      const started = Date.now();
      const id = readRequestMarker(marker);
      return createOnce(
        async () =>
          toIssueSnapshot(await req("POST /repos/{owner}/{repo}/issues", { ...input, ...NO_RETRY })),
        async () => {
          const since = new Date(started - LOOKBACK_MS).toISOString();
          const items: Json[] = await req("GET /repos/{owner}/{repo}/issues", {
            state: "all",
            since,
            sort: "created",
            direction: "desc",
            per_page: 100,
          });
          // Only an issue by the tool's own account with the id in its marker header is "its" issue
          // (the request marker is predictable from the body).
          const tool = (await self()).toLowerCase();
          const found = items.find(
            (i) =>
              !i.pull_request &&
              i.user?.type === "Bot" &&
              String(i.user?.login).toLowerCase() === tool &&
              id !== null &&
              readRequestMarker(i.body ?? "") === id,
          );
          return found === undefined ? null : toIssueSnapshot(found);
        },
      );
    },
    async closeIssue(issue, reason) {
      await req("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        issue_number: issue,
        state: "closed",
        state_reason: reason,
      });
    },
    async updateIssueBody(issue, body) {
      await req("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: issue, body });
    },
    listIssues,
    async getIssue(issue) {
      try {
        return toIssueSnapshot(
          await req("GET /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: issue }),
        );
      } catch (error) {
        if (httpStatus(error) === 404 || httpStatus(error) === 410) return null;
        throw error;
      }
    },
  };
}
