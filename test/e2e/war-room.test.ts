// A short war room (issue 18) through the app as `npm start` runs it, with GitHub's write spacing
// on, against the emulator enforcing GitHub's secondary limits: 15 s at 1 event/s on one SEV1 with
// 20 people. Asserts what must hold whatever the timing (timings are `npm run bench`'s, never
// asserted): every board, label and role right at the end, every `/update`, `/note` and `/followup`
// shown on the board, every command acknowledged, no minute over 80 content-creating requests,
// nothing refused, no error logged.

import { afterAll, beforeAll, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, GITHUB_LIMITS, startEmulator } from "../../src/emulator/index.js";
import { runWarRoom, type WarRoomResult } from "../helpers/war-room.js";
import { boardsOf, loggedErrors, unacknowledged } from "../helpers/war-room-check.js";
import { type AppProcess, startAppProcess } from "./server-harness.js";

let emu: Emulator;
let app: AppProcess;
let result: WarRoomResult;
let mark: number;

beforeAll(async () => {
  emu = await startEmulator({
    owner: "acme",
    repo: "web",
    labels: labelSpecs(defaultConfig()),
    secondaryLimits: GITHUB_LIMITS,
  });
  // As deployed: GitHub's write spacing (the variable unset), the sweep on its default interval.
  app = await startAppProcess(emu, { INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "" });
  mark = emu.mark();
  result = await runWarRoom(emu, {
    rate: 1,
    seconds: 15,
    deliver: async (hook) => (await app.post(hook)).status,
    settleMs: 150_000,
  });
}, 240_000);

afterAll(async () => {
  await app?.stop();
  if (emu) {
    expectNoViolations(emu);
    await emu.close();
  }
});

it("ends with one board, and every board, label and role right", () => {
  expect(result.events).toHaveLength(15);
  expect(result.refusedDeliveries).toBe(0);
  expect(result.problems).toEqual([]);
  expect(result.convergedAt).not.toBeNull();
  const [incident] = result.incidents;
  expect(incident && boardsOf(emu, incident.number)).toHaveLength(1);
});

it("shows every /update, /note and /followup on the board", () => {
  const texts = result.incidents.flatMap((x) => x.texts);
  expect(texts.length).toBeGreaterThanOrEqual(6);
  expect(result.unseen).toEqual([]);
  expect([...result.seen].sort()).toEqual([...texts].sort());
});

it("acknowledges every command one way or the other: a 👍, a reply, its text or a link on the board", () => {
  const number = result.incidents[0]?.number ?? 0;
  const commands = result.events.flatMap((e) =>
    e.commentId === undefined
      ? []
      : [{ number, commentId: e.commentId, ...(e.text === undefined ? {} : { text: e.text }) }],
  );
  expect(commands.length).toBeGreaterThan(5);
  expect(unacknowledged(emu, commands, result.seen, result.acked)).toBe(0);
});

it("keeps within GitHub's secondary limits: no minute over 80 content-creating requests", () => {
  const stats = emu.limitStats(mark, emu.botLogin);
  expect(stats.contentCreated).toBeGreaterThan(0);
  expect(stats.maxContentPerMinute).toBeLessThanOrEqual(80);
  expect(stats.refusals).toBe(0);
});

it("logs no error", () => {
  expect(loggedErrors(app.output())).toEqual([]);
});
