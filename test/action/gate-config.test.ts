// Issue 20: the Action's `mode: gate` reads `gate.blockOn` and `gate.environments` from the config
// when its inputs are not given: the app's deployment protection rule, for teams without the app.
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
  emu.setFile("main", ".github/incidents.yml", "gate:\n  environments: [production]\n  blockOn: SEV1\n");
  emu.setAssociation("alice", "MEMBER");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const { run } = actionAgainst(() => emu);
const gate = (inputs: Record<string, string> = {}) =>
  run({ event: "push", payload: {}, inputs: { mode: "gate", ...inputs } });

describe("mode gate with the config's gate section", () => {
  it("the level comes from gate.blockOn unless block-on is given", async () => {
    const { number: n } = emu.as("alice").openIssue({ title: "Search slow", labels: ["incident", "SEV2"] });
    const open = ok(await gate());
    expect(open.stdout).toContain("No open incident at or above SEV1: the gate is open.");
    const blocked = await gate({ "block-on": "SEV2" });
    expect(blocked.code).not.toBe(0);
    expect(blocked.errors.at(-1)).toBe(
      `Blocked by open incidents at or above SEV2: #${n} "Search slow" (SEV2).`,
    );
  });

  it("with environment: only those in gate.environments are held; a mitigated incident holds nothing", async () => {
    const { number: n } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident", "SEV1"] });
    const staging = ok(await gate({ environment: "staging" }));
    expect(staging.outputs.blocking).toBe("");
    expect(staging.stdout).toContain('"staging" is not in gate.environments: the gate is open.');
    expect(staging.summary).toContain("is not one of the environments");
    const production = await gate({ environment: "production" });
    expect(production.code).not.toBe(0);
    expect(production.outputs.blocking).toBe(String(n));
    emu.as("alice").label(n, "status:mitigated");
    expect(ok(await gate({ environment: "production" })).outputs.blocking).toBe("");
  });
});
