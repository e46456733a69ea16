// Issue 17, "linear-time parsing": the app as deployed (`node lib/start.js`, signed webhooks over
// HTTP, the emulator as GitHub) receives, from an outsider (author_association NONE), issue bodies
// and comments of 65,536 characters built to make each former backtracking pattern blow up. Every
// delivery is answered (202) within 1 s, the next ordinary delivery is handled at once, and nothing
// is written for the outsider's issues. Before the fix, one such body blocked the event loop for
// hours (3,006 characters: 6.8 s).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_TEXTS } from "../../scripts/bench/hostile-texts.mjs";
import { type Emulator, expectNoViolations, startEmulator, type Webhook } from "../../src/emulator/index.js";
import { boards, writes } from "./probot-harness.js";
import { type AppProcess, eventually, startAppProcess } from "./server-harness.js";

/** The end-to-end bound on each answer that the demonstration requires. */
const ANSWER_BOUND_MS = 1000;

let emu: Emulator;
let app: AppProcess;

beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER");
  emu.setPermission("alice", "write");
  app = await startAppProcess(emu, { INCIDENT_WORKFLOW_SWEEP: "off" });
});
afterAll(async () => {
  await app.stop();
  expectNoViolations(emu);
  await emu.close();
});

/** Posts a delivery; its status and how long the answer took (a stalled app fails after 5 s). */
async function timedPost(hook: Webhook): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const stalled = new Promise<{ status: number }>((resolve) =>
    setTimeout(() => resolve({ status: 0 }), 5000),
  );
  const res = await Promise.race([app.post(hook), stalled]);
  return { status: res.status, ms: Math.round(performance.now() - started) };
}

describe("hostile text from an outsider, delivered to the app as deployed", () => {
  it("is answered within 1 s each, stalls nothing, and writes nothing for the outsider", async () => {
    const mallory = emu.as("mallory");
    const mark = emu.mark();
    const outsiderIssues: number[] = [];
    const answers: Array<[string, number, number]> = [];
    const { number: target } = mallory.openIssue({ title: "Question", body: "hello" });
    outsiderIssues.push(target);
    for (const [name = "", text = ""] of HOSTILE_TEXTS) {
      const opened = mallory.openIssue({ title: name, body: text });
      outsiderIssues.push(opened.number);
      expect(opened.issue.author_association).toBe("NONE");
      for (const hook of opened.payloads) {
        const { status, ms } = await timedPost(hook);
        answers.push([`issue body: ${name}`, status, ms]);
      }
      const comment = mallory.comment(target, text);
      expect(comment.comment.author_association).toBe("NONE");
      const { status, ms } = await timedPost(comment);
      answers.push([`comment: ${name}`, status, ms]);
    }
    console.log(answers.map(([what, status, ms]) => `${status} in ${ms} ms: ${what}`).join("\n"));
    for (const [what, status, ms] of answers) {
      expect(status, what).toBe(202);
      expect(ms, what).toBeLessThan(ANSWER_BOUND_MS);
    }

    // The next ordinary delivery, on another incident, is handled at once: its board appears.
    const hostileEnd = emu.mark();
    const started = performance.now();
    const { number: incident, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident"] });
    for (const hook of payloads) expect((await timedPost(hook)).status).toBe(202);
    const board = await eventually(
      () => boards(emu, incident),
      (b) => b.length === 1,
      10_000,
    );
    const boardMs = Math.round(performance.now() - started);
    console.log(`the next incident's board appeared ${boardMs} ms after its delivery`);
    expect(board).toHaveLength(1);

    // Nothing was written for the outsider: no request but reads while their text was handled, and
    // no comment, label, edit or reaction on their issues since.
    // (Minting the installation's token, POST /app/installations/…/access_tokens, writes nothing.)
    const hostileWrites = writes(emu.requestsSince(mark).slice(0, hostileEnd - mark));
    expect(hostileWrites.filter((r) => !r.path.startsWith("/app/installations/"))).toEqual([]);
    const touched = writes(emu.requestsSince(mark)).filter((r) =>
      outsiderIssues.some((n) => r.path.includes(`/issues/${n}/`) || r.path.endsWith(`/issues/${n}`)),
    );
    expect(touched).toEqual([]);
    for (const n of outsiderIssues) {
      expect(emu.comments(n).every((c) => (c.user as { login?: string } | null)?.login === "mallory")).toBe(
        true,
      );
      expect(emu.issue(n).labels).toEqual([]);
    }
  }, 120_000);
});
