import { type Handler, ok } from "./context.js";
import { HttpError } from "./model.js";
import { issueTypeShape } from "./org-ops.js";

/** Organisations: their issue types (a user account is not an organisation: 404, as on GitHub). */
export const orgRoutes: Record<string, Handler> = {
  "orgs/list-issue-types": (ctx) => {
    const org = ctx.world.orgs.get(String(ctx.params.org ?? "").toLowerCase());
    if (org === undefined) throw new HttpError(404, "Not Found");
    return ok(org.issueTypes.map(issueTypeShape));
  },
};
