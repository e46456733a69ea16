// Issue 9 through the app (Probot with the emulator): on-call, reminders, drills, the dashboard,
// labels at installation, the incident form without its label, /timeline. The emulator's clock is
// moved to make histories older; the app's clock is the real one.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepAll } from "../../src/app/sweep-all.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { rotationToday } from "../helpers/preparedness-config.js";
import { boards, startApp } from "./probot-harness.js";

let emu: Emulator;
let app: Awaited<ReturnType<typeof startApp>>;
const CONFIG = `
timeZone: UTC
${rotationToday()}
contacts:
  - name: Payments team
    people: ["@acme/payments"]
    links: [{ title: Runbook, url: "https://runbooks.example.com/payments" }]
    severities: [SEV1, SEV2]
drills:
  notify: ["@drill-watchers"]
severities:
  - { id: SEV1, updateCadenceMinutes: 30, notify: ["@sre-leads"], requiredRoles: [commander] }
  - { id: SEV2, updateCadenceMinutes: 60, notify: ["@sre-leads"], requiredRoles: [commander] }
  - { id: SEV3, updateCadenceMinutes: 240, requiredRoles: [commander] }
  - { id: SEV4, updateCadenceMinutes: 0 }
`;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  emu.setFile("main", ".github/incidents.yml", CONFIG);
  for (const m of ["alice", "bob", "carol", "dave"]) emu.setAssociation(m, "MEMBER");
  app = await startApp(emu);
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const bodies = (n: number) => emu.comments(n).map((c) => String(c.body));
const logins = (n: number) => (emu.issue(n).assignees as Array<{ login: string }>).map((a) => a.login);

async function open(title: string, labels: string[], minutesAgo = 0): Promise<number> {
  emu.setTime(new Date(Date.now() - minutesAgo * 6e4).toISOString());
  const { number, payloads } = emu.as("alice").openIssue({ title, labels });
  emu.setTime(new Date().toISOString());
  for (const p of payloads) await app.deliver(p);
  return number;
}

describe("on call", () => {
  it("an incident declared without a commander: the on-call person is mentioned once and holds the role", async () => {
    const n = await open("Checkout down", ["incident", "SEV2"]);
    const pages = bodies(n).filter((b) => b.includes("you are on call as **Commander**"));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/^<!-- incident-workflow:oncall:commander:carol:assign -->\n@carol /);
    expect(emu.labels(n)).toContain("role:commander");
    expect(logins(n)).toEqual(["carol"]);
    expect(String(boards(emu, n)[0]?.body)).toMatch(/\| Commander \| @\u2060carol \|/);
    // Contacts for the level are on the board, without notifying anyone.
    expect(String(boards(emu, n)[0]?.body)).toContain(
      "- **Payments team**: @\u2060acme/payments — [Runbook](https://runbooks.example.com/payments)",
    );
    await sweepAll(app.probot);
    expect(bodies(n).filter((b) => b.includes("you are on call"))).toHaveLength(1);

    const ask = emu.as("alice").comment(n, "/oncall");
    await app.deliver(ask);
    const answer = bodies(n).find((b) => b.includes(`reply:${ask.commentId}`));
    expect(answer).toMatch(/\| Commander \| @\u2060carol \| [0-9-]+ 00:00 UTC \| @\u2060dave \|/);
  });
});

