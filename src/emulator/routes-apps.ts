import { randomBytes } from "node:crypto";
import { type Ctx, type Handler, intParam, obj, ok, paginate, repoOf } from "./context.js";
import { ACTIONS_LOGIN, BOT_LOGIN, HttpError, type Repo } from "./model.js";
import { appShape, installationAccount, installationRepos, installationShape } from "./shapes-app.js";
import { repositoryShape } from "./shapes-core.js";

/** App authentication: the App (JWT) itself, its installation, and installation tokens. */

function requireApp(ctx: Ctx): void {
  if (!ctx.app) throw new HttpError(401, "A JSON web token could not be decoded");
}

/**
 * What an installation token can list. GITHUB_TOKEN (`ghs_actions`) is an installation token of the
 * GitHub Actions app scoped to the workflow's repository; anything else is refused with GitHub's 403.
 */
function accessibleRepos(ctx: Ctx): { selection: "all" | "selected"; repos: Repo[] } {
  if (!ctx.app && !ctx.actor) throw new HttpError(401, "Requires authentication");
  if (ctx.actor === BOT_LOGIN) return { selection: "all", repos: installationRepos(ctx.world) };
  if (ctx.actor === ACTIONS_LOGIN)
    return { selection: "selected", repos: installationRepos(ctx.world).slice(0, 1) };
  throw new HttpError(
    403,
    "You must authenticate with an installation access token in order to list repositories for an installation.",
  );
}

export const appRoutes: Record<string, Handler> = {
  "apps/get-authenticated": (ctx) => {
    requireApp(ctx);
    return ok({ ...appShape(ctx.world, BOT_LOGIN), installations_count: 1 });
  },

  "apps/get-repo-installation": (ctx) => {
    requireApp(ctx);
    return ok(installationShape(ctx.world, repoOf(ctx).owner));
  },

  "apps/create-installation-access-token": (ctx) => {
    requireApp(ctx);
    if (intParam(ctx, "installation_id") !== ctx.world.installationId) throw new HttpError(404, "Not Found");
    const token = `ghs_${randomBytes(18).toString("base64url")}`;
    ctx.world.tokens.set(token, BOT_LOGIN);
    const expires = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const repos = [...ctx.world.repos.values()];
    return ok(
      {
        token,
        expires_at: expires,
        permissions: { issues: "write", contents: "write", pull_requests: "write", metadata: "read" },
        repository_selection: "all",
        ...(obj(ctx.body).repositories
          ? { repositories: repos.map((r) => repositoryShape(ctx.world, r)) }
          : {}),
      },
      201,
    );
  },

  "apps/list-installations": (ctx) => {
    requireApp(ctx);
    const { items, headers } = paginate(ctx, [installationShape(ctx.world, installationAccount(ctx.world))]);
    return ok(items, 200, headers);
  },

  "apps/list-repos-accessible-to-installation": (ctx) => {
    const { selection, repos } = accessibleRepos(ctx);
    const { items, headers } = paginate(ctx, repos);
    return ok(
      {
        total_count: repos.length,
        repository_selection: selection,
        repositories: items.map((r) => repositoryShape(ctx.world, r)),
      },
      200,
      headers,
    );
  },
};
