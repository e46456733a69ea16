// Issue 18 (items 1, 2, 4) through the app as `npm start` runs it, with the write spacing on
// (shortened for the test's sake): the board goes before the answers, superseded board writes are
// never sent, content creation keeps to its budget (the board acknowledges commands under pressure),
// and after a restart every incident's board is written before any 👍. Order and counts, no timings.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readAckMarker } from "../../src/core/board/acks.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import {
  type Emulator,
  expectNoViolations,
  type RecordedRequest,
  startEmulator,
} from "../../src/emulator/index.js";
import { isDashboardRequest } from "../helpers/requests.js";
import { boards } from "./probot-harness.js";
import { type AppProcess, eventually, startAppProcess } from "./server-harness.js";

let emu: Emulator;
let app: AppProcess | undefined;

const SPACED = {
  INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "120",
  INCIDENT_WORKFLOW_BOARD_INTERVAL_MS: "500",
};

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  for (const m of ["alice", "bob", "carol"]) emu.setAssociation(m, "MEMBER");
});
afterEach(async () => {
  await app?.stop();
  app = undefined;
  expectNoViolations(emu);
  await emu.close();
});

const isWrite = (r: RecordedRequest) => r.method !== "GET" && r.method !== "HEAD";
const isReaction = (r: RecordedRequest) => r.method === "POST" && r.path.endsWith("/reactions");
const creates = (r: RecordedRequest) =>
  r.method === "POST" && /\/(comments|issues|pulls|reactions)$/.test(r.path);
const boardWrite = (r: RecordedRequest) =>
  (r.method === "PATCH" || r.method === "POST") &&
  String((r.body as { body?: unknown } | undefined)?.body ?? "").startsWith(
    "<!-- incident-workflow:board -->",
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function declare(a: AppProcess, title: string): Promise<number> {
  const { number, payloads } = emu.as("alice").openIssue({ title, labels: ["incident", "SEV2"] });
  for (const p of payloads) await a.post(p);
  await eventually(
    () => boards(emu, number).length,
    (n) => n === 1,
  );
  return number;
}

describe("the write scheduler in the app (issue 18)", () => {
  it("a burst of /update on one incident: the board first, superseded board writes never sent, 👍 within budget", async () => {
    app = await startAppProcess(emu, { ...SPACED, INCIDENT_WORKFLOW_SWEEP: "off" });
    const n = await declare(app, "Checkout down");
    await sleep(1000); // the declaration's own writes are done
    const mark = emu.mark();
    const sent: number[] = [];
    for (let i = 1; i <= 12; i++) {
      const c = emu.as(i % 2 ? "bob" : "carol").comment(n, `/update step ${i}`);
      sent.push(c.commentId);
      expect((await app.post(c)).status).toBe(202);
      await sleep(100);
    }
    const board = await eventually(
      () => String(boards(emu, n)[0]?.body ?? ""),
      (b) => b.includes("step 12") && b.includes("12 so far"),
    );
    await sleep(1500); // the answers after the last board
    const spent = emu.requestsSince(mark);
    // The dashboard is another issue (its refreshes are coalesced elsewhere): this incident's writes.
    const writes = spent.filter((r) => isWrite(r) && !isDashboardRequest(r));
    // What a person reads came first: the first write after the burst began is the board.
    expect(boardWrite(writes[0] as RecordedRequest)).toBe(true);
    // Twelve runs' worth of boards, coalesced: the writes a newer run superseded were never sent.
    const boardWrites = writes.filter(boardWrite).length;
    expect(boardWrites).toBeLessThan(8);
    // Every command acknowledged one way or the other: a 👍, or the board's "Recent commands".
    const through = readAckMarker(board);
    const reacted = sent.filter((id) => emu.reactions(id).some((r) => r.content === "+1"));
    const unacknowledged = sent.filter((id) => !reacted.includes(id) && (through === null || id > through));
    expect(unacknowledged).toEqual([]);
    // Under pressure (more than 4 a minute) the board acknowledges instead of a 👍 each.
    expect(reacted.length).toBeLessThanOrEqual(4);
    expect(through).not.toBeNull();
    expect(board).toContain("### Recent commands");
    expect(writes.filter(creates).length).toBeLessThanOrEqual(4);
    console.log(
      `burst of 12 /update: ${writes.length} writes, ${boardWrites} board writes, ${reacted.length} 👍`,
    );
    expect(app.output()).not.toMatch(/"level":50/);
  }, 60_000);

  it("restart with a backlog: every incident's board is written before any 👍", async () => {
    const first = await startAppProcess(emu, { INCIDENT_WORKFLOW_SWEEP: "off" });
    const incidents: number[] = [];
    for (let i = 0; i < 6; i++) incidents.push(await declare(first, `Incident ${i}`));
    await first.stop();
    // Commands whose deliveries were lost while the app was down.
    const commands = incidents.flatMap((n, i) => [
      emu.as("bob").comment(n, `/update looking ${i}`).commentId,
      emu.as("carol").comment(n, `/note paged ${i}`).commentId,
    ]);
    const mark = emu.mark();
    app = await startAppProcess(emu, { ...SPACED, INCIDENT_WORKFLOW_REACTIONS_PER_MINUTE: "100" });
    await app.waitFor(/"sweep: 1 repositories, \d+ incidents listed, 6 reconciled, 0 failed/, 60_000);
    const writes = emu.requestsSince(mark).filter(isWrite);
    const firstAck = writes.findIndex(isReaction);
    const lastBoard = writes.map(boardWrite).lastIndexOf(true);
    expect(writes.filter(boardWrite)).toHaveLength(6);
    expect(firstAck).toBeGreaterThan(lastBoard);
    for (const [i, n] of incidents.entries())
      expect(String(boards(emu, n)[0]?.body)).toContain(`looking ${i}`);
    expect(commands.filter((id) => emu.reactions(id).length === 1)).toHaveLength(commands.length);
  }, 90_000);
});