describe("reminders", () => {
  it("SEV1, a 30-minute cadence, the last update 45 minutes old: one reminder, however often the sweep runs", async () => {
    // One clock for GitHub (the emulator) and the app, moved by hand.
    let clock = Date.now() - 50 * 6e4;
    const at = () => {
      emu.setTime(new Date(clock).toISOString());
      return new Date(clock);
    };
    const timed = await startApp(emu, { now: at });
    at();
    const { number: n, payloads } = emu
      .as("alice")
      .openIssue({ title: "Payments failing", labels: ["incident", "SEV1"] });
    for (const p of payloads) await timed.deliver(p);
    clock += 5 * 6e4;
    at();
    await timed.deliver(emu.as("alice").comment(n, "/commander me\n/update rolled back, watching"));
    clock += 45 * 6e4;
    at();
    const replica = await startApp(emu, { now: at });
    await sweepAll(timed.probot);
    await sweepAll(timed.probot);
    await Promise.all([sweepAll(timed.probot), sweepAll(replica.probot)]);
    const reminders = bodies(n).filter((b) => b.startsWith("<!-- incident-workflow:remind:"));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toContain("@alice the latest update is 45 min old on incident");
    expect(reminders[0]).toContain("**SEV1** asks for one every 30 min");
    expect(String(boards(emu, n)[0]?.body)).toContain("⚠️ **overdue** since");
    emu.setTime(new Date().toISOString());
  });

  it("a required role empty past the grace period: one nudge", async () => {
    emu.setFile("main", ".github/incidents.yml", CONFIG.replace(/oncall:[\s\S]*?contacts:/, "contacts:"));
    const n = await open("Search slow", ["incident", "SEV3"], 20);
    await sweepAll(app.probot);
    await sweepAll(app.probot);
    const nudges = bodies(n).filter((b) => b.startsWith("<!-- incident-workflow:remind:role:commander:"));
    expect(nudges).toHaveLength(1);
    expect(nudges[0]).toContain("has had no **Commander** for 20 min");
  });
});

describe("reminders due together", () => {
  it("a SEV1 with no update and no commander: one comment covering both, @alice once, even with two replicas sweeping", async () => {
    emu.setFile("main", ".github/incidents.yml", CONFIG.replace(/oncall:[\s\S]*?contacts:/, "contacts:"));
    const n = await open("Payments down", ["incident", "SEV1"], 40);
    const replica = await startApp(emu);
    await Promise.all([sweepAll(app.probot), sweepAll(replica.probot)]);
    await sweepAll(app.probot);
    const reminders = bodies(n).filter((b) => b.startsWith("<!-- incident-workflow:remind:"));
    expect(reminders).toHaveLength(1);
    const [reminder = ""] = reminders;
    expect(reminder).toMatch(/^<!-- incident-workflow:remind:update:declared:1,role:commander:[^ ,]+ -->\n/);
    expect(reminder.match(/@alice/g)).toHaveLength(1);
    expect(reminder).toContain("- an update: no update has been posted in 40 min");
    expect(reminder).toContain("- a **Commander**: none for 40 min; **SEV1** requires one.");
  });
});

