import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, describeRequests, startApp, work, writes } from "./probot-harness.js";

let emu: Emulator;
let app: Awaited<ReturnType<typeof startApp>>;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER");
  emu.setAssociation("bob", "MEMBER");
  app = await startApp(emu);
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe("the app through Probot: declaration, severity and the board (issue 2)", () => {
  it("opened with incident + SEV2, delivered as concurrent opened + labeled + labeled: exactly one board, SEV2", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    expect(payloads.map((p) => `${p.name}.${(p.payload as { action: string }).action}`)).toEqual([
      "issues.opened",
      "issues.labeled",
      "issues.labeled",
    ]);
    await Promise.all(payloads.map((p) => app.deliver(p)));
    const only = boards(emu, number);
    expect(only).toHaveLength(1);
    expect(only[0]?.body).toContain("**SEV2**");
    expect((only[0]?.user as { login: string } | undefined)?.login).toBe("incident-workflow[bot]");
    expect(emu.labels(number).sort()).toEqual(["SEV2", "incident", "status:investigating"]);
    // The labels the tool uses were created with colours and descriptions.
    const sev1 = emu.repoLabels().find((l) => l.name === "SEV1");
    expect(sev1?.color).toMatch(/^[0-9a-f]{6}$/);
    expect(sev1?.description).toBeTruthy();
  });

  it("applying SEV1 removes SEV2 and edits the same board, in at most 3 requests beyond config", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    for (const p of payloads) await app.deliver(p);
    const boardId = boards(emu, number)[0]?.id;
    const mark = emu.mark();
    await app.deliver(emu.as("bob").label(number, "SEV1"));
    const spent = work(emu.requestsSince(mark));
    expect(describeRequests(spent)).toEqual([
      `GET /repos/acme/web/issues/${number}/timeline`,
      `PATCH /repos/acme/web/issues/comments/${boardId}`,
      `DELETE /repos/acme/web/issues/${number}/labels/SEV2`,
    ]);
    expect(emu.labels(number)).not.toContain("SEV2");
    const after = boards(emu, number);
    expect(after.map((b) => b.id)).toEqual([boardId]);
    expect(after[0]?.body).toContain("**SEV1**");
    expect(after[0]?.body).toContain("Severity raised SEV2 → SEV1");
  });

  it("a redelivered event changes nothing: no new comment, no write", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    for (const p of payloads) await app.deliver(p);
    const raise = emu.as("bob").label(number, "SEV1");
    await app.deliver(raise);
    const before = JSON.stringify(emu.comments(number));
    const labels = emu.labels(number);
    for (const again of [raise, ...payloads]) {
      const mark = emu.mark();
      await app.deliver(again);
      expect(writes(emu.requestsSince(mark))).toEqual([]);
    }
    expect(JSON.stringify(emu.comments(number))).toBe(before);
    expect(emu.labels(number)).toEqual(labels);
  });

  it("a non-incident issue gets no request that writes anything", async () => {
    const { number, payloads } = emu.as("alice").openIssue({ title: "Typo in footer", labels: ["bug"] });
    const mark = emu.mark();
    for (const p of payloads) await app.deliver(p);
    await app.deliver(emu.as("alice").comment(number, "/sev 1"));
    await app.deliver(emu.as("alice").label(number, "SEV1"));
    expect(writes(emu.requestsSince(mark)).filter((r) => !r.path.startsWith("/app/"))).toEqual([]);
    expect(
      emu.comments(number).filter((c) => (c.user as { login: string }).login === "incident-workflow[bot]"),
    ).toEqual([]);
  });

  it("an invalid config: one comment naming the bad option path, nothing else changed", async () => {
    emu.setFile(
      "main",
      ".github/incidents.yml",
      "severities:\n  - id: SEV1\n    updateCadenceMinutes: soon\n",
    );
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    for (const p of payloads) await app.deliver(p);
    const comments = emu.comments(number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("severities[0].updateCadenceMinutes");
    expect(comments[0]?.body).toContain('"soon"');
    expect(emu.labels(number).sort()).toEqual(["SEV2", "incident"]);
  });
});
