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
    labels: [{ name: "incident", color: "b60205" }],
  });
  gh = client(emu, emu.installationToken());
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const events = (n: number) => emu.timeline(n).map((e) => e.event);

describe("issues and labels", () => {
  test("creating an issue with labels emits labeled events and creates unknown labels", async () => {
    const { data, status } = await gh.request("POST /repos/{owner}/{repo}/issues", {
      ...repo,
      title: "API down",
      labels: ["incident", "SEV1"],
    });
    expect(status).toBe(201);
    expect(data.user?.login).toBe("incident-workflow[bot]");
    expect(data.user?.type).toBe("Bot");
    expect(emu.labels(data.number)).toEqual(["incident", "SEV1"]);
    expect(emu.repoLabels().map((l) => l.name)).toEqual(["incident", "SEV1"]);
    const timeline = emu.timeline(data.number);
    expect(timeline.map((e) => [e.event, (e.label as { name: string }).name])).toEqual([
      ["labeled", "incident"],
      ["labeled", "SEV1"],
    ]);
    expect(timeline[0]).toMatchObject({
      label: { color: "b60205" },
      actor: { login: "incident-workflow[bot]" },
    });
  });

  test("adding a label already present emits nothing; removing emits unlabeled; missing label is 404", async () => {
    const { data } = await gh.request("POST /repos/{owner}/{repo}/issues", {
      ...repo,
      title: "x",
      labels: ["incident"],
    });
    const n = data.number;
    await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      ...repo,
      issue_number: n,
      labels: ["INCIDENT"],
    });
    expect(events(n)).toEqual(["labeled"]);
    const after = await gh.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
      ...repo,
      issue_number: n,
      name: "incident",
    });
    expect(after.data).toEqual([]);
    expect(events(n)).toEqual(["labeled", "unlabeled"]);
    const gone = gh.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
      ...repo,
      issue_number: n,
      name: "incident",
    });
    expect(await statusOf(gone)).toBe(404);
  });

  test("PATCH replaces labels and assignees, emitting the diffs, and closes with a reason", async () => {
    const { data } = await gh.request("POST /repos/{owner}/{repo}/issues", {
      ...repo,
      title: "x",
      labels: ["a", "b"],
    });
    const n = data.number;
    const patched = await gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: n,
      title: "renamed",
      labels: ["b", "c"],
      assignees: ["alice", "bob"],
      state: "closed",
      state_reason: "not_planned",
    });
    expect(patched.data).toMatchObject({ title: "renamed", state: "closed", state_reason: "not_planned" });
    expect(events(n)).toEqual([
      "labeled",
      "labeled",
      "renamed",
      "unlabeled",
      "labeled",
      "assigned",
      "assigned",
      "closed",
    ]);
    await gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: n,
      assignees: ["bob"],
    });
    const last = emu.timeline(n).at(-1)!;
    expect(last).toMatchObject({ event: "unassigned", assignee: { login: "alice" } });
    expect(emu.timeline(n).find((e) => e.event === "renamed")).toMatchObject({
      rename: { from: "x", to: "renamed" },
    });
    expect(emu.timeline(n).find((e) => e.event === "closed")).toMatchObject({ state_reason: "not_planned" });
  });

  test("assignees endpoints add and remove with events", async () => {
    const { data } = await gh.request("POST /repos/{owner}/{repo}/issues", { ...repo, title: "x" });
    const n = data.number;
    const added = await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
      ...repo,
      issue_number: n,
      assignees: ["carol"],
    });
    expect(added.status).toBe(201);
    expect(added.data.assignees?.map((a) => a.login)).toEqual(["carol"]);
    await gh.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
      ...repo,
      issue_number: n,
      assignees: ["carol"],
    });
    expect(events(n)).toEqual(["assigned", "unassigned"]);
  });

  test("timeline paginates 250 events over 3 pages with GitHub's Link header", async () => {
    const { data } = await gh.request("POST /repos/{owner}/{repo}/issues", { ...repo, title: "busy" });
    const n = data.number;
    const alice = emu.as("alice");
    for (let i = 0; i < 125; i++) {
      alice.label(n, `l${i}`);
      alice.unlabel(n, `l${i}`);
    }
    const first = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
      ...repo,
      issue_number: n,
      per_page: 100,
    });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toMatch(/<[^>]*[?&]page=2[^>]*>; rel="next"/);
    expect(first.headers.link).toMatch(/<[^>]*[?&]page=3[^>]*>; rel="last"/);
    const mark = emu.mark();
    const all = await gh.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
      ...repo,
      issue_number: n,
      per_page: 100,
    });
    expect(all).toHaveLength(250);
    expect(emu.requestsSince(mark).map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
    expect(all.map((e) => (e as { event?: string }).event).slice(0, 4)).toEqual([
      "labeled",
      "unlabeled",
      "labeled",
      "unlabeled",
    ]);
    // per_page is capped at 100 like GitHub; default page size is 30.
    const capped = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
      ...repo,
      issue_number: n,
      per_page: 500,
    });
    expect(capped.data).toHaveLength(100);
    const defaults = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
      ...repo,
      issue_number: n,
    });
    expect(defaults.data).toHaveLength(30);
  });

  test("list issues filters by label and state, newest first", async () => {
    const one = emu.as("alice").openIssue({ title: "one", labels: ["incident"] });
    emu.as("alice").openIssue({ title: "two" });
    const three = emu.as("alice").openIssue({ title: "three", labels: ["incident"] });
    emu.as("alice").close(three.number);
    const open = await gh.request("GET /repos/{owner}/{repo}/issues", { ...repo, labels: "incident" });
    expect(open.data.map((i) => i.number)).toEqual([one.number]);
    const all = await gh.request("GET /repos/{owner}/{repo}/issues", {
      ...repo,
      labels: "incident",
      state: "all",
    });
    expect(all.data.map((i) => i.number)).toEqual([three.number, one.number]);
  });

  test("repo labels: create, duplicate is 422, list paginates", async () => {
    const created = await gh.request("POST /repos/{owner}/{repo}/labels", {
      ...repo,
      name: "SEV2",
      color: "d93f0b",
    });
    expect(created.status).toBe(201);
    const dup = gh.request("POST /repos/{owner}/{repo}/labels", { ...repo, name: "sev2", color: "d93f0b" });
    expect(await statusOf(dup)).toBe(422);
    const listed = await gh.paginate("GET /repos/{owner}/{repo}/labels", { ...repo, per_page: 1 });
    expect(listed.map((l) => l.name)).toEqual(["incident", "SEV2"]);
  });

  test("every timeline event matches its own schema in GitHub's description", async () => {
    const v = await getValidator();
    const alice = emu.as("alice");
    const { number: n } = alice.openIssue({ title: "x", labels: ["incident"], assignees: ["bob"] });
    const { commentId } = alice.comment(n, "hello");
    alice.edit(n, { title: "y" });
    alice.unassign(n, "bob");
    alice.unlabel(n, "incident");
    alice.close(n, "completed");
    alice.reopen(n);
    alice.addCrossReference(n, alice.openIssue({ title: "mentions #1" }).number);
    emu.addCommitReference(n, "alice", "a".repeat(40));
    const schemaFor: Record<string, string> = {
      labeled: "labeled-issue-event",
      unlabeled: "unlabeled-issue-event",
      assigned: "timeline-assigned-issue-event",
      unassigned: "timeline-unassigned-issue-event",
      commented: "timeline-comment-event",
      renamed: "renamed-issue-event",
      closed: "state-change-issue-event",
      reopened: "state-change-issue-event",
      "cross-referenced": "timeline-cross-referenced-event",
      referenced: "state-change-issue-event",
    };
    const timeline = emu.timeline(n);
    expect(timeline.map((e) => e.event)).toEqual([
      "labeled",
      "assigned",
      "commented",
      "renamed",
      "unassigned",
      "unlabeled",
      "closed",
      "reopened",
      "cross-referenced",
      "referenced",
    ]);
    for (const e of timeline) expect(v.validateSchema(schemaFor[String(e.event)]!, e)).toBeNull();
    expect(timeline[2]).toMatchObject({
      id: commentId,
      body: "hello",
      author_association: "NONE",
      actor: { login: "alice" },
    });
  });
});
