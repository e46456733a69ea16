import { type Ctx, type Handler, obj, ok, repoOf, str, writer } from "./context.js";
import { createRef, putContents, treeAt } from "./git-ops.js";
import { blobSha, HttpError, nodeId, type Repo } from "./model.js";
import { repoApi, repoHtml, repositoryShape } from "./shapes-core.js";

/** Repository, contents, refs and App authentication. */

const RAW_ACCEPT = /application\/vnd\.github(\.v3)?\.raw/;

function fileShape(ctx: Ctx, repo: Repo, path: string, content: string, ref: string) {
  const sha = blobSha(content);
  const url = `${repoApi(ctx.world, repo)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const html = `${repoHtml(repo)}/blob/${ref}/${path}`;
  const git = `${repoApi(ctx.world, repo)}/git/blobs/${sha}`;
  return {
    type: "file",
    encoding: "base64",
    size: Buffer.byteLength(content),
    name: path.split("/").pop() ?? path,
    path,
    content: Buffer.from(content)
      .toString("base64")
      .replace(/(.{60})/g, "$1\n"),
    sha,
    url,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${ref}/${path}`,
    _links: { self: url, git, html },
  };
}

function getContent(ctx: Ctx) {
  const repo = repoOf(ctx);
  let path = ctx.params.path ?? "";
  while (path.endsWith("/")) path = path.slice(0, -1);
  const ref = ctx.query.ref ?? repo.defaultBranch;
  const tree = treeAt(repo, ref);
  const content = tree.get(path);
  if (content === undefined) {
    const children = [...tree.keys()].filter((p) => p.startsWith(`${path}/`));
    if (children.length === 0) throw new HttpError(404, "Not Found");
    const direct = [...new Set(children.map((p) => p.slice(path.length + 1).split("/")[0]!))];
    return ok(
      direct.map((name) => {
        const child = `${path}/${name}`;
        const file = tree.get(child);
        const { content: _, encoding: __, ...entry } = fileShape(ctx, repo, child, file ?? "", ref);
        return file !== undefined ? entry : { ...entry, type: "dir", size: 0, download_url: null };
      }),
    );
  }
  if (RAW_ACCEPT.test(String(ctx.headers.accept ?? ""))) {
    return { status: 200, raw: content, headers: { "content-type": "text/plain; charset=utf-8" } };
  }
  return ok(fileShape(ctx, repo, path, content, ref));
}

function refShape(ctx: Ctx, repo: Repo, branch: string) {
  const sha = repo.branches.get(branch)!;
  return {
    ref: `refs/heads/${branch}`,
    node_id: nodeId("REF", sha.length + branch.length),
    url: `${repoApi(ctx.world, repo)}/git/refs/heads/${branch}`,
    object: { sha, type: "commit", url: `${repoApi(ctx.world, repo)}/git/commits/${sha}` },
  };
}

export const repoRoutes: Record<string, Handler> = {
  "repos/get": (ctx) => ok(repositoryShape(ctx.world, repoOf(ctx))),

  "repos/get-content": getContent,

  "repos/create-or-update-file-contents": (ctx) => {
    const repo = repoOf(ctx);
    const actor = writer(ctx);
    const body = obj(ctx.body);
    const path = ctx.params.path ?? "";
    const content = Buffer.from(str(body.content) ?? "", "base64").toString("utf8");
    const branch = str(body.branch) ?? repo.defaultBranch;
    const result = putContents(repo, {
      path,
      content,
      message: str(body.message) ?? "",
      sha: str(body.sha),
      branch,
    });
    const { encoding: _, content: __, ...file } = fileShape(ctx, repo, path, content, branch);
    const commit = {
      sha: result.commit,
      node_id: nodeId("C", result.commit.length),
      url: `${repoApi(ctx.world, repo)}/git/commits/${result.commit}`,
      html_url: `${repoHtml(repo)}/commit/${result.commit}`,
      author: { name: actor, email: `${actor}@users.noreply.github.com`, date: ctx.world.now() },
      committer: { name: actor, email: `${actor}@users.noreply.github.com`, date: ctx.world.now() },
      message: str(body.message) ?? "",
      tree: { sha: result.commit, url: `${repoApi(ctx.world, repo)}/git/trees/${result.commit}` },
      parents: [],
      verification: {
        verified: false,
        reason: "unsigned",
        signature: null,
        payload: null,
        verified_at: null,
      },
    };
    return ok({ content: file, commit }, result.created ? 201 : 200);
  },

  "git/get-ref": (ctx) => {
    const repo = repoOf(ctx);
    const branch = /^heads\/(.+)$/.exec(ctx.params.ref ?? "")?.[1];
    if (!branch || !repo.branches.has(branch)) throw new HttpError(404, "Not Found");
    return ok(refShape(ctx, repo, branch));
  },

  "git/create-ref": (ctx) => {
    const repo = repoOf(ctx);
    writer(ctx);
    const body = obj(ctx.body);
    const ref = str(body.ref) ?? "";
    createRef(repo, ref, str(body.sha) ?? "");
    return ok(refShape(ctx, repo, ref.replace(/^refs\/heads\//, "")), 201);
  },
};
