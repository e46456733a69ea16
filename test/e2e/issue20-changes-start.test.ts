// Issue 20's "Must show", items 2 and 3, from outside: the app as `npm start` runs it (`node
// lib/start.js`), signed webhooks POSTed over HTTP, the emulator as GitHub. app-changes.test.ts and
// action-items.test.ts hold the details (request budgets, redelivery) in-process.
import { afterEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { formatTime } from "../../src/core/time.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { boards } from "./probot-harness.js";
import { steps } from "./process-steps.js";
import { type AppProcess, startAppProcess } from "./server-harness.js";

let emu: Emulator;
let app: AppProcess;
const { send, sendAll, boardWith, stop } = steps(
  () => emu,
  () => app,
);
const HOUR = 3_600_000;

async function start(options: { subIssues?: boolean } = {}) {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()), ...options });
  for (const m of ["alice", "bob", "carol", "dave"]) {
    emu.setAssociation(m, "MEMBER");
    emu.setPermission(m, "write");
  }
  emu.setAssociation("mallory", "NONE");
  emu.setPermission("mallory", "read");
  // A member who may run commands, but with read permission only: /revert needs triage or more.
  emu.setAssociation("erin", "MEMBER");
  emu.setPermission("erin", "read");
  app = await startAppProcess(emu);
}

afterEach(stop);

/** A pull request by `author` from a new branch, merged by alice at `when`. */
function mergedPull(author: string, branch: string, title: string, when: Date): number {
  emu.setTime(when.toISOString());
  emu.setFile(branch, `${branch}.txt`, `${title}\n`);
  const { number } = emu.as(author).openPull({ title, head: branch });
  emu.as("alice").mergePull(number);
  return number;
}

const reverts = (pull: number) =>
  emu.pulls().filter((p) => String((p.head as { ref: string }).ref).startsWith(`revert-${pull}-`));

