import type { RepoRef } from "../core/events.js";
import { commentPorts } from "./comment-ports.js";
import type { Identity } from "./identity.js";
import { issuePorts } from "./issue-ports.js";
import { type IssueTypeMemo, issueTypePorts } from "./issue-type-ports.js";
import type { OctokitLike } from "./octokit-like.js";
import { type PermissionMemo, permissionPorts } from "./permission-ports.js";
import type { Ports } from "./ports.js";
import { repoPorts } from "./repo-ports.js";
import { requester } from "./requester.js";
import { revertPorts } from "./revert-ports.js";
import { subIssuePorts } from "./sub-issue-ports.js";

/**
 * The GitHub ports over any Octokit. Every call is one REST request (or one paginated read), so
 * the handlers' request budgets can be counted from the code; a create verified after an
 * ambiguous failure costs one read more. `defaultBranch` comes from the webhook payload when known;
 * `self` is who the tool is (a create verified after a failure is looked for among its own only);
 * `permissions` is where people's permissions are remembered (default: for these ports' life, a run),
 * `issueTypes` the organisation's issue types (likewise); `ownerType` is the repository owner's kind
 * from the payload (`Organization` or `User`): only an organisation's issue types are asked for.
 */
export function createPorts(
  octokit: OctokitLike,
  repo: RepoRef & { defaultBranch?: string | undefined; ownerType?: string | undefined },
  options: {
    self: Identity;
    permissions?: PermissionMemo | undefined;
    issueTypes?: IssueTypeMemo | undefined;
  },
): Ports {
  const r = requester(octokit, repo);
  return {
    repo: r.base,
    ...issuePorts(r, options.self),
    ...permissionPorts(r, options.permissions),
    ...commentPorts(r, options.self),
    ...repoPorts(r, repo),
    ...subIssuePorts(r),
    ...revertPorts(octokit, r),
    ...issueTypePorts(octokit, r, repo.ownerType, options.issueTypes),
  };
}
