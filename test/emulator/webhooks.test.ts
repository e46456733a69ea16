import { Webhooks } from "@octokit/webhooks";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Emulator, exampleFor, startEmulator } from "../../src/emulator/index.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER");
});
afterAll(() => emu.close());

describe("webhook payload builders", () => {
  test("openIssue → issues.opened then one issues.labeled per label, reflecting current state", () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "DB down", body: "help", labels: ["incident", "SEV1"] });
    expect(payloads.map((p) => `${p.name}.${p.payload.action}`)).toEqual([
      "issues.opened",
      "issues.labeled",
      "issues.labeled",
    ]);
    const [opened, first, second] = payloads;
    expect(opened?.payload.issue).toMatchObject({
      number,
      title: "DB down",
      body: "help",
      state: "open",
      author_association: "MEMBER",
    });
    expect(opened?.payload.issue.labels?.map((l) => l.name)).toEqual(["incident", "SEV1"]);
    expect(first?.payload).toMatchObject({
      label: { name: "incident" },
      sender: { login: "alice", type: "User" },
    });
    expect(second?.payload).toMatchObject({ label: { name: "SEV1", color: "ededed" } });
    for (const p of payloads) {
      expect(p.payload.installation).toEqual({ id: emu.installationId, node_id: expect.any(String) });
      expect(p.payload.repository).toMatchObject({
        full_name: "acme/web",
        owner: { login: "acme" },
        default_branch: "main",
      });
      expect(p.payload).not.toHaveProperty("organization");
      expect(p.payload).not.toHaveProperty("changes"); // one opened example carries `changes`; dropped
    }
    expect(new Set(payloads.map((p) => p.id)).size).toBe(3);
  });

  test("label / unlabel / comment / close / reopen / edit carry the right action, number, label and sender", () => {
    const { number: n } = emu.as("alice").openIssue({ title: "x" });
    const labeled = emu.as("bob").label(n, "SEV2");
    expect(labeled).toMatchObject({
      name: "issues",
      payload: { action: "labeled", issue: { number: n }, label: { name: "SEV2" }, sender: { login: "bob" } },
    });
    expect(() => emu.as("bob").label(n, "sev2")).toThrow(/already has label/);
    expect(emu.as("carol").unlabel(n, "SEV2").payload).toMatchObject({
      action: "unlabeled",
      label: { name: "SEV2" },
      sender: { login: "carol" },
    });
    const comment = emu.as("bob").comment(n, "/incident sev1");
    expect(comment).toMatchObject({
      name: "issue_comment",
      payload: {
        action: "created",
        issue: { number: n, comments: 1 },
        comment: { id: comment.commentId, body: "/incident sev1", author_association: "NONE" },
      },
    });
    expect(emu.as("bob").editComment(comment.commentId, "/incident sev2").payload).toMatchObject({
      action: "edited",
      changes: { body: { from: "/incident sev1" } },
      comment: { body: "/incident sev2" },
    });
    const closed = emu.as("alice").close(n, "not_planned");
    expect(closed.payload).toMatchObject({
      action: "closed",
      issue: { number: n, state: "closed", state_reason: "not_planned", closed_by: { login: "alice" } },
    });
    expect(closed.payload).not.toHaveProperty("label");
    expect(emu.as("alice").reopen(n).payload).toMatchObject({
      action: "reopened",
      issue: { state: "open", state_reason: "reopened" },
    });
    expect(emu.as("alice").edit(n, { title: "y" }).payload).toMatchObject({
      action: "edited",
      changes: { title: { from: "x" } },
      issue: { title: "y" },
    });
    expect(emu.as("alice").assign(n, "dave").payload).toMatchObject({
      action: "assigned",
      assignee: { login: "dave" },
    });
  });

  test("payloads are routed by @octokit/webhooks like real deliveries", async () => {
    const webhooks = new Webhooks({ secret: "s" });
    const seen: string[] = [];
    webhooks.on("issues.labeled", ({ payload }) => {
      seen.push(`labeled ${payload.issue.number} ${payload.label?.name}`);
    });
    webhooks.on("issue_comment.created", ({ payload }) => {
      seen.push(`comment ${payload.comment.body}`);
    });
    const { number: n } = emu.as("alice").openIssue({ title: "x" });
    for (const delivery of [emu.as("alice").label(n, "SEV3"), emu.as("alice").comment(n, "hello")]) {
      await webhooks.receive({ id: delivery.id, name: delivery.name, payload: delivery.payload } as never);
    }
    expect(seen).toEqual([`labeled ${n} SEV3`, "comment hello"]);
  });

  test("openPull → pull_request.opened; examples exist for every action the helpers emit", () => {
    emu.setFile("pm", "pm.md", "# pm");
    const pr = emu.as("alice").openPull({ title: "Postmortem", head: "pm" });
    expect(pr.payload).toMatchObject({
      action: "opened",
      number: pr.number,
      pull_request: { head: { ref: "pm" }, base: { ref: "main" } },
    });
    for (const [name, action] of [
      ["issues", "closed"],
      ["issue_comment", "deleted"],
      ["issues", "unassigned"],
    ] as const) {
      expect(exampleFor(name, action)).toHaveProperty("repository");
    }
    expect(() => exampleFor("issues", "exploded")).toThrow(/no issues.exploded/);
  });
});
