// Issue 17 through the app (Probot with the emulator): trust decided by who did it, and permission,
// not association, for what changes or publishes.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { rotationToday } from "../helpers/preparedness-config.js";
import { boards, describeRequests, startApp, work, writes } from "./probot-harness.js";

let emu: Emulator;
let app: Awaited<ReturnType<typeof startApp>>;

const CONFIG = (extra = "") => `
${rotationToday()}
severities:
  - { id: SEV1, notify: ["@acme/sre-leads"], requiredRoles: [commander] }
  - { id: SEV2, notify: ["@acme/sre-leads"] }
  - { id: SEV3 }
  - { id: SEV4 }
${extra}
`;

/** The incident form as GitHub writes it, answered SEV1. */
const FORM = [
  "### Summary",
  "",
  "Checkout is down for everyone",
  "",
  "### Impact",
  "",
  "All customers",
  "",
  "### Severity",
  "",
  "SEV1 — Critical",
  "",
  "### Started at",
  "",
  "_No response_",
  "",
  "### Links",
  "",
  "_No response_",
].join("\n");

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  emu.setFile("main", ".github/incidents.yml", CONFIG());
  for (const m of ["alice", "carol", "dave"]) emu.setAssociation(m, "MEMBER");
  emu.setAssociation("mallory", "NONE");
  // A collaborator invited read-only, and an org member with triage.
  emu.setAssociation("rob", "COLLABORATOR");
  emu.setPermission("rob", "read");
  emu.setAssociation("tess", "MEMBER");
  emu.setPermission("tess", "triage");
  app = await startApp(emu);
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const bodies = (n: number) => emu.comments(n).map((c) => String(c.body));

describe("an outsider's incident form (issue 17's demonstration)", () => {
  it("labelled incident + SEV1 on the outsider's behalf: not adopted, nobody paged or notified, no postmortem on close", async () => {
    const opened = emu
      .as("mallory")
      .openIssue({ title: "Checkout down", body: FORM, labels: ["incident", "SEV1"] });
    const n = opened.number;
    const mark = emu.mark();
    for (const p of opened.payloads) await app.deliver(p);
    expect(describeRequests(writes(work(emu.requestsSince(mark))))).toEqual([]);
    expect(bodies(n)).toEqual([]);
    expect(emu.labels(n).sort()).toEqual(["SEV1", "incident"]);
    // Closed as completed by the outsider: no branch, no pull request, nothing written.
    await app.deliver(emu.as("mallory").close(n, "completed"));
    expect(describeRequests(writes(work(emu.requestsSince(mark))))).toEqual([]);
    expect(emu.pulls()).toEqual([]);
    expect(Object.keys(emu.branches())).toEqual(["main"]);
  });

  it("without its label (GitHub dropped it): not labelled, nothing written, no permission read for an outsider", async () => {
    const opened = emu.as("mallory").openIssue({ title: "Checkout down", body: FORM });
    const mark = emu.mark();
    for (const p of opened.payloads) await app.deliver(p);
    const spent = work(emu.requestsSince(mark));
    expect(describeRequests(writes(spent))).toEqual([]);
    expect(spent.filter((r) => r.path.includes("/permission"))).toEqual([]);
    expect(emu.labels(opened.number)).toEqual([]);
  });

  it("a maintainer declares it by labelling it: declared by them, at the default level, not the outsider's SEV1", async () => {
    const opened = emu
      .as("mallory")
      .openIssue({ title: "Checkout down", body: FORM, labels: ["incident", "SEV1"] });
    const n = opened.number;
    for (const p of opened.payloads) await app.deliver(p);
    await app.deliver(emu.as("alice").unlabel(n, "incident"));
    await app.deliver(emu.as("alice").label(n, "incident"));
    expect(emu.labels(n)).toEqual(expect.arrayContaining(["SEV3", "incident", "status:investigating"]));
    expect(emu.labels(n)).not.toContain("SEV1");
    expect(bodies(n).some((b) => b.includes("@acme/sre-leads"))).toBe(false);
    expect(String(boards(emu, n)[0]?.body)).toContain("**SEV3**");
  });

  it("with commands.outsiderForms: reply, answered once saying a maintainer adds the label", async () => {
    emu.setFile("main", ".github/incidents.yml", CONFIG("commands: { outsiderForms: reply }"));
    const opened = emu
      .as("mallory")
      .openIssue({ title: "Checkout down", body: FORM, labels: ["incident", "SEV1"] });
    const n = opened.number;
    for (const p of opened.payloads) await app.deliver(p);
    for (const p of opened.payloads) await app.deliver(p); // redelivered
    const replies = bodies(n);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^<!-- incident-workflow:outsider-form -->\n/);
    expect(replies[0]).toContain("by adding the `incident` label");
    expect(replies[0]).not.toContain("@");
    expect(emu.labels(n).sort()).toEqual(["SEV1", "incident"]);
  });

  it("a member with triage opening the same form declares it at SEV1 and notifies (one permission read)", async () => {
    const opened = emu.as("tess").openIssue({ title: "Checkout down", body: FORM, labels: ["incident"] });
    const n = opened.number;
    const mark = emu.mark();
    for (const p of opened.payloads) await app.deliver(p);
    expect(emu.labels(n)).toContain("SEV1");
    expect(bodies(n).some((b) => b.includes("@acme/sre-leads"))).toBe(true);
    const reads = work(emu.requestsSince(mark)).filter((r) =>
      r.path.endsWith("/collaborators/tess/permission"),
    );
    expect(reads).toHaveLength(1);
  });
});

