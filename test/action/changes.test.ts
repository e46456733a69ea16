// Recent changes through the bundled Action (`node <runs.main>`), as a runner runs it.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type ActionRun, assertBundleFresh, runAction } from "./run-action.js";

let emu: Emulator;

beforeAll(assertBundleFresh);
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  for (const member of ["alice", "bob"]) emu.setAssociation(member, "MEMBER");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const deliver = async (hook: { name: string; payload: unknown }): Promise<ActionRun> => {
  const result = await runAction({
    repository: "acme/web",
    apiUrl: emu.url,
    event: hook.name,
    payload: hook.payload as object,
    inputs: { "github-token": emu.actionsToken },
  });
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return result;
};

describe("the Action lists the recent changes (issue 20)", () => {
  it("on the board of an incident declared after a merge, read once", async () => {
    emu.setTime(new Date(Date.now() - 2 * 3_600_000).toISOString());
    emu.setFile("cache-keys", "cache.txt", "per region\n");
    const { number: pull } = emu
      .as("bob")
      .openPull({ title: "Cache cart totals per region", head: "cache-keys" });
    emu.as("alice").mergePull(pull);
    emu.setTime(new Date().toISOString());

    const { number, payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] });
    const mark = emu.mark();
    for (const p of payloads) await deliver(p);
    const reads = emu
      .requestsSince(mark)
      .filter((r) => r.path === "/repos/acme/web/pulls" || r.path === "/repos/acme/web/deployments");
    // Two deliveries (opened, labeled): the first reads the lists, the second finds them on the board.
    expect(reads.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /repos/acme/web/pulls",
      "GET /repos/acme/web/deployments",
    ]);
    const board = String(
      emu.comments(number).find((c) => String(c.body).startsWith("<!-- incident-workflow:board -->"))?.body,
    );
    expect(board).toContain("### Recent changes");
    expect(board).toContain(
      `[#${pull}](https://github.com/acme/web/pull/${pull}) Cache cart totals per region`,
    );
    expect(board).toContain("by @\u2060bob");
  });
});
