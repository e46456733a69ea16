// Issue 9 through the bundled Action, run as the runner runs it: on-call, reminders (mode remind,
// also twice and from two runs at once), the deploy gate, drills, mode setup, the issue form whose
// label GitHub dropped on a new repository. The emulator's clock is moved back to make the history
// old; the Action runs on the real clock.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { BOARD_MARKER } from "../../src/core/state/markers.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { rotationToday } from "../helpers/preparedness-config.js";
import { actionAgainst, ok } from "./against-emulator.js";
import { assertBundleFresh, runAction } from "./run-action.js";

let emu: Emulator;
const CONFIG = `
timeZone: UTC
${rotationToday()}
severities:
  - { id: SEV1, updateCadenceMinutes: 30, requiredRoles: [commander] }
  - { id: SEV2, updateCadenceMinutes: 60 }
  - { id: SEV3, updateCadenceMinutes: 240 }
  - { id: SEV4, updateCadenceMinutes: 0 }
`;

beforeAll(assertBundleFresh);
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  emu.setFile("main", ".github/incidents.yml", CONFIG);
  for (const m of ["alice", "bob"]) emu.setAssociation(m, "MEMBER");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const { run } = actionAgainst(() => emu);
const bodies = (n: number) => emu.comments(n).map((c) => String(c.body));

describe("on call, through the Action", () => {
  it("the on-call person is mentioned once and holds the role; /oncall names now and next", async () => {
    const { number: n, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV1"] });
    ok(await run({ event: "issues", payload: payloads[0]!.payload as object }));
    ok(await run({ event: "issues", payload: payloads[0]!.payload as object }));
    expect(bodies(n).filter((b) => b.includes("you are on call as **Commander**"))).toHaveLength(1);
    expect(emu.labels(n)).toContain("role:commander");
    expect((emu.issue(n).assignees as Array<{ login: string }>).map((a) => a.login)).toEqual(["carol"]);
    const ask = emu.as("bob").comment(n, "/oncall");
    ok(await run({ event: "issue_comment", payload: ask.payload as object }));
    expect(bodies(n).find((b) => b.includes(`reply:${ask.commentId}`))).toMatch(
      /\| Commander \| @\u2060carol \| [0-9-]+ 00:00 UTC \| @\u2060dave \|/,
    );
  });
});

describe("reminders, through the Action", () => {
  it("mode remind: one reminder for an update 45 minutes old at a 30-minute cadence, however often it runs", async () => {
    emu.setTime(new Date(Date.now() - 50 * 6e4).toISOString());
    const { number: n } = emu
      .as("alice")
      .openIssue({ title: "Payments failing", labels: ["incident", "SEV1"] });
    emu.setTime(new Date(Date.now() - 45 * 6e4).toISOString());
    emu.as("alice").comment(n, "/commander me\n/update rolled back, watching");
    emu.setTime(new Date().toISOString());
    ok(await run({ event: "schedule", payload: {}, inputs: { mode: "remind" } }));
    ok(await run({ event: "schedule", payload: {}, inputs: { mode: "remind" } }));
    const [a, b] = await Promise.all([
      run({ event: "schedule", payload: {}, inputs: { mode: "remind" } }),
      run({ event: "schedule", payload: {}, inputs: { mode: "remind" } }),
    ]);
    ok(a!);
    ok(b!);
    const reminders = bodies(n).filter((x) => x.startsWith("<!-- incident-workflow:remind:"));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatch(
      /^<!-- incident-workflow:remind:update:\d+:1 -->\n@alice the latest update is 45 min old/,
    );
  });
});

describe("the deploy gate", () => {
  it("an open SEV1 blocks, named; a SEV1 drill does not; once closed the gate opens", async () => {
    const { number: n } = emu.as("alice").openIssue({ title: "Payments down", labels: ["incident", "SEV1"] });
    emu.as("alice").openIssue({ title: "Game day", labels: ["incident", "SEV1", "drill"] });
    emu.as("alice").openIssue({ title: "Avatars slow", labels: ["incident", "SEV3"] });
    const blocked = await run({ event: "push", payload: {}, inputs: { mode: "gate", "block-on": "SEV2" } });
    expect(blocked.code).not.toBe(0);
    expect(blocked.errors.at(-1)).toBe(
      `Blocked by open incidents at or above SEV2: #${n} "Payments down" (SEV1).`,
    );
    expect(blocked.outputs.blocking).toBe(String(n));
    expect(blocked.summary).toContain("### Deploy gate: blocked");
    emu.as("alice").close(n, "completed");
    const open = ok(await run({ event: "push", payload: {}, inputs: { mode: "gate" } }));
    expect(open.outputs.blocking).toBe("");
    expect(open.stdout).toContain("No open incident at or above SEV2: the gate is open.");
  });

  it("fails clearly on a block-on that names no level", async () => {
    const r = await run({ event: "push", payload: {}, inputs: { mode: "gate", "block-on": "P0" } });
    expect(r.code).not.toBe(0);
    expect(r.errors.at(-1)).toContain(
      '`block-on` must name a severity level (SEV1, SEV2, SEV3, SEV4); found "P0"',
    );
  });
});

describe("drills and setup", () => {
  it("workflow_dispatch with drill: true declares a drill", async () => {
    const r = ok(
      await run({
        event: "workflow_dispatch",
        payload: { inputs: { title: "Game day: search", drill: true } },
      }),
    );
    const n = Number(r.outputs["incident-number"]);
    expect(emu.labels(n)).toEqual(expect.arrayContaining(["incident", "drill"]));
  });

  it("mode setup creates the tool's labels in a repository that has none", async () => {
    const bare = await startEmulator({ owner: "acme", repo: "api" });
    const r = ok(
      await runAction({
        repository: "acme/api",
        apiUrl: bare.url,
        event: "workflow_dispatch",
        payload: {},
        inputs: { "github-token": bare.actionsToken, mode: "setup" },
      }),
    );
    expect(r.stdout).toMatch(/Created 20 labels \(incident, drill,/);
    expect(
      bare
        .repoLabels()
        .map((l) => l.name)
        .sort(),
    ).toEqual(
      labelSpecs(defaultConfig())
        .map((l) => l.name)
        .sort(),
    );
    expectNoViolations(bare);
    await bare.close();
  });

  it("on a new repository GitHub drops the form's label: the run the filter starts adopts the issue", async () => {
    const bare = await startEmulator({ owner: "acme", repo: "api" });
    bare.setAssociation("octocat", "MEMBER");
    const form =
      "### Summary\n\nCheckout 500s\n\n### Impact\n\n_No response_\n\n### Severity\n\nSEV2 — Major\n\n" +
      "### Started at\n\n_No response_\n\n### Links\n\n_No response_";
    const { number, payloads } = bare
      .as("octocat")
      .openIssue({ title: "Incident: checkout", body: form, labels: [] });
    expect(payloads.map((p) => p.name)).toEqual(["issues"]);
    ok(
      await runAction({
        repository: "acme/api",
        apiUrl: bare.url,
        event: "issues",
        payload: payloads[0]!.payload as object,
        inputs: { "github-token": bare.actionsToken },
      }),
    );
    expect(bare.labels(number)).toEqual(expect.arrayContaining(["incident", "SEV2", "status:investigating"]));
    const boards = bare.comments(number).filter((c) => String(c.body).startsWith(BOARD_MARKER));
    expect(boards).toHaveLength(1);
    expectNoViolations(bare);
    await bare.close();
  });
});
