import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";

// GitHub's published webhook schemas (scripts/extract-webhook-schemas.mjs → schema/github-webhooks.json).
const file = JSON.parse(
  readFileSync(new URL("../../schema/github-webhooks.json", import.meta.url), "utf8"),
) as { webhooks: Record<string, object>; $defs: Record<string, object> };
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

function errorsOf(event: string, payload: unknown): string[] {
  const schema = file.webhooks[event];
  if (!schema) throw new Error(`no schema extracted for ${event}`);
  const validate = ajv.compile({ ...schema, $defs: file.$defs });
  if (validate(payload)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

let emu: Emulator;
const repo = { owner: "acme", repo: "web" };
beforeEach(async () => {
  emu = await startEmulator({ ...repo });
  emu.addOrg("acme", { issueTypes: ["Incident"] });
});
afterEach(async () => {
  await emu.close();
});

describe("built webhook payloads match GitHub's published webhook schemas", () => {
  test("deployment_protection_rule.requested (not in @octokit/webhooks-examples)", () => {
    emu.setFile("fix", "a.txt", "a\n");
    const pull = emu.as("alice").openPull({ title: "Fix", head: "fix", body: "Fixes #1" });
    const { payload } = emu.requestDeployment({ environment: "production", pulls: [pull.number] });
    expect(errorsOf("deployment_protection_rule.requested", payload)).toEqual([]);
  });

  test("issues.typed (not in @octokit/webhooks-examples)", () => {
    const { number } = emu.as("alice").openIssue({ title: "a" });
    const typed = emu.as("alice").setType(number, "Incident");
    expect(errorsOf("issues.typed", typed.payload)).toEqual([]);
  });

  test("example-derived payloads too: pull_request.opened", () => {
    emu.setFile("fix", "a.txt", "a\n");
    const { payload } = emu.as("alice").openPull({ title: "Fix", head: "fix" });
    expect(errorsOf("pull_request.opened", payload)).toEqual([]);
  });

  test("the check can fail: a payload missing a required field is reported", () => {
    emu.setFile("fix", "a.txt", "a\n");
    const pull = emu.as("alice").openPull({ title: "Fix", head: "fix" });
    const { payload } = emu.requestDeployment({ environment: "production", pulls: [pull.number] });
    const broken = { ...(payload as object) } as Record<string, unknown>;
    delete broken.sender;
    expect(errorsOf("deployment_protection_rule.requested", broken).join("\n")).toContain("sender");
  });
});
