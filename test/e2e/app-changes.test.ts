import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { formatTime } from "../../src/core/time.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, describeRequests, startApp, work } from "./probot-harness.js";

let emu: Emulator;
let app: Awaited<ReturnType<typeof startApp>>;
const HOUR = 3_600_000;
// The app's clock is the real one: the story happens in the hours before now.
let T0 = 0;
const at = (hoursBefore: number) => new Date(T0 - hoursBefore * HOUR).toISOString();
const shown = (hoursBefore: number) => formatTime(at(hoursBefore), "UTC");

/** A pull request by `author` from a new branch, merged by alice at `when`. */
function mergedPull(author: string, branch: string, title: string, when: string): number {
  emu.setTime(when);
  emu.setFile(branch, `${branch}.txt`, `${title}\n`);
  const { number } = emu.as(author).openPull({ title, head: branch });
  emu.as("alice").mergePull(number);
  return number;
}

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  for (const member of ["alice", "bob", "carol", "dave"]) emu.setAssociation(member, "MEMBER");
  emu.setAssociation("mallory", "NONE");
  app = await startApp(emu);
  T0 = Math.floor(Date.now() / 1000) * 1000;
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe("recent changes on the board and in the postmortem (issue 20)", () => {
  it("lists the pull requests merged and the deployments made in the day before, newest first, read once", async () => {
    mergedPull("dave", "old-cleanup", "Remove the legacy cart", at(30));
    const first = mergedPull("bob", "cache-keys", "Cache cart totals per region", at(5));
    const second = mergedPull("carol", "retry-budget", "Lower the payment retry budget", at(3));
    emu.setTime(at(2.5));
    emu.deploy("dave", { environment: "production" });
    const third = mergedPull("dave", "feature-flag", "Turn on the new checkout for 10%", at(1));
    emu.setTime(at(0));

    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout errors", labels: ["incident"] });
    const mark = emu.mark();
    for (const p of payloads) await app.deliver(p);
    const spent = work(emu.requestsSince(mark));
    const reads = describeRequests(spent).filter((r) => r.includes("/pulls") || r.includes("/deployments"));
    // One page of closed pull requests (by latest update) and one of deployments: two requests.
    expect(reads).toHaveLength(2);
    expect(reads.filter((r) => r.startsWith("GET /repos/acme/web/pulls"))).toHaveLength(1);
    expect(reads.filter((r) => r.startsWith("GET /repos/acme/web/deployments"))).toHaveLength(1);
    // The declaration's budget (7, see app-declare.test.ts) plus those two reads.
    expect(spent.length, describeRequests(spent).join("\n")).toBeLessThanOrEqual(9);

    const board = String(boards(emu, number)[0]?.body);
    expect(board).toContain("### Recent changes");
    const lines = board.split("\n").filter((l) => l.startsWith("- [#") || l.startsWith("- [Deployment]"));
    expect(lines).toEqual([
      `- [#${third}](https://github.com/acme/web/pull/${third}) Turn on the new checkout for 10% — merged ${shown(1)}, by @\u2060dave`,
      expect.stringMatching(
        /^- \[Deployment\]\(https:\/\/github\.com\/acme\/web\/commit\/[0-9a-f]{40}\) of main \(`[0-9a-f]{7}`\) to \*\*production\*\* — .+, by @\u2060dave$/,
      ),
      `- [#${second}](https://github.com/acme/web/pull/${second}) Lower the payment retry budget — merged ${shown(3)}, by @\u2060carol`,
      `- [#${first}](https://github.com/acme/web/pull/${first}) Cache cart totals per region — merged ${shown(5)}, by @\u2060bob`,
    ]);
    expect(board).not.toContain("Remove the legacy cart");

    // Later events show the same list without reading it again.
    emu.advance(10 * 60_000);
    mergedPull("bob", "after", "Merged after the declaration", at(-10 / 60));
    const later = emu.mark();
    await app.deliver(emu.as("alice").comment(number, "/note looking at the feature flag"));
    const again = describeRequests(work(emu.requestsSince(later)));
    expect(again.filter((r) => r.includes("/pulls") || r.includes("/deployments"))).toEqual([]);
    const after = String(boards(emu, number)[0]?.body);
    expect(after).toContain("Turn on the new checkout for 10%");
    expect(after).not.toContain("Merged after the declaration");
    expect(after).toContain("looking at the feature flag");

    // The postmortem's related changes come from the same list.
    emu.advance(10 * 60_000);
    await app.deliver(emu.as("alice").close(number, "completed"));
    const date = new Date(String(emu.issue(number).created_at)).toISOString().slice(0, 10);
    const doc = String(
      emu.file(`postmortem/incident-${number}`, `docs/postmortems/${date}-${number}-checkout-errors.md`),
    );
    const related = doc.slice(doc.indexOf("## Related changes"), doc.indexOf("## Root causes"));
    expect(related).toContain(
      `[#${third}](https://github.com/acme/web/pull/${third}) Turn on the new checkout for 10% — merged ${shown(1)}, by @dave`,
    );
    expect(related).toContain(
      `[#${second}](https://github.com/acme/web/pull/${second}) Lower the payment retry budget — merged ${shown(3)}, by @carol`,
    );
    expect(related).toContain(
      `[#${first}](https://github.com/acme/web/pull/${first}) Cache cart totals per region — merged ${shown(5)}, by @bob`,
    );
    expect(related).toContain(`to **production** — ${shown(2.5)}, by @dave`);
    expect(related).not.toContain("Remove the legacy cart");
  });

  it("says on the board what GitHub refused, and still lists the rest", async () => {
    const merged = mergedPull("bob", "cache-keys", "Cache cart totals per region", at(2));
    emu.setTime(at(0));
    emu.fault({ method: "GET", operationId: "repos/list-deployments", status: 404, times: 10 });
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout errors", labels: ["incident"] });
    for (const p of payloads) await app.deliver(p);
    const board = String(boards(emu, number)[0]?.body);
    expect(board).toContain(
      `[#${merged}](https://github.com/acme/web/pull/${merged}) Cache cart totals per region`,
    );
    expect(board).toMatch(/- ⚠️ Deployments could not be read: /);
  });

  it("/revert #<pr> opens GitHub's revert pull request once, and the board notes it; a stranger is refused", async () => {
    const merged = mergedPull("bob", "cache-keys", "Cache cart totals per region", at(2));
    emu.setTime(new Date().toISOString());
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout errors", labels: ["incident"] });
    for (const p of payloads) await app.deliver(p);

    const ask = emu.as("alice").comment(number, `/revert #${merged}`);
    const mark = emu.mark();
    await app.deliver(ask);
    const mutations = emu.requestsSince(mark).filter((r) => r.path === "/graphql");
    expect(mutations).toHaveLength(1);
    const reverts = () =>
      emu.pulls().filter((p) => String((p.head as { ref: string }).ref).startsWith(`revert-${merged}-`));
    expect(reverts()).toHaveLength(1);
    const revert = reverts()[0]!;
    expect(revert.title).toBe('Revert "Cache cart totals per region"');
    expect((revert.base as { ref: string }).ref).toBe("main");
    expect(String(revert.body)).toContain(`Reverts #${merged}, for incident #${number}`);
    // The revert branch undoes the change: the file the pull request added is gone there.
    expect(emu.file(String((revert.head as { ref: string }).ref), "cache-keys.txt")).toBeNull();
    expect(emu.file("main", "cache-keys.txt")).not.toBeNull();
    const board = String(boards(emu, number)[0]?.body);
    expect(board).toContain(`Revert of #${merged} opened: #${revert.number}`);

    // Redelivered, or asked again: no second revert, no second mutation.
    const again = emu.mark();
    await app.deliver(ask);
    await app.deliver(emu.as("alice").comment(number, `/revert #${merged}`));
    expect(emu.requestsSince(again).filter((r) => r.path === "/graphql")).toEqual([]);
    expect(reverts()).toHaveLength(1);

    // Someone who may not run commands is refused with one reply, and nothing is opened.
    const other = mergedPull("bob", "retry-budget", "Lower the payment retry budget", emu.now());
    const refused = emu.as("mallory").comment(number, `/revert #${other}`);
    await app.deliver(refused);
    await app.deliver(refused);
    expect(
      emu.pulls().filter((p) => String((p.head as { ref: string }).ref).startsWith(`revert-${other}-`)),
    ).toEqual([]);
    const replies = emu.comments(number).filter((c) => String(c.body).includes(`/revert #${other}`));
    expect(replies.filter((c) => String(c.body).includes("was not run"))).toHaveLength(1);
  });
});
