// Issue 17 through the bundled Action (`node <runs.main>`, as a runner runs it): an outsider's
// incident form is not adopted, and permission, not association, for /sev and /public. Where the
// Action differs from the app: it acts as `github-actions[bot]` and asks each permission once per run.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type ActionRun, assertBundleFresh, runAction } from "./run-action.js";

let emu: Emulator;

beforeAll(assertBundleFresh);

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setFile(
    "main",
    ".github/incidents.yml",
    'severities:\n  - { id: SEV1, notify: ["@acme/sre-leads"] }\n  - { id: SEV2 }\n  - { id: SEV3 }\n  - { id: SEV4 }\n',
  );
  emu.setAssociation("alice", "MEMBER");
  emu.setAssociation("mallory", "NONE");
  emu.setAssociation("rob", "COLLABORATOR");
  emu.setPermission("rob", "read");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const deliver = (hook: { name: string; payload: unknown }): Promise<ActionRun> =>
  runAction({
    repository: "acme/web",
    apiUrl: emu.url,
    event: hook.name,
    payload: hook.payload as object,
    inputs: { "github-token": emu.actionsToken },
  });

function succeeded(result: ActionRun): ActionRun {
  expect(result.errors, result.stdout + result.stderr).toEqual([]);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return result;
}

const FORM =
  "### Summary\n\nCheckout down\n\n### Impact\n\nEveryone\n\n### Severity\n\nSEV1 — Critical\n\n### Started at\n\n_No response_\n\n### Links\n\n_No response_";

describe("the Action and who may decide", () => {
  it("an outsider's form labelled incident + SEV1: nothing written, no outputs, closing opens no postmortem", async () => {
    const { number, payloads } = emu
      .as("mallory")
      .openIssue({ title: "Checkout down", body: FORM, labels: ["incident", "SEV1"] });
    const mark = emu.mark();
    for (const p of payloads) expect(succeeded(await deliver(p)).outputs["incident-number"] ?? "").toBe("");
    succeeded(await deliver(emu.as("mallory").close(number, "completed")));
    expect(emu.requestsSince(mark).filter((r) => r.method !== "GET" && r.path !== "/graphql")).toEqual([]);
    expect(emu.comments(number)).toEqual([]);
    expect(emu.pulls()).toEqual([]);
  });

  it("a read-only collaborator's /sev 1 and /public are refused with one reply; the level stays", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    for (const p of payloads) succeeded(await deliver(p));
    const c = emu.as("rob").comment(number, "/sev 1\n/public We are on it");
    const result = succeeded(await deliver(c));
    expect(result.outputs.severity).toBe("SEV2");
    expect(emu.labels(number)).not.toContain("SEV1");
    const replies = emu
      .comments(number)
      .map((x) => String(x.body))
      .filter((b) => b.startsWith(`<!-- incident-workflow:reply:${c.commentId} -->`));
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain("`/sev` needs triage permission or more on this repository (you have read)");
    expect(replies[0]).toContain(
      "`/public` needs triage permission or more on this repository (you have read)",
    );
  });

  it("the deploy gate: an outsider's form labelled incident + SEV1 blocks nothing; a member's SEV1 does", async () => {
    emu.as("mallory").openIssue({ title: "Checkout down", body: FORM, labels: ["incident", "SEV1"] });
    const gate = () =>
      runAction({
        repository: "acme/web",
        apiUrl: emu.url,
        event: "push",
        payload: {},
        inputs: { "github-token": emu.actionsToken, mode: "gate", "block-on": "SEV2" },
      });
    const open = succeeded(await gate());
    expect(open.outputs.blocking).toBe("");
    const { number } = emu.as("alice").openIssue({ title: "Payments down", labels: ["incident", "SEV1"] });
    const blocked = await gate();
    expect(blocked.code).not.toBe(0);
    expect(blocked.outputs.blocking).toBe(String(number));
  });
});
