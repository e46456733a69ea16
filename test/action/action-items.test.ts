// Issue 11 through the bundled Action: the `pull_request` event of a merged postmortem makes its
// open action items into issues, once.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { actionAgainst, ok } from "./against-emulator.js";
import { assertBundleFresh } from "./run-action.js";

let emu: Emulator;

beforeAll(assertBundleFresh);
/** `acme/web` with alice and bob as members who may write; `subIssues: false` as on an older GHES. */
async function start(subIssues = true): Promise<void> {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()), subIssues });
  for (const m of ["alice", "bob"]) {
    emu.setAssociation(m, "MEMBER");
    emu.setPermission(m, "write");
  }
}
beforeEach(() => start());
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const { run } = actionAgainst(() => emu);

/**
 * A SEV1 declared and closed through the Action, its postmortem given `items` as its action items
 * and merged: the incident, its postmortem (pull request, document as written) and the merge event.
 */
async function mergedPostmortem(items: string) {
  const { number: n, payloads } = emu
    .as("alice")
    .openIssue({ title: "Checkout down", labels: ["incident", "SEV1"] });
  ok(await run({ event: "issues", payload: payloads[0]!.payload as object }));
  ok(await run({ event: "issues", payload: emu.as("alice").close(n, "completed").payload as object }));
  const pull = emu.pulls()[0] as { number: number; head: { ref: string } };
  const path = `docs/postmortems/${new Date().toISOString().slice(0, 10)}-${n}-checkout-down.md`;
  const doc = emu.file(pull.head.ref, path) ?? "";
  emu.setFile(
    pull.head.ref,
    path,
    doc.replace(/## Action items[\s\S]*?(\n<sub>)/, `## Action items\n\n${items}\n$1`),
  );
  return { n, pull, doc, merged: emu.as("alice").mergePull(pull.number) };
}

describe("action items, through the Action", () => {
  it("a merged postmortem with three open items: three issues; the event again: still three", async () => {
    const { n, doc, merged } = await mergedPostmortem(
      "- [ ] Page on checkout 5xx (@bob)\n- [ ] Load-test the cart service\n- [ ] Document the rollback",
    );
    expect(doc).toContain(`severity: "SEV1"`);
    const first = ok(await run({ event: "pull_request", payload: merged.payload as object }));
    expect(first.outputs["incident-number"]).toBe(String(n));
    const made = () =>
      emu.issues().filter((i) => (i.labels as Array<{ name: string }>).some((l) => l.name === "action-item"));
    expect(made()).toHaveLength(3);
    // GitHub shows their progress on the incident: they are its sub-issues (issue 20).
    expect([...emu.subIssues(n)].sort()).toEqual(
      made()
        .map((i) => Number(i.number))
        .sort(),
    );
    expect(emu.issue(n).sub_issues_summary).toMatchObject({ total: 3, completed: 0 });
    const due = new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10);
    for (const item of made()) expect(item.body).toContain(`**Due:** ${due} (SEV1)`);
    ok(await run({ event: "pull_request", payload: merged.payload as object }));
    expect(made()).toHaveLength(3);
    expect(emu.subIssues(n)).toHaveLength(3);
    expect(emu.file("main", "docs/postmortems/README.md")).toContain(`[#${n} Checkout down]`);
  });
});

describe("action items through the Action where GitHub has no sub-issues (older GitHub Enterprise Server)", () => {
  it("the sub-issues API answers 404: the items are issues linked from the incident, and the step succeeds", async () => {
    await emu.close();
    await start(false);
    const { n, pull, merged } = await mergedPostmortem(
      "- [ ] Page on checkout 5xx\n- [ ] Load-test the cart service\n- [ ] Document the rollback",
    );
    const mark = emu.mark();
    const result = ok(await run({ event: "pull_request", payload: merged.payload as object }));
    expect(result.errors).toEqual([]);
    const made = emu
      .issues()
      .filter((i) => (i.labels as Array<{ name: string }>).some((l) => l.name === "action-item"));
    expect(made).toHaveLength(3);
    const calls = emu.requestsSince(mark).filter((r) => r.path.includes("/sub_issues"));
    expect(calls.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 404"]);
    const announced = emu
      .comments(n)
      .filter((c) => String(c.body).startsWith(`<!-- incident-workflow:action-items:${pull.number} -->`));
    expect(announced).toHaveLength(1);
    for (const item of made) expect(String(announced[0]?.body)).toContain(`- #${item.number}`);
  });
});
