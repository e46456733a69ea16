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
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  for (const m of ["alice", "bob"]) {
    emu.setAssociation(m, "MEMBER");
    emu.setPermission(m, "write");
  }
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const { run } = actionAgainst(() => emu);

describe("action items, through the Action", () => {
  it("a merged postmortem with three open items: three issues; the event again: still three", async () => {
    const { number: n, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV1"] });
    ok(await run({ event: "issues", payload: payloads[0]!.payload as object }));
    ok(await run({ event: "issues", payload: emu.as("alice").close(n, "completed").payload as object }));
    const pull = emu.pulls()[0] as { number: number; head: { ref: string } };
    const path = `docs/postmortems/${new Date().toISOString().slice(0, 10)}-${n}-checkout-down.md`;
    const doc = emu.file(pull.head.ref, path) ?? "";
    expect(doc).toContain(`severity: "SEV1"`);
    const items =
      "- [ ] Page on checkout 5xx (@bob)\n- [ ] Load-test the cart service\n- [ ] Document the rollback";
    emu.setFile(
      pull.head.ref,
      path,
      doc.replace(/## Action items[\s\S]*?(\n<sub>)/, `## Action items\n\n${items}\n$1`),
    );
    const merged = emu.as("alice").mergePull(pull.number);
    const first = ok(await run({ event: "pull_request", payload: merged.payload as object }));
    expect(first.outputs["incident-number"]).toBe(String(n));
    const made = () =>
      emu.issues().filter((i) => (i.labels as Array<{ name: string }>).some((l) => l.name === "action-item"));
    expect(made()).toHaveLength(3);
    const due = new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10);
    for (const item of made()) expect(item.body).toContain(`**Due:** ${due} (SEV1)`);
    ok(await run({ event: "pull_request", payload: merged.payload as object }));
    expect(made()).toHaveLength(3);
    expect(emu.file("main", "docs/postmortems/README.md")).toContain(`[#${n} Checkout down]`);
  });
});
