import { describe, expect, it } from "vitest";
import { renderBoard } from "../../src/core/board/render.js";
import type { Config } from "../../src/core/config/config.js";
import { defaultConfig, validateConfig } from "../../src/core/config/validate.js";
import { POSTMORTEM_FAILED_MARKER } from "../../src/core/postmortem/pull-request.js";
import { renderPostmortem } from "../../src/core/postmortem/render.js";
import { postmortemMarker, readPostmortemMarker } from "../../src/core/state/markers.js";
import type { IncidentState } from "../../src/core/state/types.js";
import { openPostmortem, PostmortemError } from "../../src/handlers/open-postmortem.js";
import { builtInTemplate } from "../../src/handlers/templates.js";
import { FakePostmortemPorts, httpError } from "../helpers/fake-postmortem-ports.js";
import { expectGolden } from "../helpers/golden.js";
import { incidentState } from "../helpers/state-fixture.js";

const NOW = new Date("2026-03-10T15:30:05Z");
const BRANCH = "postmortem/incident-42";
const PATH = "docs/postmortems/2026-03-10-42-checkout-api-returning-500s.md";

function configWith(raw: object): Config {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

/** The PR flow without the index (the index has its own tests below). */
const NO_INDEX = () => configWith({ postmortem: { index: false } });

async function run(
  state: IncidentState,
  ports: FakePostmortemPorts,
  config = NO_INDEX(),
  selfLogin?: string,
) {
  return openPostmortem(state, config, {
    ports,
    now: () => NOW,
    ...(selfLogin === undefined ? {} : { selfLogin }),
  });
}

/**
 * What the engine does next: it writes the board with the PR on it, and the next derivation reads
 * `postmortem` back from the board's marker (no link comment exists any more).
 */
function rederive(state: IncidentState, pr: { number: number; url: string } | null): IncidentState {
  const config = defaultConfig();
  const board = renderBoard({ ...state, postmortem: pr }, config, builtInTemplate("status-board.md.hbs"));
  return { ...state, postmortem: readPostmortemMarker(board) };
}

describe("openPostmortem", () => {
  it("first close: one branch, one file, one PR, no comment on the issue, in 6 requests", async () => {
    const ports = new FakePostmortemPorts();
    const result = await run(incidentState(), ports);
    const pr = { number: 100, url: "https://github.com/acme/shop/pull/100" };
    expect(result).toEqual({ pr, warnings: [] });
    expect(ports.calls).toEqual([
      "getDefaultBranch",
      "createBranch",
      "putFile",
      "createPull",
      "addLabels",
      "requestReviewers",
    ]);
    expect([...ports.branches.keys()]).toEqual(["main", BRANCH]);
    expect([...ports.files.keys()]).toEqual([`${BRANCH}:${PATH}`]);
    expect(ports.files.get(`${BRANCH}:${PATH}`)).toBe(
      renderPostmortem(incidentState(), defaultConfig(), NOW),
    );
    expect(ports.pulls).toHaveLength(1);
    expect(ports.labels.get(100)).toEqual(["postmortem"]);
    expect(ports.reviewers.get(100)).toEqual(["alice"]);
    // The link lives on the board (written next by the engine); the PR body's #42 cross-references the issue.
    expect(ports.comments).toEqual([]);
    expect(ports.createPullInputs[0]!.body).toContain("#42");
    const board = renderBoard(
      { ...incidentState(), postmortem: result.pr },
      defaultConfig(),
      builtInTemplate("status-board.md.hbs"),
    );
    expect(board.split("\n")[1]).toBe(postmortemMarker(pr.number, pr.url));
    expect(readPostmortemMarker(board)).toEqual(pr);
  });

  it("sends the PR-create request the golden file shows", async () => {
    const ports = new FakePostmortemPorts();
    await run(incidentState(), ports);
    expectGolden("postmortem-pr-create.json", `${JSON.stringify(ports.createPullInputs[0], null, 2)}\n`);
  });

  it("second close after the link (read back from the board): nothing at all", async () => {
    const ports = new FakePostmortemPorts();
    const first = await run(incidentState(), ports);
    const before = ports.calls.length;
    const linked = rederive(incidentState(), first.pr);
    expect(linked.postmortem).toEqual(first.pr);
    const second = await run(linked, ports);
    expect(second.pr).toEqual(first.pr);
    expect(second.reason).toBe("already linked: #100");
    expect(ports.calls.length).toBe(before);
    expect(ports.pulls).toHaveLength(1);
    expect(ports.comments).toEqual([]);
  });

  it("already linked (state.postmortem set): zero requests", async () => {
    const ports = new FakePostmortemPorts();
    const pr = { number: 77, url: "https://github.com/acme/shop/pull/77" };
    const result = await run(incidentState({ postmortem: pr }), ports);
    expect(result).toEqual({ pr, reason: "already linked: #77", warnings: [] });
    expect(ports.calls).toEqual([]);
  });

  it("PR already there but not linked (a crash, a redelivery): reuses it, no new branch or PR", async () => {
    const ports = new FakePostmortemPorts();
    await run(incidentState(), ports);
    ports.calls.length = 0;
    ports.pulls[0]!.state = "closed"; // even a closed postmortem PR is the postmortem
    const result = await run(incidentState(), ports);
    const pr = { number: 100, url: "https://github.com/acme/shop/pull/100" };
    expect(result).toEqual({ pr, reason: "reused the existing pull request #100", warnings: [] });
    expect(ports.calls).toEqual(["getDefaultBranch", "createBranch", "findPulls"]);
    expect(ports.branches.size).toBe(2);
    expect(ports.pulls).toHaveLength(1);
    expect(ports.createPullInputs).toHaveLength(1);
    expect(ports.comments).toEqual([]);
    // The engine's board then carries the reused PR.
    expect(rederive(incidentState(), result.pr).postmortem).toEqual(pr);
  });

  it("branch left over without a PR: commits the file again and opens the PR", async () => {
    const ports = new FakePostmortemPorts();
    ports.branches.set(BRANCH, "base-sha");
    const result = await run(incidentState(), ports);
    expect(result.pr?.number).toBe(100);
    expect(ports.calls.slice(0, 5)).toEqual([
      "getDefaultBranch",
      "createBranch",
      "findPulls",
      "putFile",
      "createPull",
    ]);
  });

  it("a concurrent close opened the PR first: reuses it", async () => {
    const ports = new FakePostmortemPorts();
    await run(incidentState(), ports);
    ports.calls.length = 0;
    ports.branches.delete(BRANCH); // as if our createBranch won the race but the PR was theirs
    const result = await run(incidentState(), ports);
    expect(result.pr?.number).toBe(100);
    expect(result.reason).toBe("reused the existing pull request #100");
    expect(ports.pulls).toHaveLength(1);
    expect(ports.calls).toEqual(["getDefaultBranch", "createBranch", "putFile", "createPull", "findPulls"]);
    // Reused, not decorated again and not announced by a comment.
    expect(ports.labels.get(100)).toEqual(["postmortem"]);
    expect(ports.reviewers.get(100)).toEqual(["alice"]);
    expect(ports.comments).toEqual([]);
  });

  const noPostmortemAtSev2 = configWith({
    severities: [{ id: "SEV1" }, { id: "SEV2", postmortem: false }],
    defaultSeverity: "SEV1",
  });
  it.each([
    ["closed as not planned", incidentState({ closeReason: "not_planned" }), defaultConfig(), /not planned/],
    ["still open", incidentState({ open: true, closeReason: null }), defaultConfig(), /still open/],
    ["postmortems off", incidentState(), configWith({ postmortem: { enabled: false } }), /turned off/],
    [
      "level without postmortem",
      incidentState({ severity: noPostmortemAtSev2.severities[1]! }),
      noPostmortemAtSev2,
      /SEV2 does not call for a postmortem/,
    ],
  ])("%s: nothing", async (_, state, config, reason) => {
    const ports = new FakePostmortemPorts();
    const result = await run(state, ports, config);
    expect(result.pr).toBeNull();
    expect(result.reason).toMatch(reason);
    expect(ports.calls).toEqual([]);
  });

  it("putFile refused (403): posts the failure comment with the whole document, no PR", async () => {
    const ports = new FakePostmortemPorts();
    ports.faults.putFile = httpError(403, "Resource not accessible by integration");
    const result = await run(incidentState(), ports);
    expect(result.pr).toBeNull();
    expect(result.reason).toMatch(/committing .* 403 Resource not accessible by integration/);
    expect(ports.calls).toEqual(["getDefaultBranch", "createBranch", "putFile", "createComment"]);
    expect(ports.pulls).toHaveLength(0);
    const body = ports.comments[0]!.body;
    expect(body.startsWith(POSTMORTEM_FAILED_MARKER)).toBe(true);
    expect(body).toContain("403 Resource not accessible by integration");
    expect(body).toContain("`contents: write` and `pull-requests: write`");
    expect(body).toContain(renderPostmortem(incidentState(), defaultConfig(), NOW).trimEnd());
    expect(readPostmortemMarker(body)).toBeNull();
  });

  it("throws with the document when even the failure comment cannot be posted", async () => {
    const ports = new FakePostmortemPorts();
    ports.faults.getDefaultBranch = httpError(502, "Bad Gateway");
    ports.faults.createComment = httpError(502, "Bad Gateway");
    const error = await run(incidentState(), ports).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostmortemError);
    expect((error as PostmortemError).document).toContain("# Postmortem: Checkout API returning 500s (#42)");
  });

  it("label or reviewer refusals leave the PR and become warnings", async () => {
    const ports = new FakePostmortemPorts();
    ports.faults.addLabels = httpError(403, "Forbidden");
    ports.faults.requestReviewers = httpError(422, "Reviews may only be requested from collaborators.");
    const result = await run(incidentState(), ports);
    expect(result.pr?.number).toBe(100);
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[1]).toMatch(/Reviewers could not be requested on #100 \(422 Reviews may only/);
    expect(ports.pulls).toHaveLength(1);
    expect(ports.calls).toEqual([
      "getDefaultBranch",
      "createBranch",
      "putFile",
      "createPull",
      "addLabels",
      "requestReviewers",
    ]);
    expect(ports.comments).toEqual([]);
  });

  it("drafts per config, asks configured reviewers once, never the PR author; skips the call when nobody", async () => {
    const config = configWith({
      postmortem: { draft: true, reviewers: ["@dave", "ALICE", "erin", "org/team"] },
    });
    const ports = new FakePostmortemPorts();
    await run(incidentState(), ports, config, "erin");
    expect(ports.createPullInputs[0]!.draft).toBe(true);
    expect(ports.reviewers.get(100)).toEqual(["alice", "dave"]);

    const lonely = new FakePostmortemPorts();
    const noCommander = incidentState().roles.map((r) => ({ ...r, holders: [] }));
    await run(incidentState({ roles: noCommander }), lonely);
    expect(lonely.calls).not.toContain("requestReviewers");
    expect(lonely.calls).toEqual(["getDefaultBranch", "createBranch", "putFile", "createPull", "addLabels"]);
    expect(lonely.comments).toEqual([]);
  });

  describe("template override", () => {
    const config = configWith({ postmortem: { template: ".github/postmortem.md.hbs", index: false } });

    it("reads and uses it (one more request)", async () => {
      const ports = new FakePostmortemPorts();
      ports.files.set(
        "main:.github/postmortem.md.hbs",
        "# {{title}}\n\n{{#each actionItems}}- [ ] {{text}}\n{{/each}}",
      );
      const result = await run(incidentState(), ports, config);
      expect(result.warnings).toEqual([]);
      expect(ports.calls[0]).toBe("readFile");
      expect(ports.calls).toHaveLength(7);
      expect(ports.comments).toEqual([]);
      expect(ports.files.get(`${BRANCH}:${PATH}`)).toBe(
        "# Checkout API returning 500s\n\n- [ ] Add an alert on the checkout 5xx rate\n",
      );
    });

    it.each([
      ["missing", undefined, /was not found/],
      ["broken", "{{#if}}", /could not be used/],
    ])("%s: warns and uses the built-in template", async (_, source, warning) => {
      const ports = new FakePostmortemPorts();
      if (source !== undefined) ports.files.set("main:.github/postmortem.md.hbs", source);
      const result = await run(incidentState(), ports, config);
      expect(result.pr?.number).toBe(100);
      expect(result.warnings).toEqual([expect.stringMatching(warning)]);
      expect(ports.files.get(`${BRANCH}:${PATH}`)).toBe(renderPostmortem(incidentState(), config, NOW));
    });

    it("unreadable (5xx): warns and uses the built-in template", async () => {
      const ports = new FakePostmortemPorts();
      ports.faults.readFile = httpError(500, "boom");
      const result = await run(incidentState(), ports, config);
      expect(result.pr?.number).toBe(100);
      expect(result.warnings[0]).toMatch(/could not be read \(500 boom\)/);
    });
  });
});
