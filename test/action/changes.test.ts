// Recent changes through the bundled Action (`node <runs.main>`), as a runner runs it.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatTime } from "../../src/core/time.js";
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

describe("issue 20's recent changes and /revert, through the Action", () => {
  it("three merges: listed with their authors on the board and in the postmortem; /revert opens one; a stranger is refused", async () => {
    emu.setAssociation("carol", "MEMBER");
    emu.setAssociation("mallory", "NONE");
    for (const m of ["alice", "bob", "carol"]) emu.setPermission(m, "write");
    const now = Math.floor(Date.now() / 1000) * 1000;
    const merges = [
      { branch: "cache-keys", title: "Cache cart totals per region", by: "bob", hours: 5 },
      { branch: "retry-budget", title: "Lower the retry budget", by: "carol", hours: 3 },
      { branch: "feature-flag", title: "Turn on the new checkout", by: "bob", hours: 1 },
    ].map((m) => {
      emu.setTime(new Date(now - m.hours * 3_600_000).toISOString());
      emu.setFile(m.branch, `${m.branch}.txt`, `${m.title}\n`);
      const { number } = emu.as(m.by).openPull({ title: m.title, head: m.branch });
      emu.as("alice").mergePull(number);
      return { ...m, number, at: formatTime(emu.now(), "UTC") };
    });
    emu.setTime(new Date(now).toISOString());
    const { number: n, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident"] });
    for (const p of payloads) await deliver(p);
    const board = () =>
      String(
        emu.comments(n).find((c) => String(c.body).startsWith("<!-- incident-workflow:board -->"))?.body,
      );
    const listed = board()
      .split("\n")
      .filter((l) => l.startsWith("- [#"));
    expect(listed).toHaveLength(3);
    for (const [i, m] of [...merges].reverse().entries()) {
      expect(listed[i]).toContain(`[#${m.number}](https://github.com/acme/web/pull/${m.number}) ${m.title}`);
      expect(listed[i]).toContain(`merged ${m.at}, by @\u2060${m.by}`);
    }

    const target = merges[1]?.number ?? 0;
    await deliver(emu.as("alice").comment(n, `/revert #${target}`));
    const reverts = (pull: number) =>
      emu.pulls().filter((p) => String((p.head as { ref: string }).ref).startsWith(`revert-${pull}-`));
    expect(reverts(target)).toHaveLength(1);
    expect(board()).toContain(`Revert of #${target} opened: #${reverts(target)[0]?.number}`);
    await deliver(emu.as("mallory").comment(n, `/revert #${merges[2]?.number}`));
    expect(reverts(merges[2]?.number ?? 0)).toEqual([]);
    expect(emu.comments(n).filter((c) => String(c.body).includes("was not run"))).toHaveLength(1);

    await deliver(emu.as("alice").close(n, "completed"));
    const date = new Date(String(emu.issue(n).created_at)).toISOString().slice(0, 10);
    const doc = String(
      emu.file(`postmortem/incident-${n}`, `docs/postmortems/${date}-${n}-checkout-down.md`),
    );
    const related = doc.slice(doc.indexOf("## Related changes"), doc.indexOf("## Root causes"));
    for (const m of merges) {
      expect(related).toContain(`[#${m.number}](https://github.com/acme/web/pull/${m.number}) ${m.title}`);
      expect(related).toContain(`merged ${m.at}, by @${m.by}`);
    }
  });
});
