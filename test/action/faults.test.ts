// The bundled Action under GitHub's faults, and its sweep (issue 8): retried like the app, alerts
// created once, lost deliveries repaired by `mode: sweep` on a schedule.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { actionAgainst, ok } from "./against-emulator.js";
import { assertBundleFresh } from "./run-action.js";

let emu: Emulator;

beforeAll(assertBundleFresh);
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  for (const m of ["alice", "bob"]) emu.setAssociation(m, "MEMBER");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const { run, deliver } = actionAgainst(() => emu);
const boards = (n: number) =>
  emu.comments(n).filter((c) => String(c.body).startsWith("<!-- incident-workflow:board -->"));

async function declared(): Promise<number> {
  const { number, payloads } = emu
    .as("alice")
    .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
  ok(await deliver(payloads[0]!));
  return number;
}

describe("the Action's Octokit retries like the app's", () => {
  it("a 502 on the history read is retried, and the run succeeds", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    const f = emu.fault({ method: "GET", pathPattern: /\/timeline$/, status: 502 });
    ok(await deliver(payloads[0]!));
    expect(f.hits).toBe(1);
    expect(boards(number)).toHaveLength(1);
  });

  it("a 429 with retry-after: 2 is retried no sooner than GitHub asked", async () => {
    const n = await declared();
    const f = emu.fault({
      method: "POST",
      pathPattern: /\/issues\/\d+\/labels$/,
      status: 429,
      retryAfter: 2,
    });
    const mark = emu.mark();
    ok(await deliver(emu.as("alice").comment(n, "/status identified")));
    const tries = emu.requestsSince(mark).filter((r) => r.method === "POST" && r.path.endsWith("/labels"));
    expect(tries.map((r) => r.status)).toEqual([429, 200]);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(1900);
    expect(f.hits).toBe(1);
  });

  it("an alert whose create GitHub carried out but answered 502: one incident, found by its marker", async () => {
    const f = emu.fault({
      method: "POST",
      pathPattern: /\/repos\/acme\/web\/issues$/,
      status: 502,
      applyThenFail: true,
    });
    const alert = {
      action: "incident",
      client_payload: { title: "API 5xx", severity: "SEV2", dedup_key: "api-5xx" },
    };
    const first = ok(
      await run({ event: "repository_dispatch", payload: { ...alert, sender: { login: "alice" } } }),
    );
    expect(f.hits).toBe(1);
    const second = ok(
      await run({ event: "repository_dispatch", payload: { ...alert, sender: { login: "alice" } } }),
    );
    expect(second.outputs["incident-number"]).toBe(first.outputs["incident-number"]);
    expect(emu.issues().filter((i) => String(i.title) === "API 5xx")).toHaveLength(1);
  });
});

describe("bots", () => {
  it("an issue a monitoring bot opens with the incident label is an incident like any other", async () => {
    const { number, payloads } = emu
      .as("uptime-monitor[bot]")
      .openIssue({ title: "Site down", labels: ["incident"] });
    ok(await deliver(payloads[0]!));
    expect(boards(number)).toHaveLength(1);
    expect(emu.labels(number)).toContain("SEV3");
  });

  it("a bot's comment is never a command", async () => {
    const n = await declared();
    const mark = emu.mark();
    const r = ok(await deliver(emu.as("helper[bot]").comment(n, "/sev 1")));
    expect(r.stdout).toContain("comment by a bot");
    expect(emu.requestsSince(mark).filter((x) => x.method !== "GET" && x.path !== "/graphql")).toEqual([]);
  });
});

describe("mode sweep on a schedule repairs what lost runs left undone", () => {
  it("a command whose run never happened is applied, answered and shown; a second sweep writes nothing", async () => {
    const n = await declared();
    const c = emu.as("bob").comment(n, "/status identified\n/commander me"); // its run was lost
    const typo = emu.as("alice").comment(n, "/stauts mitigated"); // and this one's
    const sweep = ok(await run({ event: "schedule", payload: { schedule: "*/15 * * * *" } }));
    expect(sweep.stdout).toContain("1 incidents listed, 1 reconciled, 0 failed");
    expect(emu.labels(n)).toEqual(expect.arrayContaining(["status:identified", "role:commander"]));
    expect(emu.labels(n)).not.toContain("status:investigating");
    expect((emu.issue(n).assignees as Array<{ login: string }>).map((a) => a.login)).toEqual(["bob"]);
    expect(emu.reactions(c.commentId).map((r) => r.content)).toEqual(["+1"]);
    expect(emu.comments(n).filter((x) => String(x.body).includes(`reply:${typo.commentId}`))).toHaveLength(1);
    expect(String(boards(n)[0]?.body)).toContain("🎯 Identified");
    expect(sweep.summary).toContain("### Incident Workflow: sweep");

    const mark = emu.mark();
    ok(await run({ event: "workflow_dispatch", payload: {}, inputs: { mode: "sweep" } }));
    expect(emu.requestsSince(mark).filter((x) => x.method !== "GET" && x.path !== "/graphql")).toEqual([]);
  });

  it("a sweep that cannot reconcile an incident fails the step, naming it", async () => {
    const n = await declared();
    emu.fault({ method: "GET", pathPattern: /\/timeline$/, status: 404, times: Infinity });
    const r = await run({ event: "schedule", payload: {} });
    expect(r.code).not.toBe(0);
    expect(r.errors.at(-1)).toMatch(new RegExp(`could not reconcile #${n} `));
  });
});
