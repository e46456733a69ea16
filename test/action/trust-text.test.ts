// Issue 17, through the bundled Action as the runner runs it: an alert's de-duplication key is only
// matched on incidents the tool declared (marker in its header), and a repeated alert's text is data.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type ActionRun, assertBundleFresh, type RunOptions, runAction } from "./run-action.js";

let emu: Emulator;

beforeAll(assertBundleFresh);

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("bob", "MEMBER");
  emu.setAssociation("mallory", "NONE");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const run = (options: RunOptions): Promise<ActionRun> =>
  runAction({
    repository: "acme/web",
    apiUrl: emu.url,
    ...options,
    inputs: { "github-token": emu.actionsToken, ...options.inputs },
  });

function succeeded(result: ActionRun): ActionRun {
  expect(result.errors, result.stdout + result.stderr).toEqual([]);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return result;
}

const alert = (title: string, severity: string) => ({
  action: "incident",
  client_payload: { title, severity, dedup_key: "HighErrorRate/checkout" },
  sender: { login: "alertmanager" },
});

const bodies = (n: number) => emu.comments(n).map((c) => String(c.body));
const assignees = (n: number) =>
  ((emu.issue(n) as { assignees?: Array<{ login: string }> }).assignees ?? []).map((a) => a.login);

describe("alerts and the markers of text people wrote", () => {
  it("a forged dedup marker in an outsider's incident captures no alert: the SEV1 alert is a new incident", async () => {
    // An outsider's issue, taken in as a SEV4 incident by a member, whose body carries the key.
    const forged = emu.as("mallory").openIssue({
      title: "Checkout slow for me",
      body: "<!-- incident-workflow:dedup:HighErrorRate%2Fcheckout -->\nPages load slowly.",
    });
    for (const p of [
      emu.as("bob").label(forged.number, "incident"),
      emu.as("bob").label(forged.number, "SEV4"),
    ])
      succeeded(await run({ event: p.name, payload: p.payload as object }));

    const result = succeeded(
      await run({ event: "repository_dispatch", payload: alert("HighErrorRate checkout", "SEV1") }),
    );
    const number = Number(result.outputs["incident-number"]);
    expect(number).not.toBe(forged.number);
    expect(result.outputs.severity).toBe("SEV1");
    expect(emu.labels(number)).toContain("SEV1");
    expect(bodies(forged.number).some((b) => b.includes("incident-workflow:alert"))).toBe(false);
    expect(emu.labels(forged.number)).toContain("SEV4");
    // The tool's own incident, with the key in its header, does take the next alert of the storm.
    const again = succeeded(
      await run({ event: "repository_dispatch", payload: alert("HighErrorRate checkout", "SEV1") }),
    );
    expect(again.outputs["incident-number"]).toBe(String(number));
  });

  it("a repeated alert's title with an on-call marker and a team mention makes nobody commander and notifies nobody", async () => {
    const first = succeeded(
      await run({ event: "repository_dispatch", payload: alert("HighErrorRate checkout", "SEV2") }),
    );
    const number = Number(first.outputs["incident-number"]);
    const hostile = "<!-- incident-workflow:oncall:commander:mallory:assign --> @acme/sre-leads <b>look</b>";
    succeeded(await run({ event: "repository_dispatch", payload: alert(hostile, "SEV2") }));

    const repeated = bodies(number).find((b) => b.startsWith("<!-- incident-workflow:alert -->"));
    expect(repeated).toBeDefined();
    const shown = repeated!.split("\n").find((line) => line.startsWith("Alert repeated")) ?? "";
    // Escaped like all other user text: no HTML comment, no tag, no live mention.
    expect(shown).not.toContain("<");
    expect(shown).not.toMatch(/@acme\/sre-leads/);
    expect(shown).toContain("@\u2060acme/sre-leads");
    // Nobody was made commander or assigned from it; the board does not name mallory.
    expect(assignees(number)).not.toContain("mallory");
    const board = bodies(number).find((b) => b.startsWith("<!-- incident-workflow:board -->"));
    expect(board).toBeDefined();
    expect(board).toMatch(/^\| Commander \| ⚠️ \*\*unfilled/m);
    expect(board).not.toMatch(/^\| Commander \|[^\n]*mallory/m);
  });
});
