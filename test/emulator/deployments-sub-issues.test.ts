import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type Client, client, statusOf } from "./test-client.js";

let emu: Emulator;
let gh: Client;
const repo = { owner: "acme", repo: "web" };

beforeEach(async () => {
  emu = await startEmulator({ ...repo, validateResponses: true });
  gh = client(emu, emu.installationToken());
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe("deployment protection rule callback", () => {
  test("a review for the run's environment is recorded; another environment is 422, another run 404", async () => {
    emu.setFile("fix", "a.txt", "a\n");
    const pull = emu.as("alice").openPull({ title: "Fix", head: "fix", body: "Fixes #1" });
    const { payload } = emu.requestDeployment({ environment: "production", pulls: [pull.number] });
    expect(payload.environment).toBe("production");
    expect(payload.pull_requests?.[0]).toMatchObject({ number: pull.number, body: "Fixes #1" });
    expect(payload.deployment?.sha).toBe(emu.branches().main);
    const url = new URL(payload.deployment_callback_url ?? "");
    const runId = Number(url.pathname.split("/")[6]);
    const review = (environment_name: string, run_id = runId) =>
      gh.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule", {
        ...repo,
        run_id,
        environment_name,
        state: "rejected",
        comment: "SEV1 open",
      });
    expect((await review("production")).status).toBe(204);
    expect(emu.deploymentReviews(runId)).toMatchObject([
      { environment: "production", state: "rejected", comment: "SEV1 open", by: emu.botLogin },
    ]);
    expect(emu.deploymentReviews(payload.deployment_callback_url ?? "")).toHaveLength(1);
    expect(await statusOf(review("staging"))).toBe(422);
    expect(await statusOf(review("production", runId + 1000))).toBe(404);
    expect(emu.deploymentReviews(runId)).toHaveLength(1);
  });
});

describe("sub-issues", () => {
  test("add by id, list, summary on the parent; adding twice is 422", async () => {
    const parent = emu.as("alice").openIssue({ title: "Incident" });
    const a = emu.as("alice").openIssue({ title: "Item A" });
    const b = emu.as("alice").openIssue({ title: "Item B" });
    const add = (id: number) =>
      gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
        ...repo,
        issue_number: parent.number,
        sub_issue_id: id,
      });
    const added = await add(emu.issue(a.number).id as number);
    expect(added.status).toBe(201);
    await add(emu.issue(b.number).id as number);
    emu.as("alice").close(b.number);
    expect(await statusOf(add(emu.issue(a.number).id as number))).toBe(422);
    const list = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
      ...repo,
      issue_number: parent.number,
    });
    expect(list.data.map((i) => i.number)).toEqual([a.number, b.number]);
    expect(emu.subIssues(parent.number)).toEqual([a.number, b.number]);
    expect(emu.issue(parent.number).sub_issues_summary).toEqual({
      total: 2,
      completed: 1,
      percent_completed: 50,
    });
  });

  test("switched off (older GitHub Enterprise Server), the routes answer 404 and issues have no summary", async () => {
    await emu.close();
    emu = await startEmulator({ ...repo, validateResponses: true, subIssues: false });
    gh = client(emu, emu.installationToken());
    const parent = emu.as("alice").openIssue({ title: "Incident" });
    const child = emu.as("alice").openIssue({ title: "Item" });
    const status = await statusOf(
      gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
        ...repo,
        issue_number: parent.number,
        sub_issue_id: emu.issue(child.number).id as number,
      }),
    );
    expect(status).toBe(404);
    expect(emu.issue(parent.number)).not.toHaveProperty("sub_issues_summary");
  });
});
