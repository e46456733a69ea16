import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { renderPostmortem } from "../../src/core/postmortem/render.js";
import type { IncidentState } from "../../src/core/state/types.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { knownIdentity } from "../../src/github/identity.js";
import { createPorts } from "../../src/github/octokit-ports.js";
import { openPostmortem } from "../../src/handlers/open-postmortem.js";
import { client } from "../emulator/test-client.js";
import { incidentState } from "../helpers/state-fixture.js";

/** The handler over real HTTP: Octokit → loopback emulator, every request checked against GitHub's OpenAPI. */
const NOW = new Date("2026-03-10T15:30:05Z");
let emu: Emulator;
let issue: number;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "shop" });
  emu.setPermission("alice", "write");
  emu.setPermission("bob", "write");
  issue = emu.as("alice").openIssue({ title: "Checkout API returning 500s", labels: ["incident"] }).number;
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

function run(overrides: Partial<IncidentState> = {}) {
  const ports = createPorts(
    client(emu, emu.installationToken()),
    { owner: "acme", repo: "shop", defaultBranch: "main" },
    { self: knownIdentity(emu.botLogin) },
  );
  const state = incidentState({
    number: issue,
    url: `https://github.com/acme/shop/issues/${issue}`,
    ...overrides,
  });
  return { state, result: openPostmortem(state, defaultConfig(), { ports, now: () => NOW }) };
}

describe("openPostmortem over HTTP", () => {
  it("first close costs 9 requests and leaves a labelled PR with the file and the index, no comment on the issue", async () => {
    const mark = emu.mark();
    const { state, result } = run();
    const { pr } = await result;
    const ops = emu.requestsSince(mark).map((r) => r.operationId);
    expect(ops).toEqual([
      "git/get-ref",
      "git/create-ref",
      "repos/create-or-update-file-contents",
      // The index, in the same pull request: read it, count the action items, commit it.
      "repos/get-content",
      "issues/list-for-repo",
      "repos/create-or-update-file-contents",
      "pulls/create",
      "issues/add-labels",
      "pulls/request-reviewers",
    ]);
    expect(emu.file("postmortem/incident-1", "docs/postmortems/README.md")).toContain(
      "| 2026-03-10 | [#1 Checkout API returning 500s](2026-03-10-1-checkout-api-returning-500s.md) | SEV2 | 1 h 40 min | 0 of 1 done |",
    );
    const [pull] = emu.pulls();
    expect(pull).toMatchObject({
      number: pr?.number,
      title: "Postmortem: Checkout API returning 500s (#1)",
      draft: false,
    });
    expect((pull as { labels: Array<{ name: string }> }).labels.map((l) => l.name)).toEqual(["postmortem"]);
    expect(
      (pull as { requested_reviewers: Array<{ login: string }> }).requested_reviewers.map((u) => u.login),
    ).toEqual(["alice"]);
    const path = "docs/postmortems/2026-03-10-1-checkout-api-returning-500s.md";
    expect(emu.file("postmortem/incident-1", path)).toBe(renderPostmortem(state, defaultConfig(), NOW));
    // The board (written next by the engine) carries the link; the PR body's #1 cross-references the issue.
    expect(emu.comments(issue)).toEqual([]);
    expect(String((pull as { body?: unknown }).body)).toContain(`#${issue}`);
    expect(pr).toEqual({ number: pull?.number, url: `https://github.com/acme/shop/pull/${pull?.number}` });
  });

  it("already linked (state.postmortem set): not a single request", async () => {
    const linked = { number: 9, url: "https://github.com/acme/shop/pull/9" };
    const mark = emu.mark();
    const { result } = run({ postmortem: linked });
    expect(await result).toEqual({ pr: linked, reason: "already linked: #9", warnings: [] });
    expect(emu.requestsSince(mark)).toEqual([]);
    expect(emu.pulls()).toEqual([]);
    expect(emu.comments(issue)).toEqual([]);
  });

  it("PR already there but not linked: reuses it in 3 requests, no new branch, PR or comment", async () => {
    const first = await run().result;
    const mark = emu.mark();
    const { result } = run();
    const second = await result;
    expect(second.pr).toEqual(first.pr);
    expect(second.reason).toBe(`reused the existing pull request #${first.pr?.number}`);
    expect(emu.requestsSince(mark).map((r) => r.operationId)).toEqual([
      "git/get-ref",
      "git/create-ref",
      "pulls/list",
    ]);
    expect(emu.pulls()).toHaveLength(1);
    expect(emu.comments(issue)).toEqual([]);
  });

  it("a refused commit (403) posts the document on the issue", async () => {
    emu.fault({ operationId: "repos/create-or-update-file-contents", status: 403, times: Infinity });
    const mark = emu.mark();
    const { result } = run();
    const { pr, reason } = await result;
    expect(pr).toBeNull();
    expect(reason).toMatch(/403/);
    expect(emu.pulls()).toEqual([]);
    const [comment] = emu.comments(issue);
    expect(String(comment?.body)).toContain("# Postmortem: Checkout API returning 500s (#1)");
    expect(emu.requestsSince(mark).map((r) => r.operationId)).toEqual([
      "git/get-ref",
      "git/create-ref",
      "repos/create-or-update-file-contents",
      "issues/create-comment",
    ]);
  });
});
