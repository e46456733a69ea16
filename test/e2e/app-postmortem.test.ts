import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, describeRequests, startApp, work } from "./probot-harness.js";

let emu: Emulator;
let app: Awaited<ReturnType<typeof startApp>>;
let n: number;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", files: { "README.md": "# web\n" } });
  for (const member of ["alice", "bob"]) {
    emu.setAssociation(member, "MEMBER");
    emu.setPermission(member, "write");
  }
  app = await startApp(emu);
  const opened = emu
    .as("bob")
    .openIssue({ title: "Payments failing: card declines", labels: ["incident", "SEV2"] });
  n = opened.number;
  for (const p of opened.payloads) await app.deliver(p);
  for (const body of [
    "/commander @alice",
    "/status mitigated",
    "/update Rolled back deploy 4512; declines back to baseline",
    "/followup Add an alert on the card decline rate",
  ]) {
    emu.advance(5 * 60_000);
    await app.deliver(emu.as("alice").comment(n, body));
  }
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe("closing an incident opens its postmortem (issue 4)", () => {
  it("one PR postmortem/incident-<n> → main with the document and the index, within 11 requests; the issue links it", async () => {
    emu.advance(10 * 60_000);
    const close = emu.as("alice").close(n, "completed");
    const mark = emu.mark();
    await app.deliver(close);
    const spent = work(emu.requestsSince(mark));
    expect(spent.length, describeRequests(spent).join("\n")).toBeLessThanOrEqual(11);

    const pulls = emu.pulls();
    expect(pulls).toHaveLength(1);
    const pr = pulls[0] as {
      number: number;
      head: { ref: string };
      base: { ref: string };
      body: string;
      title: string;
      labels: Array<{ name: string }>;
    };
    expect(pr.head.ref).toBe(`postmortem/incident-${n}`);
    expect(pr.base.ref).toBe("main");
    expect(pr.title).toBe(`Postmortem: Payments failing: card declines (#${n})`);
    expect(pr.body).toContain(`#${n}`);
    expect(pr.labels.map((l) => l.name)).toContain("postmortem");

    const files = Object.keys(emu.branches());
    expect(files).toContain(`postmortem/incident-${n}`);
    const date = new Date(String(emu.issue(n).created_at)).toISOString().slice(0, 10);
    const doc = emu.file(
      `postmortem/incident-${n}`,
      `docs/postmortems/${date}-${n}-payments-failing-card-declines.md`,
    );
    expect(doc).not.toBeNull();
    const front = parseYaml(String(doc).split("---")[1] ?? "");
    expect(front).toMatchObject({ incident: n, severity: "SEV2", status: "draft", commander: "alice" });
    expect(doc).toContain("Payments failing: card declines");
    expect(doc).toContain("Rolled back deploy 4512; declines back to baseline");
    expect(doc).toContain("- [ ] Add an alert on the card decline rate");
    expect(doc).toContain("@alice");

    const board = String(boards(emu, n)[0]?.body);
    expect(board).toContain(`| **Postmortem** | #${pr.number} |`);
    expect(board).toContain("✅ Resolved");
  });

  it("a redelivered close, or a reopen and close, never opens a second PR or branch", async () => {
    const close = emu.as("alice").close(n, "completed");
    await app.deliver(close);
    await app.deliver(close);
    await app.deliver(emu.as("alice").reopen(n));
    await app.deliver(emu.as("alice").close(n, "completed"));
    expect(emu.pulls()).toHaveLength(1);
    expect(Object.keys(emu.branches()).filter((b) => b.startsWith("postmortem/"))).toHaveLength(1);
    expect(boards(emu, n)).toHaveLength(1);
  });

  it("closed as not planned: no PR, the not-an-incident label, and the board says so", async () => {
    await app.deliver(emu.as("alice").close(n, "not_planned"));
    expect(emu.pulls()).toHaveLength(0);
    expect(emu.labels(n)).toContain("not-an-incident");
    expect(String(boards(emu, n)[0]?.body)).toContain("**Not an incident.**");
  });

  it("a refused commit (protected branch, missing permission) is reported on the issue with the document", async () => {
    emu.fault({
      method: "PUT",
      pathPattern: /\/contents\//,
      status: 403,
      body: { message: "Resource not accessible by integration" },
    });
    await app.deliver(emu.as("alice").close(n, "completed"));
    expect(emu.pulls()).toHaveLength(0);
    const report = emu.comments(n).find((c) => String(c.body).includes("could not"));
    expect(report?.body).toContain("403");
    expect(report?.body).toContain("contents: write");
    expect(report?.body).toContain("Rolled back deploy 4512; declines back to baseline");
    expect(String(boards(emu, n)[0]?.body)).toContain("✅ Resolved");

    // Later events do not retry (no comment storm); reopening and closing again does.
    const reports = () => emu.comments(n).filter((c) => String(c.body).includes("could not")).length;
    await app.deliver(emu.as("alice").comment(n, "/note waiting for the branch protection change"));
    expect(reports()).toBe(1);
    await app.deliver(emu.as("alice").reopen(n));
    await app.deliver(emu.as("alice").close(n, "completed"));
    expect(emu.pulls()).toHaveLength(1);
  });
});
