import { type Handler, ok } from "./context.js";
import { ACTIONS_LOGIN, HttpError } from "./model.js";
import { issueTypeShape } from "./org-ops.js";

/**
 * Organisations: their issue types (a user account is not an organisation: 404, as on GitHub). The
 * list needs the organisation's "Issue Types" permission, which a workflow's `GITHUB_TOKEN` cannot
 * be given: with it, 403 as GitHub answers an integration without a permission.
 */
export const orgRoutes: Record<string, Handler> = {
  "orgs/list-issue-types": (ctx) => {
    const org = ctx.world.orgs.get(String(ctx.params.org ?? "").toLowerCase());
    if (org === undefined) throw new HttpError(404, "Not Found");
    if (ctx.actor === ACTIONS_LOGIN) throw new HttpError(403, "Resource not accessible by integration");
    return ok(org.issueTypes.map(issueTypeShape));
  },
};
