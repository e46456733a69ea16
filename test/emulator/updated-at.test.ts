import { afterEach, beforeEach, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type Client, client } from "./test-client.js";

/** Which changes move an issue's `updated_at` (what `since=` and `sort=updated` see). */

let emu: Emulator;
let gh: Client;
const repo = { owner: "acme", repo: "web" };

beforeEach(async () => {
  emu = await startEmulator({ ...repo, validateResponses: true });
  gh = client(emu, emu.installationToken());
  emu.setTime("2024-05-01T00:00:00Z");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

test("labels, assignees, comments, close and reopen bump updated_at; a comment edit does not", async () => {
  const { number } = emu.as("alice").openIssue({ title: "x" });
  const issue_number = number;
  const updatedAt = () => String(emu.issue(number).updated_at);
  const steps: Array<[string, () => Promise<unknown>]> = [
    [
      "add label",
      () =>
        gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
          ...repo,
          issue_number,
          labels: ["SEV1"],
        }),
    ],
    [
      "set labels",
      () =>
        gh.request("PUT /repos/{owner}/{repo}/issues/{issue_number}/labels", {
          ...repo,
          issue_number,
          labels: ["SEV2"],
        }),
    ],
    [
      "remove label",
      () =>
        gh.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
          ...repo,
          issue_number,
          name: "SEV2",
        }),
    ],
    [
      "assign",
      () =>
        gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
          ...repo,
          issue_number,
          assignees: ["bob"],
        }),
    ],
    [
      "unassign",
      () =>
        gh.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
          ...repo,
          issue_number,
          assignees: ["bob"],
        }),
    ],
    [
      "comment",
      () =>
        gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          ...repo,
          issue_number,
          body: "hi",
        }),
    ],
    [
      "close",
      () =>
        gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
          ...repo,
          issue_number,
          state: "closed",
        }),
    ],
    [
      "reopen",
      () =>
        gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
          ...repo,
          issue_number,
          state: "open",
        }),
    ],
    [
      "edit body",
      () =>
        gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...repo, issue_number, body: "b" }),
    ],
  ];
  for (const [step, run] of steps) {
    const before = updatedAt();
    emu.advance(60_000);
    await run();
    expect({ step, moved: updatedAt() > before }).toEqual({ step, moved: true });
  }

  const [comment] = emu.comments(number);
  const before = updatedAt();
  emu.advance(60_000);
  // Read before the edit: taken after it, a second boundary in between would put `since` past it.
  const since = emu.now();
  const edited = await gh.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
    ...repo,
    comment_id: Number(comment?.id),
    body: "edited",
  });
  expect(edited.data.updated_at > edited.data.created_at).toBe(true);
  expect(updatedAt()).toBe(before);
  // So `since=` on the issues list does not see the edit; on the comments list it does.
  const issues = await gh.request("GET /repos/{owner}/{repo}/issues", { ...repo, since });
  expect(issues.data).toEqual([]);
  const comments = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number,
    since,
  });
  expect(comments.data.map((c) => c.body)).toEqual(["edited"]);
});

test("human helpers bump the same way (label, comment, close, merge); an edited comment does not", () => {
  const alice = emu.as("alice");
  const { number } = alice.openIssue({ title: "x" });
  const updatedAt = () => String(emu.issue(number).updated_at);
  let last = updatedAt();
  const bumps = (run: () => unknown) => {
    emu.advance(60_000);
    run();
    const moved = updatedAt() > last;
    last = updatedAt();
    return moved;
  };
  expect(bumps(() => alice.label(number, "SEV1"))).toBe(true);
  let commentId = 0;
  expect(bumps(() => (commentId = alice.comment(number, "a").commentId))).toBe(true);
  expect(bumps(() => alice.editComment(commentId, "b"))).toBe(false);
  expect(bumps(() => alice.react(commentId, "eyes"))).toBe(false);
  expect(bumps(() => alice.close(number))).toBe(true);
  emu.setFile("pm", "pm.md", "x");
  const pull = alice.openPull({ title: "pm", head: "pm" });
  const before = String(emu.issue(pull.number).updated_at);
  emu.advance(60_000);
  alice.mergePull(pull.number);
  expect(String(emu.issue(pull.number).updated_at) > before).toBe(true);
});
