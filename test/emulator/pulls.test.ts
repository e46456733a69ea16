import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, getValidator, startEmulator } from "../../src/emulator/index.js";
import { type Client, client, statusOf } from "./test-client.js";

let emu: Emulator;
let gh: Client;
const repo = { owner: "acme", repo: "web" };

beforeEach(async () => {
  emu = await startEmulator({
    ...repo,
    validateResponses: true,
    files: { "README.md": "# web\n", "docs/old.md": "old\n", "src/a.ts": "a\nb\nc\n" },
  });
  gh = client(emu, emu.installationToken());
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

/** A branch `pm` with one file added, one modified and one removed, opened as a pull request by alice. */
function openChangedPull() {
  emu.setFile("pm", "docs/pm.md", "# PM\n\nline\n");
  emu.setFile("pm", "src/a.ts", "a\nB\nc\nd\n");
  emu.removeFile("pm", "docs/old.md");
  return emu.as("alice").openPull({ title: "Postmortem", head: "pm", body: "for #1" });
}

describe("single pull request and its files", () => {
  test("GET /pulls/{n} is the full shape; an issue number is 404", async () => {
    const { number } = openChangedPull();
    const { data } = await gh.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...repo,
      pull_number: number,
    });
    expect(data).toMatchObject({
      number,
      state: "open",
      merged: false,
      merged_at: null,
      merge_commit_sha: null,
      merged_by: null,
      mergeable: true,
      head: { ref: "pm", sha: emu.branches().pm },
      base: { ref: "main", sha: emu.branches().main },
      commits: 3,
      changed_files: 3,
    });
    const issue = emu.as("bob").openIssue({ title: "not a pull" });
    const notPull = gh.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...repo,
      pull_number: issue.number,
    });
    expect(await statusOf(notPull)).toBe(404);
  });

  test("GET /pulls/{n}/files lists added, modified and removed files against the merge base", async () => {
    const { number } = openChangedPull();
    // A later commit on main is not part of the pull request's diff (three-dot diff).
    emu.setFile("main", "CHANGELOG.md", "x\n");
    const { data } = await gh.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      ...repo,
      pull_number: number,
    });
    expect(data.map((f) => [f.filename, f.status, f.additions, f.deletions, f.changes])).toEqual([
      ["docs/old.md", "removed", 0, 1, 1],
      ["docs/pm.md", "added", 3, 0, 3],
      ["src/a.ts", "modified", 2, 1, 3],
    ]);
    expect(data[1]).toMatchObject({
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      blob_url: "https://github.com/acme/web/blob/pm/docs/pm.md",
    });
    const paged = await gh.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      ...repo,
      pull_number: number,
      per_page: 2,
      page: 2,
    });
    expect(paged.data.map((f) => f.filename)).toEqual(["src/a.ts"]);
  });
});

describe("merging as a person", () => {
  test("mergePull commits head's changes onto base and returns pull_request.closed with merged: true", async () => {
    const { number } = openChangedPull();
    const headSha = emu.branches().pm;
    emu.setFile("main", "CHANGELOG.md", "x\n");
    const merged = emu.as("carol").mergePull(number);
    expect(merged.name).toBe("pull_request");
    expect(merged.payload).toMatchObject({
      action: "closed",
      number,
      sender: { login: "carol" },
      pull_request: {
        number,
        state: "closed",
        merged: true,
        merge_commit_sha: merged.mergeCommitSha,
        merged_by: { login: "carol" },
        head: { ref: "pm", sha: headSha },
        base: { ref: "main" },
      },
    });
    expect(merged.payload.pull_request.merged_at).toBe(merged.payload.pull_request.closed_at);
    expect(emu.branches().main).toBe(merged.mergeCommitSha);
    expect(emu.file("main", "docs/pm.md")).toBe("# PM\n\nline\n");
    expect(emu.file("main", "src/a.ts")).toBe("a\nB\nc\nd\n");
    expect(emu.file("main", "docs/old.md")).toBeNull();
    expect(emu.file("main", "CHANGELOG.md")).toBe("x\n"); // base's own change survives
    expect(emu.timeline(number).map((e) => [e.event, e.commit_id])).toEqual([
      ["merged", merged.mergeCommitSha],
      ["closed", merged.mergeCommitSha],
    ]);
    expect(() => emu.as("carol").mergePull(number)).toThrow(/not mergeable/);
  });

  test("after a merge the REST shapes agree: pull, issue view, list and files", async () => {
    const { number } = openChangedPull();
    const { mergeCommitSha } = emu.as("carol").mergePull(number);
    const pull = await gh.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...repo,
      pull_number: number,
    });
    expect(pull.data).toMatchObject({ merged: true, merge_commit_sha: mergeCommitSha, mergeable: null });
    const issue = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: number,
    });
    expect(issue.data.state).toBe("closed");
    expect(issue.data.pull_request?.merged_at).toBe(pull.data.merged_at);
    expect(emu.issue(number).pull_request).toMatchObject({ merged_at: pull.data.merged_at });
    expect(emu.pulls()[0]).toMatchObject({
      merged_at: pull.data.merged_at,
      merge_commit_sha: mergeCommitSha,
    });
    const listed = await gh.request("GET /repos/{owner}/{repo}/pulls", { ...repo, state: "closed" });
    expect(listed.data.map((p) => [p.number, p.merged_at])).toEqual([[number, pull.data.merged_at]]);
    // The files stay those of the pull request, not the (empty) diff between head and the new base.
    const files = await gh.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      ...repo,
      pull_number: number,
    });
    expect(files.data.map((f) => f.filename)).toEqual(["docs/old.md", "docs/pm.md", "src/a.ts"]);
    // GitHub's schema for the merged/closed timeline events.
    const v = await getValidator();
    for (const e of emu.timeline(number)) expect(v.validateSchema("state-change-issue-event", e)).toBeNull();
  });

  test("only open pull requests merge", () => {
    const { number } = openChangedPull();
    emu.as("alice").close(number);
    expect(() => emu.as("alice").mergePull(number)).toThrow(/not open/);
    const issue = emu.as("alice").openIssue({ title: "x" });
    expect(() => emu.as("alice").mergePull(issue.number)).toThrow(/not a pull request/);
  });
});

describe("comment reactions list", () => {
  test("GET /issues/comments/{id}/reactions lists reactions, optionally by content", async () => {
    const { number } = emu.as("alice").openIssue({ title: "x" });
    const { commentId } = emu.as("alice").comment(number, "/incident ack");
    emu.as("bob").react(commentId, "eyes");
    emu.as("carol").react(commentId, "+1");
    emu.as("dave").react(commentId, "eyes");
    const all = await gh.request("GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
      ...repo,
      comment_id: commentId,
    });
    expect(all.data.map((r) => `${r.user?.login}:${r.content}`)).toEqual([
      "bob:eyes",
      "carol:+1",
      "dave:eyes",
    ]);
    const eyes = await gh.request("GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
      ...repo,
      comment_id: commentId,
      content: "eyes",
    });
    expect(eyes.data.map((r) => r.user?.login)).toEqual(["bob", "dave"]);
    const missing = gh.request("GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
      ...repo,
      comment_id: 1,
    });
    expect(await statusOf(missing)).toBe(404);
  });
});