describe("drills, the dashboard and /timeline", () => {
  it("a drill: DRILL banner, the drill audience notified, listed apart on the dashboard", async () => {
    const plain = emu.as("alice").openIssue({ title: "Game day planning", labels: [] });
    const declare = emu.as("alice").comment(plain.number, "/declare --drill SEV2 Game day: checkout");
    await app.deliver(declare);
    const drill = emu.issues().find((i) => i.title === "Game day: checkout")!;
    const n = Number(drill.number);
    expect(emu.labels(n)).toEqual(expect.arrayContaining(["incident", "drill", "SEV2"]));
    expect(String(boards(emu, n)[0]?.body)).toContain("**Drill.** This is a practice incident");
    const notices = bodies(n).filter((b) => b.startsWith("<!-- incident-workflow:notify:"));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("@drill-watchers: drill #");
    expect(notices[0]).not.toContain("@sre-leads");
    const dashboard = emu.issues().find((i) => i.title === "Incident dashboard");
    expect(String(dashboard?.body)).toMatch(/### Open incidents \(0\)[\s\S]*### Drills \(1\)\n\n- \[#\d+\]/);
  });

  it("the dashboard lists open incidents by severity and a resolved one with its durations", async () => {
    const resolved = await open("Login errors", ["incident", "SEV2"], 90);
    emu.setTime(new Date(Date.now() - 85 * 6e4).toISOString());
    await app.deliver(emu.as("bob").comment(resolved, "/commander me"));
    emu.setTime(new Date(Date.now() - 70 * 6e4).toISOString());
    await app.deliver(emu.as("bob").comment(resolved, "/status mitigated"));
    emu.setTime(new Date(Date.now() - 30 * 6e4).toISOString());
    await app.deliver(emu.as("bob").close(resolved, "completed"));
    emu.setTime(new Date().toISOString());
    const minor = await open("Avatars slow", ["incident", "SEV3"]);
    const major = await open("Payments down", ["incident", "SEV1"]);
    await sweepAll(app.probot);
    const dashboards = emu.issues().filter((i) => i.title === "Incident dashboard");
    expect(dashboards).toHaveLength(1);
    const body = String(dashboards[0]?.body);
    const openTable = body.slice(body.indexOf("### Open incidents (2)"), body.indexOf("### Resolved"));
    expect(openTable.indexOf(`#${major}]`)).toBeGreaterThan(0);
    expect(openTable.indexOf(`#${major}]`)).toBeLessThan(openTable.indexOf(`#${minor}]`));
    expect(body).toMatch(
      new RegExp(
        `\\[#${resolved}\\]\\([^)]*\\) Login errors \\| SEV2 \\| [^|]+ \\| 5 min \\| 20 min \\| 1 h 00 min \\| \\[postmortem\\]`,
      ),
    );
    expect(body).toMatch(/\| SEV2 \| 1 \| 5 min \| 20 min \| 1 h 00 min \|/);
  });

  it("/timeline adds a back-dated entry in time order", async () => {
    const n = await open("Queue backlog", ["incident", "SEV3"], 60);
    await app.deliver(emu.as("bob").comment(n, "/timeline 50m ago first alert fired"));
    const board = String(boards(emu, n)[0]?.body);
    const timeline = board.slice(board.indexOf("### Timeline"));
    expect(timeline.indexOf("first alert fired")).toBeGreaterThan(timeline.indexOf("Declared an incident"));
    expect(timeline.indexOf("first alert fired")).toBeLessThan(
      timeline.indexOf("on call") >= 0 ? timeline.indexOf("on call") : Infinity,
    );
  });
});

describe("labels before the first incident", () => {
  it("installation creates the labels; the issue form's first incident gets its board", async () => {
    const bare = await startEmulator({ owner: "acme", repo: "api" });
    // A member of the team (with write): an outsider's form is not adopted (test/e2e/app-trust.test.ts).
    bare.setAssociation("octocat", "MEMBER");
    const bareApp = await startApp(bare);
    await bareApp.deliver(bare.installationEvent("created"));
    expect(bare.repoLabels().map((l) => l.name)).toEqual(
      expect.arrayContaining(labelSpecs(defaultConfig()).map((l) => l.name)),
    );
    const form =
      "### Summary\n\nCheckout 500s\n\n### Impact\n\n_No response_\n\n### Severity\n\nSEV2 — Major\n\n### Started at\n\n_No response_\n\n### Links\n\n_No response_";
    const { number, payloads } = bare
      .as("octocat")
      .openIssue({ title: "Incident: checkout", body: form, labels: ["incident"] });
    for (const p of payloads) await bareApp.deliver(p);
    expect(boards(bare, number)).toHaveLength(1);
    expect(bare.labels(number)).toContain("SEV2");
    // GitHub dropped the label (the repository had none): the form is still recognised.
    const dropped = bare.as("octocat").openIssue({ title: "Incident: search", body: form, labels: [] });
    for (const p of dropped.payloads) await bareApp.deliver(p);
    expect(bare.labels(dropped.number)).toEqual(
      expect.arrayContaining(["incident", "SEV2", "status:investigating"]),
    );
    expect(boards(bare, dropped.number)).toHaveLength(1);
    expectNoViolations(bare);
    await bare.close();
  });
});
