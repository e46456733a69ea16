// Issue 8's fault cases, through the app as `npm start` runs it (its own process, signed webhook
// POSTs over HTTP, GitHub's faults injected by the emulator). Each case failed on the app before
// every effect was derived from the history.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import {
  type Emulator,
  expectNoViolations,
  type FaultSpec,
  startEmulator,
} from "../../src/emulator/index.js";
import { boards } from "./probot-harness.js";
import { type AppProcess, eventually, startAppProcess } from "./server-harness.js";

let emu: Emulator;
let app: AppProcess;
const tally = { faults: 0, deliveries: 0, lost: 0 };

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  for (const m of ["alice", "bob"]) emu.setAssociation(m, "MEMBER");
  app = await startAppProcess(emu, { INCIDENT_WORKFLOW_SWEEP: "off" });
});
afterEach(async () => {
  await app.stop();
  expectNoViolations(emu);
  await emu.close();
});
afterAll(() => {
  console.log(
    `fault suite (app over HTTP): ${tally.faults} faults injected, ${tally.deliveries} deliveries, ${tally.lost} events lost`,
  );
});

const fault = (spec: FaultSpec) => {
  const f = emu.fault(spec);
  return () => {
    tally.faults += f.hits;
    return f.hits;
  };
};

async function deliver(...hooks: Parameters<AppProcess["post"]>[0][]): Promise<void> {
  for (const hook of hooks) {
    const { status, text } = await app.post(hook);
    expect(status, text).toBe(202);
    tally.deliveries++;
  }
}

async function declared(labels = ["incident", "SEV2"]): Promise<number> {
  const { number, payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels });
  await deliver(...payloads);
  await eventually(
    () => boards(emu, number).length,
    (n) => n === 1,
  );
  return number;
}

/** Waits until the labels hold (or time runs out) and counts a miss as a lost event. */
async function expectLabels(n: number, check: (labels: string[]) => boolean, ms = 20_000): Promise<string[]> {
  const labels = await eventually(() => emu.labels(n), check, ms);
  if (!check(labels)) tally.lost++;
  expect(check(labels), JSON.stringify(labels)).toBe(true);
  return labels;
}

