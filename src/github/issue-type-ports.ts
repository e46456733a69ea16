import { httpStatus, type OctokitLike } from "./octokit-like.js";
import type { IssueTypePort, IssueTypes } from "./ports.js";
import type { Json, Requester } from "./requester.js";
import { TtlMemo } from "./ttl-memo.js";

/**
 * What a run (or, in the app, the process for a while) remembers of organisations' issue types:
 * each is read once per `ttlMs`; a failed read is forgotten and its error thrown (`TtlMemo`).
 */
export class IssueTypeMemo extends TtlMemo<IssueTypes> {
  /** Organisations' logins are case-insensitive. */
  override get(org: string, ask: () => Promise<IssueTypes>): Promise<IssueTypes> {
    return super.get(org.toLowerCase(), ask);
  }
}

/**
 * The repository owner's issue types (`GET /orgs/{org}/issue-types`, which needs the organisation's
 * "Issue Types" permission, read) and an issue's type (`PATCH` of the issue with `type`, then the
 * issue read back). A repository owned by a user, or whose owner's kind is not known, has none:
 * no request is made. A 403 or 404 says the types cannot be read (no permission, or GitHub
 * Enterprise Server without issue types); any other failure is thrown.
 */
export function issueTypePorts(
  octokit: Pick<OctokitLike, "request">,
  r: Requester,
  ownerType: string | undefined,
  memo: IssueTypeMemo = new IssueTypeMemo(),
): IssueTypePort {
  return {
    issueTypes() {
      if (ownerType !== "Organization") return Promise.resolve({ kind: "none" });
      return memo.get(r.base.owner, async () => {
        try {
          // Not through `r`: an organisation's route takes no `{owner}`/`{repo}` (they would become a query).
          const { data } = await octokit.request("GET /orgs/{org}/issue-types", { org: r.base.owner });
          const types: Json[] = Array.isArray(data) ? data : [];
          return { kind: "types", names: types.map((t) => String(t?.name ?? "")).filter((n) => n !== "") };
        } catch (error) {
          const status = httpStatus(error);
          if (status === 403 || status === 404) return { kind: "unreadable", status };
          throw error;
        }
      });
    },
    async setIssueType(issue, type) {
      await r.req("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: issue, type });
      const now: Json = await r.req("GET /repos/{owner}/{repo}/issues/{issue_number}", {
        issue_number: issue,
      });
      return typeof now?.type?.name === "string" ? now.type.name : null;
    },
  };
}
