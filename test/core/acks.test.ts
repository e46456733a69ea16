// Issue 18: 👍 while the budget is ample, the board's "Recent commands" under pressure, and a
// watermark on the board that says which commands it acknowledged (never owed a 👍 later).
import { describe, expect, it } from "vitest";
import { ackMarker, nextWatermark, reactionOwed, readAckMarker } from "../../src/core/board/acks.js";
import { renderBoard } from "../../src/core/board/render.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { planEffects } from "../../src/core/effects/plan-effects.js";
import type { CommandAnswer } from "../../src/core/state/types.js";
import { builtInTemplate } from "../../src/handlers/templates.js";
import { incidentState } from "../helpers/state-fixture.js";

const answer = (commentId: number, over: Partial<CommandAnswer> = {}): CommandAnswer => ({
  commentId,
  author: "bob",
  at: "2026-03-10T14:20:00Z",
  lines: [],
  accepted: 1,
  ran: ["update"],
  plusOnes: 0,
  ...over,
});

describe("acknowledgements that scale", () => {
  it("reads back only its own well-formed watermark line", () => {
    expect(readAckMarker(`<!-- incident-workflow:board -->\n${ackMarker(3000000012)}\n## 🚨`)).toBe(
      3000000012,
    );
    expect(readAckMarker("<!-- incident-workflow:acked-through 12x -->")).toBeNull();
    expect(readAckMarker("<!-- incident-workflow:acked-through -->")).toBeNull();
    expect(readAckMarker(undefined)).toBeNull();
  });

  it("owes a 👍 only while reacting, only to commands newer than the watermark, never twice", () => {
    const react = { react: true, through: 20 };
    expect(reactionOwed(answer(21), react)).toBe(true);
    expect(reactionOwed(answer(20), react)).toBe(false);
    expect(reactionOwed(answer(21, { plusOnes: 1 }), react)).toBe(false);
    expect(reactionOwed(answer(21, { accepted: 0 }), react)).toBe(false);
    expect(reactionOwed(answer(21), { react: false, through: 20 })).toBe(false);
  });

  it("under pressure the board acknowledges: no 👍 planned, the watermark moves to the newest command", () => {
    const config = defaultConfig();
    const state = incidentState({
      answers: [answer(31), answer(32, { author: "carol", ran: ["note", "followup"] })],
    });
    expect(planEffects(state, config, { react: true, through: null }).reactions).toEqual([31, 32]);
    expect(planEffects(state, config, { react: false, through: null }).reactions).toEqual([]);
    expect(nextWatermark(state, { react: false, through: 10 })).toBe(32);
    expect(nextWatermark(state, { react: true, through: 10 })).toBe(10);
    const board = renderBoard(state, config, builtInTemplate("status-board.md.hbs"), undefined, 32);
    expect(board).toContain(ackMarker(32));
    expect(board).toContain("### Recent commands");
    expect(board).toMatch(
      /@\u2060carol: `\/note`, `\/followup` \(\[comment\]\(https:\/\/github\.com\/acme\/shop\/issues\/42#issuecomment-32\)\)/,
    );
    const quiet = renderBoard(state, config, builtInTemplate("status-board.md.hbs"));
    expect(quiet).not.toContain("Recent commands");
    expect(quiet).not.toContain("acked-through");
  });
});
