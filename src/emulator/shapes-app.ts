import { ACTIONS_APP, ACTIONS_LOGIN, APP, BOT_LOGIN, nodeId, type Repo, type World } from "./model.js";
import { HTML, type Json, userShape } from "./shapes-core.js";

/** GitHub's JSON shapes for Apps and the App's one installation. */

/** The installation's account: the owner of the World's first repository (the one `startEmulator` made). */
export function installationAccount(world: World): string {
  const [first] = world.repos.values();
  if (!first) throw new Error("the emulator has no repository");
  return first.owner;
}

/** Repositories the installation can access: every repository of the World. */
export function installationRepos(world: World): Repo[] {
  return [...world.repos.values()];
}

/** The GitHub App behind a bot login, or null for people (`performed_via_github_app`). */
export function appShape(world: World, login: string): Json | null {
  const app = login === BOT_LOGIN ? APP : login === ACTIONS_LOGIN ? ACTIONS_APP : null;
  if (!app) return null;
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId("A", app.id),
    client_id: `Iv1.${app.id.toString(16).padStart(16, "0")}`,
    owner: userShape(world, app === APP ? "acme-apps" : "github"),
    name: app.name,
    description: `${app.name} (emulated)`,
    external_url: `${HTML}/apps/${app.slug}`,
    html_url: `${HTML}/apps/${app.slug}`,
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2024-01-01T00:00:00Z",
    permissions: { issues: "write", contents: "write", pull_requests: "write", metadata: "read" },
    events: ["issues", "issue_comment"],
  };
}

export function installationShape(world: World, account: string): Json {
  const id = world.installationId;
  return {
    id,
    account: userShape(world, account),
    repository_selection: "all",
    access_tokens_url: `${world.baseUrl}/app/installations/${id}/access_tokens`,
    repositories_url: `${world.baseUrl}/installation/repositories`,
    html_url: `${HTML}/settings/installations/${id}`,
    app_id: APP.id,
    client_id: `Iv1.${APP.id.toString(16).padStart(16, "0")}`,
    target_id: world.user(account).id,
    target_type: "User",
    permissions: { issues: "write", contents: "write", pull_requests: "write", metadata: "read" },
    events: ["issues", "issue_comment"],
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2024-01-01T00:00:00Z",
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    app_slug: APP.slug,
    suspended_by: null,
    suspended_at: null,
  };
}
