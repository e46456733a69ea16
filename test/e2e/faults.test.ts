import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, startApp } from "./probot-harness.js";

let emu: Emulator;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  emu.setAssociation("alice", "MEMBER");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe("GitHub failing, with Probot's retry and throttling plugins as in production", () => {
  it("a 502 on the timeline read and a 429 with retry-after on the board write are retried; nothing is lost", async () => {
    const app = await startApp(emu, { resilient: true });
    // (Probot's retry plugin, then this app's resilience plugin, as `npm start` runs it.)
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Queue backlog", labels: ["incident", "SEV2"] });
    emu.fault({ method: "GET", pathPattern: /\/timeline$/, status: 502, times: 1 });
    emu.fault({
      method: "POST",
      pathPattern: /\/issues\/\d+\/comments$/,
      status: 429,
      retryAfter: 1,
      times: 1,
    });
    await app.deliver(payloads[0]!);
    const statuses = emu.requests.map((r) => r.status);
    expect(statuses).toContain(502);
    expect(statuses).toContain(429);
    expect(boards(emu, number)).toHaveLength(1);
    expect(String(boards(emu, number)[0]?.body)).toContain("**SEV2**");
  });

  it("a persistent 500 fails the run after the queue's retries (Probot answers 500 when it waits) and writes no half board", async () => {
    const app = await startApp(emu);
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Queue backlog", labels: ["incident", "SEV2"] });
    emu.fault({ method: "GET", pathPattern: /\/timeline$/, status: 500, times: 10 });
    await expect(app.deliver(payloads[0]!)).rejects.toThrow();
    expect(boards(emu, number)).toHaveLength(0);
    emu.clearFaults();
    await app.deliver(payloads[0]!);
    expect(boards(emu, number)).toHaveLength(1);
  });
});
