import { createIssue } from "./issue-ops.js";
import { blobSha, commitSha, HttpError, type Issue, permissionOf, type Repo, type World } from "./model.js";

/** Branches, files and pull requests. */

/** The file tree at a branch name or commit sha (default branch when omitted). */
export function treeAt(repo: Repo, ref?: string): Map<string, string> {
  const name = ref?.replace(/^refs\/heads\//, "") ?? repo.defaultBranch;
  const sha = repo.branches.get(name) ?? (repo.commits.has(name) ? name : undefined);
  const tree = sha ? repo.commits.get(sha) : undefined;
  if (!tree) throw new HttpError(404, `No commit found for the ref ${name}`);
  return tree;
}

export function readFile(repo: Repo, ref: string | undefined, path: string): string | null {
  return treeAt(repo, ref).get(path) ?? null;
}

/** Commits a file change (content, or null to delete) to a branch, created from the default branch if new. */
export function writeFile(
  repo: Repo,
  branch: string,
  path: string,
  content: string | null,
  message = `${content === null ? "Delete" : "Update"} ${path}`,
) {
  const base = repo.branches.get(branch) ?? repo.branches.get(repo.defaultBranch)!;
  const files = new Map(repo.commits.get(base));
  const created = !files.has(path);
  if (content === null) files.delete(path);
  else files.set(path, content);
  const sha = commitSha(message, files);
  repo.commits.set(sha, files);
  repo.parents.set(sha, [base]);
  repo.branches.set(branch, sha);
  return { commit: sha, blob: blobSha(content ?? ""), created };
}

/** `PUT /contents/{path}`: `sha` must name the current blob when the file exists. */
export function putContents(
  repo: Repo,
  input: {
    path: string;
    content: string;
    message: string;
    sha?: string | undefined;
    branch?: string | undefined;
  },
) {
  const branch = input.branch ?? repo.defaultBranch;
  if (!repo.branches.has(branch)) throw new HttpError(404, `Branch ${branch} not found`);
  const current = readFile(repo, branch, input.path);
  if (current !== null && input.sha === undefined)
    throw new HttpError(422, `Invalid request.\n\n"sha" wasn't supplied.`);
  if (current !== null && input.sha !== blobSha(current)) {
    throw new HttpError(409, `${input.path} does not match ${input.sha}`);
  }
  return writeFile(repo, branch, input.path, input.content, input.message);
}

export function createRef(repo: Repo, ref: string, sha: string): void {
  const m = /^refs\/heads\/(.+)$/.exec(ref);
  if (!ref.startsWith("refs/") || ref.split("/").length < 3) {
    throw new HttpError(422, "Reference name must start with 'refs/' and have at least two slashes.");
  }
  if (!m?.[1]) throw new HttpError(422, "Only refs/heads/* are emulated");
  if (repo.branches.has(m[1])) throw new HttpError(422, "Reference already exists");
  if (!repo.commits.has(sha)) throw new HttpError(422, "Object does not exist");
  repo.branches.set(m[1], sha);
}

function validationFailed(message: string, field?: string): HttpError {
  return new HttpError(422, "Validation Failed", {
    errors: [
      field
        ? { resource: "PullRequest", field, code: "invalid" }
        : { resource: "PullRequest", code: "custom", message },
    ],
  });
}

export function createPull(
  world: World,
  repo: Repo,
  actor: string,
  input: {
    title: string;
    head: string;
    base: string;
    body?: string | undefined;
    draft?: boolean | undefined;
  },
): Issue {
  const [headOwner, headBranch] = input.head.includes(":")
    ? input.head.split(":", 2)
    : [repo.owner, input.head];
  if (
    headOwner?.toLowerCase() !== repo.owner.toLowerCase() ||
    !headBranch ||
    !repo.branches.has(headBranch)
  ) {
    throw validationFailed("", "head");
  }
  if (!repo.branches.has(input.base)) throw validationFailed("", "base");
  for (const other of repo.issues.values()) {
    if (
      other.pull &&
      other.state === "open" &&
      other.pull.head === headBranch &&
      other.pull.base === input.base
    ) {
      throw validationFailed(`A pull request already exists for ${repo.owner}:${headBranch}.`);
    }
  }
  if (repo.branches.get(headBranch) === repo.branches.get(input.base)) {
    throw validationFailed(`No commits between ${input.base} and ${headBranch}`);
  }
  const pull = {
    head: headBranch,
    base: input.base,
    draft: input.draft ?? false,
    requestedReviewers: [],
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    mergedHead: null,
    mergedBase: null,
  };
  return createIssue(world, repo, actor, { title: input.title, body: input.body, pull }).issue;
}

export function requestReviewers(world: World, repo: Repo, issue: Issue, reviewers: string[]): void {
  const pull = issue.pull;
  if (!pull) throw new HttpError(404, "Not Found");
  for (const login of reviewers) {
    if (login.toLowerCase() === issue.user.toLowerCase()) {
      throw new HttpError(422, "Review cannot be requested from pull request author.");
    }
    if (permissionOf(repo, login) === "none") {
      throw new HttpError(
        422,
        "Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.",
      );
    }
    const user = world.user(login);
    if (!pull.requestedReviewers.includes(user.login)) pull.requestedReviewers.push(user.login);
  }
}

export function listPulls(
  repo: Repo,
  filter: { state?: string | undefined; head?: string | undefined; base?: string | undefined },
) {
  const state = filter.state ?? "open";
  // Like GitHub, a `head` without the `owner:` prefix is silently ignored (a classic bug source).
  const [headOwner, headBranch] = filter.head?.includes(":")
    ? filter.head.split(":", 2)
    : [undefined, undefined];
  return [...repo.issues.values()]
    .filter((i) => i.pull)
    .filter((i) => state === "all" || i.state === state)
    .filter(
      (i) =>
        !headBranch || (i.pull!.head === headBranch && headOwner?.toLowerCase() === repo.owner.toLowerCase()),
    )
    .filter((i) => !filter.base || i.pull!.base === filter.base)
    .sort((a, b) => b.number - a.number);
}
