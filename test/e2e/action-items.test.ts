// Issue 11: a merged postmortem's action items become issues, once; the incident's board and the
// dashboard show their progress; overdue ones are nudged by the sweep. Through the app (Probot).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepAll } from "../../src/app/sweep-all.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, startApp } from "./probot-harness.js";

let emu: Emulator;
let clock = Date.now();
const at = () => {
  emu.setTime(new Date(clock).toISOString());
  return new Date(clock);
};
let app: Awaited<ReturnType<typeof startApp>>;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  for (const m of ["alice", "bob", "carol"]) {
    emu.setAssociation(m, "MEMBER");
    emu.setPermission(m, "write");
  }
  clock = Date.now() - 2 * 3600_000;
  app = await startApp(emu, { now: at });
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

/** An incident closed with a postmortem PR whose document people edited to hold three open items. */
async function mergedPostmortem() {
  const declared = at().toISOString().slice(0, 10);
  const { number: n, payloads } = emu
    .as("alice")
    .openIssue({ title: "Card declines", labels: ["incident", "SEV2"] });
  for (const p of payloads) await app.deliver(p);
  for (const c of ["/commander me", "/followup Alert on the card decline rate", "/status mitigated"]) {
    clock += 10 * 60_000;
    at();
    await app.deliver(emu.as("alice").comment(n, c));
  }
  clock += 10 * 60_000;
  at();
  await app.deliver(emu.as("alice").close(n, "completed"));
  const pull = emu.pulls()[0] as { number: number; head: { ref: string } };
  const branch = pull.head.ref;
  const path = `docs/postmortems/${declared}-${n}-card-declines.md`;
  const doc = emu.file(branch, path) ?? "";
  const items = [
    "- [ ] Alert on the card decline rate (@alice)",
    "- [ ] Canary stage for payment-client, owner: @carol",
    "- [ ] Write the card-declines runbook",
    "- [x] Roll back payment-client (@bob)",
  ].join("\n");
  const edited = doc.replace(/## Action items[\s\S]*?(\n<sub>)/, `## Action items\n\n${items}\n$1`);
  emu.setFile(branch, path, edited);
  clock += 60 * 60_000;
  at();
  const merged = emu.as("bob").mergePull(pull.number);
  return { n, pull: pull.number, merged, path };
}

const actionItems = () =>
  emu.issues().filter((i) => (i.labels as Array<{ name: string }>).some((l) => l.name === "action-item"));

describe("postmortem action items", () => {
  it("three open items merged: three issues with due dates and links; merged again: still three", async () => {
    const { n, pull, merged } = await mergedPostmortem();
    await app.deliver(merged);
    const items = actionItems();
    expect(items.map((i) => i.title).sort()).toEqual([
      "Alert on the card decline rate",
      "Canary stage for payment-client, owner: @carol",
      "Write the card-declines runbook",
    ]);
    const due = new Date(clock + 30 * 864e5).toISOString().slice(0, 10);
    for (const item of items) {
      expect(item.body).toContain(`**Due:** ${due} (SEV2)`);
      expect(item.body).toContain(`incident #${n}`);
      expect(item.body).toContain(`/pull/${pull}`);
    }
    const assignee = (title: string) =>
      (items.find((i) => i.title === title)!.assignees as Array<{ login: string }>).map((a) => a.login);
    expect(assignee("Alert on the card decline rate")).toEqual(["alice"]);
    expect(assignee("Canary stage for payment-client, owner: @carol")).toEqual(["carol"]);
    // GitHub shows their progress on the incident: they are its sub-issues.
    expect(emu.subIssues(n).sort()).toEqual(items.map((i) => Number(i.number)).sort());
    expect(emu.issue(n).sub_issues_summary).toMatchObject({ total: 3, completed: 0 });
    await app.deliver(merged); // redelivered
    expect(actionItems()).toHaveLength(3);
    expect(emu.subIssues(n)).toHaveLength(3);
    const announced = emu
      .comments(n)
      .filter((c) => String(c.body).startsWith(`<!-- incident-workflow:action-items:${pull} -->`));
    expect(announced).toHaveLength(1);
    expect(String(boards(emu, n)[0]?.body)).toContain("0 of 3 done.");

    // One is done: the incident's board and the dashboard show it.
    const first = Number(items[0]?.number);
    await app.deliver(emu.as("alice").close(first, "completed"));
    expect(String(boards(emu, n)[0]?.body)).toContain("1 of 3 done.");
    expect(emu.issue(n).sub_issues_summary).toMatchObject({ total: 3, completed: 1 });
    const dashboard = emu.issues().find((i) => i.title === "Incident dashboard");
    expect(String(dashboard?.body)).toContain("| 1 of 3 done |");

    // Past the due date, the sweep nudges each open item once.
    clock += 31 * 864e5;
    at();
    await sweepAll(app.probot);
    await sweepAll(app.probot);
    for (const item of actionItems().filter((i) => i.state === "open")) {
      const nudges = emu
        .comments(Number(item.number))
        .filter((c) => String(c.body).includes("remind:action-item:"));
      expect(nudges).toHaveLength(1);
      expect(nudges[0]?.body).toContain(`this action item was due on ${due}`);
    }
    emu.setTime(new Date().toISOString());
  });
});

describe("action items where GitHub has no sub-issues (older GitHub Enterprise Server)", () => {
  it("the sub-issues API answers 404: the items are issues linked from the incident, and nothing fails", async () => {
    await emu.close();
    emu = await startEmulator({
      owner: "acme",
      repo: "web",
      labels: labelSpecs(defaultConfig()),
      subIssues: false,
    });
    for (const m of ["alice", "bob", "carol"]) {
      emu.setAssociation(m, "MEMBER");
      emu.setPermission(m, "write");
    }
    app = await startApp(emu, { now: at });
    const { n, pull, merged } = await mergedPostmortem();
    const mark = emu.mark();
    await app.deliver(merged);
    expect(actionItems()).toHaveLength(3);
    const subIssueCalls = emu.requestsSince(mark).filter((r) => r.path.includes("/sub_issues"));
    expect(subIssueCalls.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 404"]);
    const announced = emu
      .comments(n)
      .filter((c) => String(c.body).startsWith(`<!-- incident-workflow:action-items:${pull} -->`));
    expect(announced).toHaveLength(1);
    expect(String(announced[0]?.body)).toContain("its action items are now issues:");
    for (const item of actionItems()) expect(String(announced[0]?.body)).toContain(`- #${item.number}`);
    expect(String(boards(emu, n)[0]?.body)).toContain("0 of 3 done.");
    emu.setTime(new Date().toISOString());
  });
});
