import { fullName, type Label, nodeId, type Reaction, type Repo, type World } from "./model.js";

/** GitHub's JSON shapes for users, labels, reactions, apps and repositories. */

export type Json = Record<string, unknown>;
export const HTML = "https://github.com";

export function userShape(world: World, login: string): Json {
  const user = world.user(login);
  const api = `${world.baseUrl}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === "Bot" ? "BOT" : "U", user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url:
      user.type === "Bot" ? `${HTML}/apps/${user.login.replace(/\[bot\]$/, "")}` : `${HTML}/${user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  };
}

export function labelShape(world: World, repo: Repo, label: Label): Json {
  return {
    id: label.id,
    node_id: nodeId("LA", label.id),
    url: `${repoApi(world, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

export function reactionShape(world: World, reaction: Reaction): Json {
  return {
    id: reaction.id,
    node_id: nodeId("REA", reaction.id),
    user: userShape(world, reaction.user),
    content: reaction.content,
    created_at: reaction.createdAt,
  };
}

const REACTIONS = ["+1", "-1", "laugh", "confused", "heart", "hooray", "eyes", "rocket"] as const;

export function reactionRollup(url: string, reactions: Reaction[]): Json {
  const out: Json = { url, total_count: reactions.length };
  for (const r of REACTIONS) out[r] = reactions.filter((x) => x.content === r).length;
  return out;
}

export function repoApi(world: World, repo: Repo): string {
  return `${world.baseUrl}/repos/${repo.owner}/${repo.name}`;
}

export function repoHtml(repo: Repo): string {
  return `${HTML}/${repo.owner}/${repo.name}`;
}

const REPO_URL_TEMPLATES: Record<string, string> = {
  forks_url: "/forks",
  keys_url: "/keys{/key_id}",
  collaborators_url: "/collaborators{/collaborator}",
  teams_url: "/teams",
  hooks_url: "/hooks",
  issue_events_url: "/issues/events{/number}",
  events_url: "/events",
  assignees_url: "/assignees{/user}",
  branches_url: "/branches{/branch}",
  tags_url: "/tags",
  blobs_url: "/git/blobs{/sha}",
  git_tags_url: "/git/tags{/sha}",
  git_refs_url: "/git/refs{/sha}",
  trees_url: "/git/trees{/sha}",
  statuses_url: "/statuses/{sha}",
  languages_url: "/languages",
  stargazers_url: "/stargazers",
  contributors_url: "/contributors",
  subscribers_url: "/subscribers",
  subscription_url: "/subscription",
  commits_url: "/commits{/sha}",
  git_commits_url: "/git/commits{/sha}",
  comments_url: "/comments{/number}",
  issue_comment_url: "/issues/comments{/number}",
  contents_url: "/contents/{+path}",
  compare_url: "/compare/{base}...{head}",
  merges_url: "/merges",
  archive_url: "/{archive_format}{/ref}",
  downloads_url: "/downloads",
  issues_url: "/issues{/number}",
  pulls_url: "/pulls{/number}",
  milestones_url: "/milestones{/number}",
  notifications_url: "/notifications{?since,all,participating}",
  labels_url: "/labels{/name}",
  releases_url: "/releases{/id}",
  deployments_url: "/deployments",
};

/** A repository as `GET /repos/{owner}/{repo}` returns it (also valid where `repository` is expected). */
export function repositoryShape(world: World, repo: Repo): Json {
  const api = repoApi(world, repo);
  const urls = Object.fromEntries(Object.entries(REPO_URL_TEMPLATES).map(([k, v]) => [k, `${api}${v}`]));
  const openIssues = [...repo.issues.values()].filter((i) => i.state === "open").length;
  return {
    id: repo.id,
    node_id: nodeId("R", repo.id),
    name: repo.name,
    full_name: fullName(repo),
    private: repo.private,
    owner: userShape(world, repo.owner),
    html_url: repoHtml(repo),
    description: null,
    fork: false,
    url: api,
    ...urls,
    git_url: `git://github.com/${fullName(repo)}.git`,
    ssh_url: `git@github.com:${fullName(repo)}.git`,
    clone_url: `${repoHtml(repo)}.git`,
    svn_url: repoHtml(repo),
    mirror_url: null,
    homepage: null,
    language: "TypeScript",
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: repo.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? "private" : "public",
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
}