describe("permission, not association, for /sev, /public, /resolve…", () => {
  let n: number;
  beforeEach(async () => {
    const opened = emu.as("alice").openIssue({ title: "Payments failing", labels: ["incident", "SEV2"] });
    n = opened.number;
    for (const p of opened.payloads) await app.deliver(p);
  });

  it("a read-only collaborator's /public and /sev 1 are refused with a clear reply; /update still runs", async () => {
    const c = emu.as("rob").comment(n, "/public We are looking into it\n/sev 1\n/update checking the logs");
    await app.deliver(c);
    expect(emu.labels(n)).toContain("SEV2");
    expect(emu.labels(n)).not.toContain("SEV1");
    const reply = bodies(n).find((b) => b.startsWith(`<!-- incident-workflow:reply:${c.commentId} -->`));
    expect(reply).toContain("`/public` needs triage permission or more on this repository (you have read)");
    expect(reply).toContain("`/sev` needs triage permission or more on this repository (you have read)");
    const board = String(boards(emu, n)[0]?.body);
    expect(board).toContain("checking the logs");
    expect(board).not.toContain("We are looking into it");
  });

  it("a triage member's /sev 1 runs: the board first, the permission read once per process for a while", async () => {
    const boardId = boards(emu, n)[0]?.id;
    const c = emu.as("tess").comment(n, "/sev 1");
    let mark = emu.mark();
    await app.deliver(c);
    expect(describeRequests(work(emu.requestsSince(mark)))).toEqual([
      `GET /repos/acme/web/issues/${n}/timeline`,
      "GET /repos/acme/web/collaborators/tess/permission",
      `PATCH /repos/acme/web/issues/comments/${boardId}`,
      `POST /repos/acme/web/issues/${n}/labels`,
      `DELETE /repos/acme/web/issues/${n}/labels/SEV2`,
      expect.stringMatching(new RegExp(`^POST /repos/acme/web/issues/${n}/comments$`)),
      `POST /repos/acme/web/issues/comments/${c.commentId}/reactions`,
    ]);
    expect(emu.labels(n)).toContain("SEV1");
    const again = emu.as("tess").comment(n, "/public Payments are failing for some customers");
    mark = emu.mark();
    await app.deliver(again);
    const spent = describeRequests(work(emu.requestsSince(mark)));
    expect(spent.filter((r) => r.includes("/permission"))).toEqual([]);
    expect(emu.reactions(again.commentId).map((r) => r.content)).toEqual(["+1"]);
  });

  it("a member's severity label counts without a permission read (GitHub let them label another's issue)", async () => {
    const mark = emu.mark();
    await app.deliver(emu.as("carol").label(n, "SEV1"));
    expect(work(emu.requestsSince(mark)).filter((r) => r.path.includes("/permission"))).toEqual([]);
    expect(emu.labels(n)).not.toContain("SEV2");
    expect(String(boards(emu, n)[0]?.body)).toContain("**SEV1**");
  });
});
