import { afterEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type Client, client, statusOf } from "./test-client.js";

let emu: Emulator;
const repo = { owner: "acme", repo: "web" };

async function start(org?: { issueTypes?: string[]; dropsIssueTypes?: boolean }): Promise<Client> {
  emu = await startEmulator({ ...repo, validateResponses: true });
  if (org) emu.addOrg("acme", org);
  return client(emu, emu.installationToken());
}

afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe("issue types", () => {
  test("an organisation lists its types; the owner is shown as an organisation", async () => {
    const gh = await start({ issueTypes: ["Bug", "Incident"] });
    const { data } = await gh.request("GET /orgs/{org}/issue-types", { org: "acme" });
    expect(data.map((t) => t?.name)).toEqual(["Bug", "Incident"]);
    const { data: r } = await gh.request("GET /repos/{owner}/{repo}", repo);
    expect(r.owner.type).toBe("Organization");
  });

  test("a user account has no issue types: 404", async () => {
    const gh = await start();
    expect(await statusOf(gh.request("GET /orgs/{org}/issue-types", { org: "acme" }))).toBe(404);
  });

  test("a type set by PATCH or at creation is on the issue; an unknown name is a 422", async () => {
    const gh = await start({ issueTypes: ["Incident"] });
    const made = await gh.request("POST /repos/{owner}/{repo}/issues", {
      ...repo,
      title: "a",
      type: "incident",
    });
    expect(made.data.type?.name).toBe("Incident");
    const plain = await gh.request("POST /repos/{owner}/{repo}/issues", { ...repo, title: "b" });
    expect(plain.data.type).toBeNull();
    const patched = await gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: plain.data.number,
      type: "Incident",
    });
    expect(patched.data.type?.name).toBe("Incident");
    const read = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: plain.data.number,
    });
    expect(read.data.type?.name).toBe("Incident");
    expect(emu.timeline(plain.data.number).map((e) => e.event)).toEqual(["issue_type_added"]);
    const timeline = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
      ...repo,
      issue_number: plain.data.number,
    });
    expect(timeline.data.map((e) => (e as { event?: string }).event)).toEqual(["issue_type_added"]);
    const bad = gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: plain.data.number,
      type: "Outage",
    });
    expect(await statusOf(bad)).toBe(422);
  });

  test("without the permission, the type is dropped silently; a person can still set it", async () => {
    const gh = await start({ issueTypes: ["Incident"], dropsIssueTypes: true });
    const made = await gh.request("POST /repos/{owner}/{repo}/issues", { ...repo, title: "a" });
    const patched = await gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: made.data.number,
      type: "Incident",
    });
    expect(patched.status).toBe(200);
    expect(patched.data.type).toBeNull();
    const typed = emu.as("alice").setType(made.data.number, "Incident");
    expect(typed.name).toBe("issues");
    const payload = typed.payload as unknown as {
      action: string;
      issue: { type: unknown };
      type: { name: string };
    };
    expect(payload.action).toBe("typed");
    expect(payload.type.name).toBe("Incident");
    expect(payload.issue.type).toEqual(payload.type);
  });
});
