// Issue 8's load case: 100 incidents × 20 events delivered concurrently (in shuffled order, with
// faults) to the app as `npm start` runs it, a SIGTERM while work is still queued, a restart: after
// the start-up sweep every incident holds everything that was sent — nothing lost, nothing twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator, type Webhook } from "../../src/emulator/index.js";
import { boards } from "./probot-harness.js";
import { startAppProcess } from "./server-harness.js";

const INCIDENTS = 100;
let emu: Emulator;
const tally = { faults: 0, deliveries: 0, lost: 0, unfinishedAtShutdown: 0 };

beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  for (const m of ["alice", "bob", "carol", "dave"]) emu.setAssociation(m, "MEMBER");
});
afterAll(async () => {
  console.log(
    `load + restart: ${tally.faults} faults injected, ${tally.deliveries} deliveries, ` +
      `${tally.unfinishedAtShutdown} incidents unfinished at SIGTERM, ${tally.lost} events lost`,
  );
  expectNoViolations(emu);
  await emu.close();
});

/** The 20 events of incident i, as people do them (GitHub's deliveries returned, in order). */
function script(i: number): { number: number; hooks: Webhook[]; resolved: boolean; refused: number[] } {
  const { number, payloads } = emu
    .as("alice")
    .openIssue({ title: `Incident ${i}`, labels: ["incident", "SEV2"] });
  const hooks: Webhook[] = [...payloads];
  const say = (who: string, body: string) => {
    const c = emu.as(who).comment(number, body);
    hooks.push(c);
    return c.commentId;
  };
  say("bob", "/commander @alice");
  say("carol", "/status identified");
  say("alice", `/update first look ${i}`);
  hooks.push(emu.as("dave").label(number, "role:comms"));
  say("bob", `/impact checkout for region ${i}`);
  say("alice", "/sev 1");
  say("carol", `/update second look ${i}`);
  say("bob", `/followup alert on queue depth ${i}`);
  say("alice", "/role responder @carol @dave");
  say("carol", "/status mitigated");
  say("alice", `/update third look ${i}`);
  say("bob", `/note paged the database team ${i}`);
  const refused = [say("mallory", "/sev 4"), say("alice", "/stauts x")];
  say("carol", `/followup add a canary stage ${i}`);
  say("alice", `/update fourth look ${i}`);
  const resolved = i % 10 === 0;
  say(resolved ? "alice" : "bob", resolved ? `/resolve fixed ${i}` : `/note watching ${i}`);
  return { number, hooks, resolved, refused };
}

function shuffle<T>(list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

describe("100 incidents × 20 events, SIGTERM with work queued, restart", () => {
  it("every incident holds every label, role, update and follow-up; one board; no reply or PR twice", async () => {
    emu.setLatency(15);
    const first = await startAppProcess(emu, { INCIDENT_WORKFLOW_SHUTDOWN_TIMEOUT_SECONDS: "1" });
    const incidents = Array.from({ length: INCIDENTS }, (_, i) => script(i));
    const faults = [
      emu.fault({ method: "GET", pathPattern: /\/timeline$/, status: 502, times: 20 }),
      emu.fault({
        method: "POST",
        pathPattern: /\/issues\/\d+\/labels$/,
        status: 429,
        retryAfter: 1,
        times: 5,
      }),
      emu.fault({
        method: "POST",
        pathPattern: /\/issues\/\d+\/comments$/,
        status: 502,
        applyThenFail: true,
        times: 5,
      }),
    ];
    const all = shuffle(incidents.flatMap((x) => x.hooks));
    expect(all).toHaveLength(INCIDENTS * 20);
    const pool = async () => {
      for (let hook = all.pop(); hook !== undefined; hook = all.pop()) {
        const { status } = await first.post(hook);
        expect(status).toBe(202);
        tally.deliveries++;
      }
    };
    await Promise.all(Array.from({ length: 32 }, pool));
    expect(await first.stop("SIGTERM")).toBe(0);
    const left = /stopped with (\d+) incidents unfinished/.exec(first.output());
    tally.unfinishedAtShutdown = Number(left?.[1] ?? 0);
    // Otherwise this test would prove nothing about the restart.
    expect(tally.unfinishedAtShutdown).toBeGreaterThan(0);

    const second = await startAppProcess(emu, {});
    await second.waitFor(/"sweep: 1 repositories, \d+ incidents listed, \d+ reconciled, 0 failed/, 180_000);
    await second.stop("SIGTERM");
    emu.setLatency(0);
    tally.faults = faults.reduce((n, f) => n + f.hits, 0);

    for (const [i, x] of incidents.entries()) {
      const labels = emu.labels(x.number);
      const want = ["incident", "SEV1", "role:commander", "role:comms", "role:responder", "status:mitigated"];
      const board = String(boards(emu, x.number)[0]?.body);
      const missing = [
        ...want.filter((l) => !labels.includes(l)),
        ...["SEV2", "SEV4", "status:investigating", "status:identified"].filter((l) => labels.includes(l)),
        ...[
          `fourth look ${i}`,
          "4 so far",
          `alert on queue depth ${i}`,
          `add a canary stage ${i}`,
          `region ${i}`,
        ].filter((t) => !board.includes(t)),
      ];
      const assignees = (emu.issue(x.number).assignees as Array<{ login: string }>)
        .map((a) => a.login)
        .sort();
      if (assignees.join() !== "alice,carol,dave") missing.push(`assignees ${assignees}`);
      if (boards(emu, x.number).length !== 1) missing.push(`${boards(emu, x.number).length} boards`);
      for (const id of x.refused) {
        const replies = emu.comments(x.number).filter((c) => String(c.body).includes(`reply:${id} -->`));
        if (replies.length !== 1) missing.push(`${replies.length} replies to ${id}`);
      }
      if (x.resolved && emu.issue(x.number).state !== "closed") missing.push("not closed");
      tally.lost += missing.length;
      expect(missing, `incident #${x.number}`).toEqual([]);
    }
    const resolved = incidents.filter((x) => x.resolved).length;
    expect(emu.pulls()).toHaveLength(resolved);
  }, 300_000);

  it("with a long enough bound, SIGTERM finishes all accepted work before exiting 0", async () => {
    emu.setLatency(10);
    const app = await startAppProcess(emu, {
      INCIDENT_WORKFLOW_SWEEP: "off",
      INCIDENT_WORKFLOW_SHUTDOWN_TIMEOUT_SECONDS: "30", // the harness kills after 40 s
    });
    const incidents = Array.from({ length: 10 }, (_, i) => script(1000 + i));
    await Promise.all(incidents.flatMap((x) => x.hooks).map((hook) => app.post(hook)));
    tally.deliveries += incidents.length * 20;
    expect(await app.stop("SIGTERM")).toBe(0);
    emu.setLatency(0);
    expect(app.output()).toContain("all accepted work finished");
    for (const x of incidents) {
      expect(emu.labels(x.number)).toEqual(
        expect.arrayContaining(["SEV1", "status:mitigated", "role:responder"]),
      );
      expect(boards(emu, x.number)).toHaveLength(1);
    }
  }, 120_000);
});
