import {
  blobSha,
  commitSha,
  HttpError,
  type Issue,
  type PullInfo,
  type Repo,
  recordEvent,
  type World,
} from "./model.js";

/** Pull request merges and the files a pull request changes. */

export function pullOf(issue: Issue): PullInfo {
  if (!issue.pull) throw new HttpError(404, "Not Found");
  return issue.pull;
}

/** Every commit reachable from `sha` (itself included). */
function ancestors(repo: Repo, sha: string): Set<string> {
  const seen = new Set<string>();
  const queue = [sha];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(repo.parents.get(next) ?? []));
  }
  return seen;
}

/** The nearest common ancestor of two commits (breadth-first from `a`), as `git merge-base` finds it. */
export function mergeBase(repo: Repo, a: string, b: string): string | null {
  const fromB = ancestors(repo, b);
  const queue = [a];
  const seen = new Set<string>();
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (fromB.has(next)) return next;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(repo.parents.get(next) ?? []));
  }
  return null;
}

export interface FileChange {
  filename: string;
  status: "added" | "modified" | "removed";
  /** Blob sha of the new content (of the old content for a removed file). */
  sha: string;
  additions: number;
  deletions: number;
}

/** Lines only in `after` / only in `before`, counted as multisets: close to git's numbers for small edits. */
function lineDelta(before: string, after: string): { additions: number; deletions: number } {
  const count = new Map<string, number>();
  const lines = (text: string) => (text === "" ? [] : text.replace(/\n$/, "").split("\n"));
  for (const line of lines(before)) count.set(line, (count.get(line) ?? 0) + 1);
  let additions = 0;
  for (const line of lines(after)) {
    const left = count.get(line) ?? 0;
    if (left > 0) count.set(line, left - 1);
    else additions++;
  }
  const deletions = [...count.values()].reduce((sum, n) => sum + n, 0);
  return { additions, deletions };
}

/** What changed from tree `from` to tree `to`, sorted by path. */
export function diffTrees(from: Map<string, string>, to: Map<string, string>): FileChange[] {
  const paths = [...new Set([...from.keys(), ...to.keys()])].sort();
  return paths.flatMap((filename): FileChange[] => {
    const before = from.get(filename);
    const after = to.get(filename);
    if (before === after) return [];
    if (after === undefined) {
      return [{ filename, status: "removed", sha: blobSha(before ?? ""), ...lineDelta(before ?? "", "") }];
    }
    const status = before === undefined ? "added" : "modified";
    return [{ filename, status, sha: blobSha(after), ...lineDelta(before ?? "", after) }];
  });
}

/** The head and merge-base commits a pull request's diff is taken between (frozen once merged). */
function pullRange(repo: Repo, pull: PullInfo): { head: string; base: string } | null {
  if (pull.mergedHead && pull.mergedBase) return { head: pull.mergedHead, base: pull.mergedBase };
  const head = repo.branches.get(pull.head);
  const baseTip = repo.branches.get(pull.base);
  const base = head && baseTip ? mergeBase(repo, baseTip, head) : null;
  return head && base ? { head, base } : null;
}

/** Commits on head since the merge base, and the line totals of the diff (the full pull shape's counts). */
export function pullStats(repo: Repo, issue: Issue) {
  const range = pullRange(repo, pullOf(issue));
  const files = pullFiles(repo, issue);
  return {
    commits: range ? ancestors(repo, range.head).size - ancestors(repo, range.base).size : 0,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

/** `GET /pulls/{n}/files`: the changes on head since it forked from base, like GitHub's three-dot diff. */
export function pullFiles(repo: Repo, issue: Issue): FileChange[] {
  const range = pullRange(repo, pullOf(issue));
  if (!range) return [];
  return diffTrees(repo.commits.get(range.base) ?? new Map(), repo.commits.get(range.head) ?? new Map());
}

/**
 * Merges like GitHub's "Create a merge commit" button: head's changes since the merge base are applied
 * onto base (head wins on conflict; the emulator has no conflicts), in a new commit whose parents are
 * base and head. The PR is closed; `merged` then `closed` timeline events carry the merge commit.
 */
export function mergePull(world: World, repo: Repo, issue: Issue, actor: string): string {
  const pull = pullOf(issue);
  if (pull.merged) throw new HttpError(405, "Pull Request is not mergeable");
  if (issue.state !== "open") throw new HttpError(422, "Pull Request is not open");
  const range = pullRange(repo, pull);
  const baseTip = repo.branches.get(pull.base);
  if (!range || !baseTip) throw new HttpError(405, "Pull Request is not mergeable");
  const tree = new Map(repo.commits.get(baseTip));
  const changes = diffTrees(repo.commits.get(range.base) ?? new Map(), repo.commits.get(range.head)!);
  for (const change of changes) {
    if (change.status === "removed") tree.delete(change.filename);
    else tree.set(change.filename, repo.commits.get(range.head)!.get(change.filename)!);
  }
  const sha = commitSha(`Merge pull request #${issue.number} from ${repo.owner}/${pull.head}`, tree);
  repo.commits.set(sha, tree);
  repo.parents.set(sha, [baseTip, range.head]);
  repo.branches.set(pull.base, sha);

  const login = world.user(actor).login;
  const now = world.now();
  Object.assign(pull, {
    merged: true,
    mergedAt: now,
    mergedBy: login,
    mergeCommitSha: sha,
    mergedHead: range.head,
    mergedBase: range.base,
  });
  issue.state = "closed";
  issue.closedAt = now;
  issue.closedBy = login;
  const commit = {
    commit_id: sha,
    commit_url: `${world.baseUrl}/repos/${repo.owner}/${repo.name}/commits/${sha}`,
  };
  recordEvent(world, issue, "merged", login, commit);
  recordEvent(world, issue, "closed", login, { ...commit, state_reason: null });
  return sha;
}
