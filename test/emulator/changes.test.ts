import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { client } from "./test-client.js";

let emu: Emulator;
beforeEach(async () => {
  // Every answer is checked against GitHub's documented response schema too.
  emu = await startEmulator({ owner: "acme", repo: "web", validateResponses: true });
});
afterEach(async () => {
  expectNoViolations(emu);
  expect(emu.responseViolations).toEqual([]);
  await emu.close();
});

const REVERT = `mutation ($input: RevertPullRequestInput!) {
  revertPullRequest(input: $input) { revertPullRequest { number url } }
}`;

function mergedPull(branch: string, title: string): { number: number; nodeId: string } {
  emu.setFile(branch, `${branch}.txt`, `${title}\n`);
  const { number } = emu.as("bob").openPull({ title, head: branch });
  const { pull } = emu.as("alice").mergePull(number);
  return { number, nodeId: String(pull.node_id) };
}

describe("what the recent changes and /revert use (issue 20)", () => {
  it("lists deployments newest first, filtered by environment, in GitHub's shape", async () => {
    const first = emu.deploy("alice", { environment: "staging" });
    emu.advance(60_000);
    const second = emu.deploy("bob", { environment: "production" });
    const gh = client(emu, emu.installationToken());
    const all = await gh.request("GET /repos/{owner}/{repo}/deployments", { owner: "acme", repo: "web" });
    expect(all.data.map((d) => [d.id, d.environment, d.creator?.login])).toEqual([
      [second.id, "production", "bob"],
      [first.id, "staging", "alice"],
    ]);
    const prod = await gh.request("GET /repos/{owner}/{repo}/deployments", {
      owner: "acme",
      repo: "web",
      environment: "production",
    });
    expect(prod.data.map((d) => d.id)).toEqual([second.id]);
  });

  it("sorts closed pull requests by their latest update when asked", async () => {
    const a = mergedPull("a", "First");
    emu.advance(60_000);
    const b = mergedPull("b", "Second");
    emu.advance(60_000);
    emu.as("carol").comment(a.number, "a late comment updates #a");
    const gh = client(emu, emu.installationToken());
    const { data } = await gh.request("GET /repos/{owner}/{repo}/pulls", {
      owner: "acme",
      repo: "web",
      state: "closed",
      sort: "updated",
      direction: "desc",
    });
    expect(data.map((p) => p.number)).toEqual([a.number, b.number]);
    const created = await gh.request("GET /repos/{owner}/{repo}/pulls", {
      owner: "acme",
      repo: "web",
      state: "closed",
    });
    expect(created.data.map((p) => p.number)).toEqual([b.number, a.number]);
  });

  it("revertPullRequest opens a revert branch and pull request; a second one for the same pull is refused", async () => {
    const merged = mergedPull("cache-keys", "Cache cart totals");
    const gh = client(emu, emu.installationToken());
    const input = {
      pullRequestId: merged.nodeId,
      title: 'Revert "Cache cart totals"',
      body: "Reverts it",
      draft: false,
    };
    const made = await gh.graphql<{
      revertPullRequest: { revertPullRequest: { number: number; url: string } };
    }>(REVERT, { input });
    const revert = made.revertPullRequest.revertPullRequest;
    expect(revert.url).toBe(`https://github.com/acme/web/pull/${revert.number}`);
    const pull = emu.pulls().find((p) => p.number === revert.number);
    if (pull === undefined) throw new Error(`no pull request #${revert.number}`);
    expect((pull.head as { ref: string }).ref).toBe(`revert-${merged.number}-cache-keys`);
    expect(pull.title).toBe('Revert "Cache cart totals"');
    expect(emu.file(`revert-${merged.number}-cache-keys`, "cache-keys.txt")).toBeNull();
    await expect(gh.graphql(REVERT, { input })).rejects.toThrow(/already exists/);
    // An open pull request cannot be reverted; an unknown node id is not found.
    emu.setFile("open", "open.txt", "x\n");
    const open = emu.as("bob").openPull({ title: "Open", head: "open" }).pull;
    await expect(gh.graphql(REVERT, { input: { pullRequestId: open.node_id } })).rejects.toThrow(
      /must be merged/,
    );
    await expect(gh.graphql(REVERT, { input: { pullRequestId: "PR_nope" } })).rejects.toThrow(
      /Could not resolve/,
    );
  });
});
