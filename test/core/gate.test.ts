import { describe, expect, it } from "vitest";
import { renderBoard } from "../../src/core/board/render.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { decideDeployment, type GateQuestion } from "../../src/core/gate/decide.js";
import { referencedIssues } from "../../src/core/gate/references.js";
import { deriveState } from "../../src/core/state/derive.js";
import { gateMarker, readGateMarker } from "../../src/core/state/markers.js";
import { builtInTemplate } from "../../src/handlers/templates.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const BOT = "incident-workflow[bot]";
const sev1 = {
  number: 7,
  title: "Checkout down",
  url: "https://github.com/acme/web/issues/7",
  severity: "SEV1",
};
const question = (over: Partial<GateQuestion> = {}): GateQuestion => ({
  environment: "production",
  environments: ["production"],
  blockOn: "SEV2",
  blocking: [sev1],
  pulls: [],
  ...over,
});

describe("referencedIssues", () => {
  it("finds #n and Fixes #n, not other repositories' numbers, entities or words", () => {
    expect(referencedIssues("Fixes #7, see (#12) and #7")).toEqual([7, 12]);
    expect(referencedIssues("acme/web#7 a#8 &#9; #10abc #0 #-3 x-#4 #")).toEqual([]);
    expect(referencedIssues(`#${"9".repeat(40)}`)).toEqual([]);
    expect(referencedIssues("#5\n#6.")).toEqual([5, 6]);
  });
});

describe("decideDeployment", () => {
  it("rejects a gated environment while an incident holds it, naming the incident", () => {
    const d = decideDeployment(question());
    expect(d.state).toBe("rejected");
    expect(d.comment).toContain("#7 (SEV1: Checkout down)");
  });

  it("approves environments not named, and any when none holds", () => {
    expect(decideDeployment(question({ environment: "staging" }))).toMatchObject({
      state: "approved",
      why: "not-gated",
    });
    expect(decideDeployment(question({ environments: [] })).state).toBe("approved");
    expect(decideDeployment(question({ blocking: [] }))).toMatchObject({ state: "approved", why: "clear" });
  });

  it("lets a pull request that references a holding incident through, saying why", () => {
    const d = decideDeployment(question({ pulls: [{ number: 9, title: "Roll back", body: "Fixes #7" }] }));
    expect(d).toMatchObject({ state: "approved", why: "fix-forward", pulls: [9], incidents: [sev1] });
    expect(d.comment).toContain("pull request #9 references the open incident #7");
  });

  it("a pull request that references another issue does not", () => {
    const d = decideDeployment(question({ pulls: [{ number: 9, title: "Feature", body: "Closes #8" }] }));
    expect(d.state).toBe("rejected");
  });
});

describe("the gate's record on the incident", () => {
  it("reads back only a whole marker", () => {
    expect(readGateMarker(`${gateMarker(12, "held", "prod:eu")}\ntext`)).toEqual({
      run: 12,
      state: "held",
      environment: "prod:eu",
    });
    expect(readGateMarker("<!-- incident-workflow:gate:12:maybe:prod -->")).toBeNull();
  });

  it("the board shows what was held, once per run however often it was written; not from a person", () => {
    const held = (run: number) => `${gateMarker(run, "held", "production")}\nHeld a deployment.`;
    const h = new History()
      .label("incident")
      .label("SEV1")
      .comment(held(100), BOT, "NONE", true)
      .comment(held(100), BOT, "NONE", true)
      .comment(held(101), BOT, "NONE", true)
      .comment(`${gateMarker(102, "let", "production")}\nLet through.`, BOT, "NONE", true)
      .comment(held(103), "mallory");
    const config = defaultConfig();
    const state = deriveState(issue({ title: "Checkout down" }), h.events, config, {
      permissions: TEAM,
      now: new Date("2026-11-21T12:00:00Z"),
      self: BOT,
    });
    expect(state.deploys.map((d) => [d.run, d.state])).toEqual([
      [100, "held"],
      [101, "held"],
      [102, "let"],
    ]);
    const board = renderBoard(state, config, builtInTemplate("status-board.md.hbs"));
    expect(board).toMatch(
      /\| \*\*Deploys\*\* \| production deploys held since [^|]+, 2 rejected; 1 let through as a fix \|/,
    );
    expect(board).toContain("Deployment to production held (run 100)");
  });
});
