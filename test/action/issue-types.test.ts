// Issue types through the bundled Action, as a runner runs it (the same engine as the app).
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { actionAgainst, ok } from "./against-emulator.js";
import { assertBundleFresh } from "./run-action.js";

let emu: Emulator;
const { deliver, run } = actionAgainst(() => emu);

beforeAll(assertBundleFresh);
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.addOrg("acme", { issueTypes: ["Bug", "Incident"] });
  emu.setAssociation("alice", "MEMBER");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const typeOf = (n: number) => (emu.issue(n).type as { name?: string } | null)?.name ?? null;
const boards = (n: number) =>
  emu.comments(n).filter((c) => String(c.body).startsWith("<!-- incident-workflow:board -->"));

describe("the Action and issue types", () => {
  it("with a token that may read the organisation's types, a labelled incident gets the Incident type", async () => {
    const { number, payloads } = emu.as("alice").openIssue({ title: "API down", labels: ["incident"] });
    const token = emu.installationToken();
    for (const p of payloads)
      ok(await run({ event: p.name, payload: p.payload as object, inputs: { "github-token": token } }));
    expect(typeOf(number)).toBe("Incident");
  });

  it("with the workflow's token (no organisation permission): no type, a warning, the incident runs", async () => {
    const { number, payloads } = emu.as("alice").openIssue({ title: "API down", labels: ["incident"] });
    let out = "";
    for (const p of payloads) out += ok(await deliver(p)).stdout;
    expect(typeOf(number)).toBeNull();
    expect(out).toContain('"Issue Types" (read)');
    expect(boards(number)).toHaveLength(1);
  });

  it("an issue a person types Incident becomes an incident with its board", async () => {
    const { number } = emu.as("alice").openIssue({ title: "Payments failing" });
    ok(await deliver(emu.as("alice").setType(number, "Incident")));
    expect(emu.labels(number)).toContain("incident");
    expect(boards(number)).toHaveLength(1);
  });
});