describe("recent changes and /revert, through `npm start`", () => {
  it("three merges in the last hours: listed with their authors on the board and in the postmortem; /revert opens one, a stranger is refused", async () => {
    await start();
    const now = Math.floor(Date.now() / 1000) * 1000;
    const ago = (hours: number) => new Date(now - hours * HOUR);
    const merged = [
      { n: mergedPull("bob", "cache-keys", "Cache cart totals per region", ago(5)), by: "bob", at: ago(5) },
      { n: mergedPull("carol", "retry-budget", "Lower the retry budget", ago(3)), by: "carol", at: ago(3) },
      { n: mergedPull("dave", "feature-flag", "Turn on the new checkout", ago(1)), by: "dave", at: ago(1) },
    ];
    emu.setTime(new Date(now).toISOString());
    const { number: n, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout errors", labels: ["incident"] });
    await sendAll(payloads, () => boards(emu, n).length === 1);
    const board = await boardWith(n, "### Recent changes");
    const listed = board.split("\n").filter((l) => l.startsWith("- [#"));
    // Newest first, each with its author and merge time.
    expect(listed).toEqual(
      [...merged]
        .reverse()
        .map((m) =>
          expect.stringMatching(`^- \\[#${m.n}\\]\\(https://github\\.com/acme/web/pull/${m.n}\\) `),
        ),
    );
    for (const [i, m] of [...merged].reverse().entries()) {
      expect(listed[i]).toContain(`merged ${formatTime(m.at.toISOString(), "UTC")}, by @\u2060${m.by}`);
    }

    // /revert of the second: GitHub's revert pull request, once; the board notes it.
    const target = merged[1]?.n ?? 0;
    await send(
      emu.as("alice").comment(n, `/revert #${target}`),
      () => reverts(target),
      (r) => r.length === 1,
    );
    const revert = reverts(target)[0] as {
      number: number;
      title: string;
      body: string;
      head: { ref: string };
    };
    expect(revert.title).toBe('Revert "Lower the retry budget"');
    expect(revert.body).toContain(`Reverts #${target}, for incident #${n}`);
    expect(emu.file(revert.head.ref, "retry-budget.txt")).toBeNull();
    await boardWith(n, `Revert of #${target} opened: #${revert.number}`);

    // The same command from someone who may not run commands, or from a member with read
    // permission only (commands.requirePermission): refused with a reply each, nothing opened.
    const other = merged[2]?.n ?? 0;
    const refusals = [
      ["mallory", "may run incident commands (you are none)"],
      ["erin", "`/revert` needs triage permission or more on this repository (you have read)"],
    ] as const;
    for (const [i, [who, why]] of refusals.entries()) {
      const [, reply] = await send(
        emu.as(who).comment(n, `/revert #${other}`),
        () => emu.comments(n).filter((c) => String(c.body).includes("was not run")),
        (r) => r.length === i + 1,
      ).then((r) => [r, String(r[i]?.body)] as const);
      expect(reply).toContain(`@${who}\n\n**/revert #${other}** was not run: `);
      expect(reply).toContain(why);
    }
    // A later command on the same incident has run once its board shows it: nothing else was pending.
    await send(
      emu.as("alice").comment(n, "/note looking at the flag"),
      () => boards(emu, n).map((b) => String(b.body)),
      (b) => b.some((body) => body.includes("looking at the flag")),
    );
    expect(reverts(other)).toEqual([]);
    expect(reverts(target)).toHaveLength(1);

    // The postmortem's related changes: the same three, with their authors.
    await send(
      emu.as("alice").close(n, "completed"),
      () => emu.pulls().filter((p) => String((p.head as { ref: string }).ref) === `postmortem/incident-${n}`),
      (p) => p.length === 1,
    );
    const date = new Date(String(emu.issue(n).created_at)).toISOString().slice(0, 10);
    const doc = String(
      emu.file(`postmortem/incident-${n}`, `docs/postmortems/${date}-${n}-checkout-errors.md`),
    );
    const related = doc.slice(doc.indexOf("## Related changes"), doc.indexOf("## Root causes"));
    for (const m of merged) {
      expect(related).toContain(`[#${m.n}](https://github.com/acme/web/pull/${m.n})`);
      expect(related).toContain(`merged ${formatTime(m.at.toISOString(), "UTC")}, by @${m.by}`);
    }
  }, 60_000);
});

/** Closes a SEV2 incident, edits its postmortem to hold three open items, merges it; the merge event. */
async function mergedPostmortemWithThreeItems() {
  const { number: n, payloads } = emu
    .as("alice")
    .openIssue({ title: "Card declines", labels: ["incident", "SEV2"] });
  await sendAll(payloads, () => boards(emu, n).length === 1);
  const [pull] = await send(
    emu.as("alice").close(n, "completed"),
    () => emu.pulls() as Array<{ number: number; head: { ref: string } }>,
    (p) => p.length === 1,
  );
  const path = `docs/postmortems/${new Date(String(emu.issue(n).created_at)).toISOString().slice(0, 10)}-${n}-card-declines.md`;
  const doc = emu.file(pull?.head.ref ?? "", path) ?? "";
  expect(doc).toContain("## Action items");
  const items = [
    "- [ ] Alert on the decline rate (@carol)",
    "- [ ] Canary stage for payments",
    "- [ ] Write the runbook",
  ];
  emu.setFile(
    pull?.head.ref ?? "",
    path,
    doc.replace(/## Action items[\s\S]*?(\n<sub>)/, `## Action items\n\n${items.join("\n")}\n$1`),
  );
  return { n, pull: pull?.number ?? 0, merged: emu.as("bob").mergePull(pull?.number ?? 0) };
}

const actionItems = () =>
  emu.issues().filter((i) => (i.labels as Array<{ name: string }>).some((l) => l.name === "action-item"));

describe("action items as sub-issues, through `npm start`", () => {
  it("a merged postmortem with three items: three sub-issues under the incident", async () => {
    await start();
    const { n, merged } = await mergedPostmortemWithThreeItems();
    await send(
      merged,
      () => emu.subIssues(n),
      (s) => s.length === 3,
    );
    expect([...emu.subIssues(n)].sort()).toEqual(
      actionItems()
        .map((i) => Number(i.number))
        .sort(),
    );
    expect(emu.issue(n).sub_issues_summary).toMatchObject({ total: 3, completed: 0 });
    await boardWith(n, "0 of 3 done.");
  }, 60_000);

  it("the sub-issues API answers 404: the items are linked from the incident, and no error", async () => {
    await start({ subIssues: false });
    const { n, pull, merged } = await mergedPostmortemWithThreeItems();
    const mark = emu.mark();
    const [announced] = await send(
      merged,
      () =>
        emu
          .comments(n)
          .filter((c) => String(c.body).startsWith(`<!-- incident-workflow:action-items:${pull} -->`)),
      (a) => a.length === 1,
    );
    expect(actionItems()).toHaveLength(3);
    for (const item of actionItems()) expect(String(announced?.body)).toContain(`- #${item.number}`);
    await boardWith(n, "0 of 3 done.");
    const calls = emu.requestsSince(mark).filter((r) => r.path.includes("/sub_issues"));
    expect(calls.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 404"]);
    expect(emu.comments(n).filter((c) => /error|fail/i.test(String(c.body)))).toEqual([]);
  }, 60_000);
});
