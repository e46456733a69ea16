import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type Client, client, statusOf } from "./test-client.js";

let emu: Emulator;
let gh: Client;
const repo = { owner: "acme", repo: "web" };

beforeEach(async () => {
  emu = await startEmulator({ ...repo, validateResponses: true });
  gh = client(emu, emu.installationToken());
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe("comments and reactions", () => {
  test("comment CRUD is reflected in the timeline and the issue's comment count", async () => {
    const { number: n } = emu.as("alice").openIssue({ title: "x" });
    const created = await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: n,
      body: "board v1",
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: "board v1",
      user: { login: "incident-workflow[bot]", type: "Bot" },
    });
    expect(created.data.html_url).toBe(
      `https://github.com/acme/web/issues/${n}#issuecomment-${created.data.id}`,
    );
    const id = created.data.id;
    await gh.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      ...repo,
      comment_id: id,
      body: "board v2",
    });
    expect(emu.timeline(n)).toMatchObject([{ event: "commented", body: "board v2", id }]);
    expect(emu.issue(n).comments).toBe(1);
    const fetched = await gh.request("GET /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      ...repo,
      comment_id: id,
    });
    expect(fetched.data.body).toBe("board v2");
    const deleted = await gh.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      ...repo,
      comment_id: id,
    });
    expect(deleted.status).toBe(204);
    expect(emu.timeline(n)).toEqual([]);
    expect(emu.comments(n)).toEqual([]);
    expect(
      await statusOf(
        gh.request("GET /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: id }),
      ),
    ).toBe(404);
  });

  test("author association comes from the repo's map: owner is OWNER, unknown users NONE", async () => {
    const { number: n } = emu.as("acme").openIssue({ title: "x" });
    emu.setAssociation("carol", "MEMBER");
    emu.as("acme").comment(n, "owner");
    emu.as("carol").comment(n, "member");
    emu.as("mallory").comment(n, "drive-by");
    const listed = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: n,
    });
    expect(listed.data.map((c) => [c.user?.login, c.author_association])).toEqual([
      ["acme", "OWNER"],
      ["carol", "MEMBER"],
      ["mallory", "NONE"],
    ]);
  });

  test("comments list paginates", async () => {
    const { number: n } = emu.as("alice").openIssue({ title: "x" });
    for (let i = 0; i < 45; i++) emu.as("alice").comment(n, `c${i}`);
    const all = await gh.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: n,
      per_page: 20,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 45 }, (_, i) => `c${i}`));
  });

  test("reacting twice with the same content returns the existing reaction (201 then 200)", async () => {
    const { number: n } = emu.as("alice").openIssue({ title: "x" });
    const { commentId } = emu.as("alice").comment(n, "/incident ack");
    const react = (content: "eyes" | "+1") =>
      gh.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
        ...repo,
        comment_id: commentId,
        content,
      });
    const first = await react("eyes");
    const second = await react("eyes");
    const other = await react("+1");
    expect([first.status, second.status, other.status]).toEqual([201, 200, 201]);
    expect(second.data.id).toBe(first.data.id);
    expect(emu.reactions(commentId).map((r) => r.content)).toEqual(["eyes", "+1"]);
    // A different user reacting with the same content is a new reaction.
    expect(emu.as("bob").react(commentId, "eyes").created).toBe(true);
    const comment = await gh.request("GET /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      ...repo,
      comment_id: commentId,
    });
    expect(comment.data.reactions).toMatchObject({ total_count: 3, eyes: 2, "+1": 1 });
  });

  test("an empty comment body is rejected like GitHub (422)", async () => {
    const { number: n } = emu.as("alice").openIssue({ title: "x" });
    const empty = gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: n,
      body: " ",
    });
    expect(await statusOf(empty)).toBe(422);
  });
});
