import { httpStatus } from "./octokit-like.js";
import type {
  ChangesPort,
  FilePort,
  MergedPull,
  PullFilesPort,
  PullListPort,
  PullRequestPort,
  RepoLabelsPort,
} from "./ports.js";
import { type Json, type Requester, tolerate } from "./requester.js";

/** Repository labels, files on the default branch, branches and pull requests. */
export function repoPorts(
  r: Requester,
  known: { defaultBranch?: string | undefined },
): RepoLabelsPort & FilePort & PullRequestPort & PullListPort & PullFilesPort & ChangesPort {
  const { req, paginate, base } = r;
  let defaultBranch = known.defaultBranch;
  /** A file's text (on the default branch unless `ref`), or null when it does not exist. */
  const raw = async (path: string, ref?: string): Promise<string | null> => {
    try {
      const data = await req("GET /repos/{owner}/{repo}/contents/{path}", {
        path,
        ...(ref === undefined ? {} : { ref }),
        mediaType: { format: "raw" },
      });
      return typeof data === "string" ? data : Buffer.from(data as ArrayBuffer).toString("utf8");
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  };
  return {
    async listRepoLabels() {
      return (await paginate("GET /repos/{owner}/{repo}/labels")).map((l: Json) => l.name as string);
    },
    async createRepoLabel(label) {
      await tolerate(422, () => req("POST /repos/{owner}/{repo}/labels", { ...label }));
    },
    readFile: (path) => raw(path),
    readFileAt: (path, ref) => raw(path, ref),
    async listPullFiles(pull) {
      const files = await paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
        pull_number: pull,
      });
      return files.filter((f: Json) => f.status !== "removed").map((f: Json) => f.filename as string);
    },
    async getDefaultBranch() {
      defaultBranch ??= (await req("GET /repos/{owner}/{repo}")).default_branch as string;
      const ref = await req("GET /repos/{owner}/{repo}/git/ref/{ref}", { ref: `heads/${defaultBranch}` });
      return { name: defaultBranch, sha: ref.object.sha };
    },
    async getBranch(name) {
      try {
        return (await req("GET /repos/{owner}/{repo}/git/ref/{ref}", { ref: `heads/${name}` })).object.sha;
      } catch (error) {
        if (httpStatus(error) === 404) return null;
        throw error;
      }
    },
    async createBranch(name, sha) {
      await req("POST /repos/{owner}/{repo}/git/refs", { ref: `refs/heads/${name}`, sha });
    },
    async putFile({ branch, path, content, message }) {
      const put = (sha?: string) =>
        req("PUT /repos/{owner}/{repo}/contents/{path}", {
          path,
          branch,
          message,
          content: Buffer.from(content, "utf8").toString("base64"),
          ...(sha ? { sha } : {}),
        });
      try {
        await put();
      } catch (error) {
        // The file exists on a reused branch: GitHub wants its sha to replace it.
        if (httpStatus(error) !== 422 && httpStatus(error) !== 409) throw error;
        const existing = await req("GET /repos/{owner}/{repo}/contents/{path}", { path, ref: branch });
        await put(existing.sha);
      }
    },
    async findPulls(branch) {
      const items: Json[] = await req("GET /repos/{owner}/{repo}/pulls", {
        head: `${base.owner}:${branch}`,
        state: "all",
        per_page: 100,
      });
      return items.map((p) => ({ number: p.number, url: p.html_url, state: p.state }));
    },
    async createPull(input) {
      const data = await req("POST /repos/{owner}/{repo}/pulls", input);
      return { number: data.number, url: data.html_url };
    },
    async listOpenPulls() {
      return (await paginate("GET /repos/{owner}/{repo}/pulls", { state: "open" })).map((p: Json) => ({
        number: p.number,
        url: p.html_url,
        createdAt: p.created_at,
        labels: (p.labels ?? []).map((l: Json) => l.name),
        reviewers: (p.requested_reviewers ?? []).map((u: Json) => u.login),
        head: p.head?.ref ?? "",
      }));
    },
    async listMergedPulls(since, pages) {
      defaultBranch ??= (await req("GET /repos/{owner}/{repo}")).default_branch as string;
      const from = Date.parse(since);
      const merged: MergedPull[] = [];
      for (let page = 1; page <= pages; page++) {
        const items: Json[] = await req("GET /repos/{owner}/{repo}/pulls", {
          state: "closed",
          base: defaultBranch,
          sort: "updated",
          direction: "desc",
          per_page: 100,
          page,
        });
        for (const p of items)
          if (typeof p.merged_at === "string" && Date.parse(p.merged_at) >= from)
            merged.push({
              number: p.number,
              title: p.title,
              url: p.html_url,
              author: p.user?.login ?? "ghost",
              mergedAt: p.merged_at,
            });
        const last = items.at(-1);
        if (items.length < 100 || last === undefined || Date.parse(last.updated_at) < from) break;
      }
      return merged;
    },
    async listDeployments() {
      const items: Json[] = await req("GET /repos/{owner}/{repo}/deployments", { per_page: 100 });
      return items.map((d) => ({
        id: d.id,
        environment: d.environment,
        ref: d.ref,
        sha: d.sha,
        creator: d.creator?.login ?? "ghost",
        createdAt: d.created_at,
      }));
    },
    async requestReviewers(pull, reviewers) {
      await req("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
        pull_number: pull,
        reviewers,
      });
    },
  };
}