describe("the app under GitHub's faults (issue 8)", () => {
  it("a 403 secondary rate limit on the label write: retried after retry-after, the label lands", async () => {
    const n = await declared();
    const hits = fault({
      method: "POST",
      pathPattern: /\/issues\/\d+\/labels$/,
      status: 403,
      retryAfter: 1,
      times: 2,
    });
    await deliver(emu.as("alice").comment(n, "/status identified"));
    await expectLabels(n, (l) => l.includes("status:identified") && !l.includes("status:investigating"));
    expect(hits()).toBe(2);
  });

  it("a rate limit that outlasts every retry: the next event on the incident applies the lost label", async () => {
    const n = await declared();
    const f = emu.fault({
      method: "POST",
      pathPattern: /\/issues\/\d+\/labels$/,
      status: 403,
      retryAfter: 1,
      times: Infinity,
    });
    await deliver(emu.as("alice").comment(n, "/status mitigated"));
    await app.waitFor(/gave up for now/, 30_000);
    tally.faults += f.hits;
    f.cancel();
    expect(emu.labels(n)).not.toContain("status:mitigated");
    await deliver(emu.as("bob").comment(n, "/update still watching"));
    await expectLabels(n, (l) => l.includes("status:mitigated"));
  });

  it("four 500s on the timeline read: the run is tried again and the command takes effect", async () => {
    const n = await declared();
    const hits = fault({ method: "GET", pathPattern: /\/timeline$/, status: 500, times: 4 });
    await deliver(emu.as("alice").comment(n, "/sev 1"));
    await expectLabels(n, (l) => l.includes("SEV1") && !l.includes("SEV2"));
    expect(hits()).toBe(4);
  });

  it("out-of-order /status and /sev: the latest by timeline order wins", async () => {
    const n = await declared();
    const identified = emu.as("alice").comment(n, "/status identified");
    const mitigated = emu.as("bob").comment(n, "/status mitigated");
    const sev1 = emu.as("alice").comment(n, "/sev 1");
    const sev4 = emu.as("bob").comment(n, "/sev 4");
    await deliver(sev4, mitigated);
    await eventually(
      () => emu.labels(n),
      (l) => l.includes("SEV4"),
    );
    await deliver(sev1, identified);
    await new Promise((r) => setTimeout(r, 500));
    await expectLabels(n, (l) => l.includes("status:mitigated") && l.includes("SEV4") && !l.includes("SEV1"));
    expect(emu.labels(n).filter((l) => l.startsWith("status:"))).toEqual(["status:mitigated"]);
    expect(String(boards(emu, n)[0]?.body)).toContain("🩹 Mitigated");
  });

  it("a label a person adds while the tool's label write is in flight survives", async () => {
    const n = await declared();
    const f = emu.fault({ method: "POST", pathPattern: /\/issues\/\d+\/labels$/, delayMs: 400 });
    const mark = emu.mark();
    await deliver(emu.as("alice").comment(n, "/status identified"));
    await eventually(
      () => emu.requestsSince(mark).some((r) => r.path.endsWith("/labels")),
      (x) => x,
    );
    emu.as("bob").label(n, "customer-impact"); // GitHub would deliver this too; not needed here
    await expectLabels(n, (l) => l.includes("status:identified") && !l.includes("status:investigating"));
    expect(emu.labels(n)).toContain("customer-impact");
    expect(
      emu.requestsSince(mark).filter((r) => r.method === "PATCH" && /\/issues\/\d+$/.test(r.path)),
    ).toEqual([]);
    tally.faults += f.hits;
  });

  it("a 502 returned after GitHub stored a reply: one reply, never two", async () => {
    const n = await declared();
    const hits = fault({
      method: "POST",
      pathPattern: /\/issues\/\d+\/comments$/,
      status: 502,
      applyThenFail: true,
    });
    const c = emu.as("alice").comment(n, "/stauts identified");
    await deliver(c);
    const replies = () => emu.comments(n).filter((x) => String(x.body).includes(`reply:${c.commentId}`));
    await eventually(replies, (r) => r.length > 0);
    await new Promise((r) => setTimeout(r, 500));
    await deliver(c); // and redelivered, for good measure
    await new Promise((r) => setTimeout(r, 300));
    expect(replies()).toHaveLength(1);
    expect(hits()).toBe(1);
  });

  it("a 429 with retry-after: 5 is retried no sooner than 5 s later", async () => {
    const n = await declared();
    const hits = fault({ method: "POST", pathPattern: /\/issues\/\d+\/labels$/, status: 429, retryAfter: 5 });
    const mark = emu.mark();
    await deliver(emu.as("alice").comment(n, "/status identified"));
    await expectLabels(n, (l) => l.includes("status:identified"), 20_000);
    const tries = emu.requestsSince(mark).filter((r) => r.method === "POST" && r.path.endsWith("/labels"));
    expect(tries.map((r) => r.status)).toEqual([429, 200]);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(4900);
    expect(hits()).toBe(1);
  });

  it("another bot's comment carrying the board marker is never adopted as the board", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    emu.as("mischief[bot]").comment(number, "<!-- incident-workflow:board -->\nI am the board now");
    await deliver(...payloads);
    const own = await eventually(
      () => boards(emu, number),
      (b) => b.length === 1,
    );
    expect(own).toHaveLength(1);
    const forged = emu.comments(number).find((c) => String(c.body).includes("I am the board now"));
    expect(forged?.body).toBe("<!-- incident-workflow:board -->\nI am the board now");
  });

  it("a history read that hangs: given up after the time limit, tried again, the command lands", async () => {
    await app.stop();
    app = await startAppProcess(emu, {
      INCIDENT_WORKFLOW_SWEEP: "off",
      INCIDENT_WORKFLOW_REQUEST_TIMEOUT_SECONDS: "1",
    });
    const n = await declared();
    const hits = fault({ method: "GET", pathPattern: /\/timeline$/, delayMs: 60_000 });
    await deliver(emu.as("alice").comment(n, "/status identified"));
    await expectLabels(n, (l) => l.includes("status:identified"), 15_000);
    expect(hits()).toBe(1);
  });

  it("a role label applied by hand assigns the person who applied it", async () => {
    const n = await declared();
    await deliver(emu.as("bob").label(n, "role:comms"));
    const assignees = await eventually(
      () => (emu.issue(n).assignees as Array<{ login: string }>).map((a) => a.login),
      (a) => a.includes("bob"),
    );
    expect(assignees).toEqual(["bob"]);
  });
});
