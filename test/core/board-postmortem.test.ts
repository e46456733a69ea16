import { describe, expect, it } from "vitest";
import { renderBoard } from "../../src/core/board/render.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { deriveState } from "../../src/core/state/derive.js";
import { BOARD_MARKER, postmortemMarker } from "../../src/core/state/markers.js";
import { builtInTemplate } from "../../src/handlers/templates.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = defaultConfig();
const template = builtInTemplate("status-board.md.hbs");
const NOW = new Date("2026-11-21T12:00:00Z");
const BOT = "incident-workflow[bot]";
const postmortem = { number: 12, url: "https://github.com/acme/web/pull/12" };

const derive = (h: History) =>
  deriveState(issue(), h.events, config, { permissions: TEAM, now: NOW, self: "incident-workflow[bot]" });

/** An incident worked and closed as completed, before the engine wrote the board with the PR. */
function closedIncident(): History {
  return new History()
    .label("incident")
    .label("SEV2")
    .comment("/commander me", "alice")
    .label("role:commander", BOT, true)
    .comment("/resolve Rolled back deploy 4512")
    .close("completed");
}

describe("status board: the postmortem link", () => {
  it("carries the postmortem marker on its second line, right after the board marker", () => {
    const state = { ...derive(closedIncident()), postmortem };
    const body = renderBoard(state, config, template);
    const [first, second] = body.split("\n");
    expect(first).toBe(BOARD_MARKER);
    expect(second).toBe(postmortemMarker(12, postmortem.url));
    expect(body.startsWith(`${BOARD_MARKER}\n${postmortemMarker(12, postmortem.url)}\n`)).toBe(true);
    expect(body).toContain("| **Postmortem** | #12 |");
  });

  it("has no postmortem marker while there is no postmortem", () => {
    const body = renderBoard(derive(closedIncident()), config, template);
    expect(body.split("\n")[1]).not.toContain("postmortem:");
    expect(body).not.toContain("<!-- incident-workflow:postmortem:");
    expect(body).not.toContain("| **Postmortem** |");
  });

  it("is read back by the derivation from the bot's board comment", () => {
    const h = closedIncident();
    expect(derive(h).postmortem).toBeNull();
    const board = renderBoard({ ...derive(h), postmortem }, config, template);
    h.comment(board, BOT, "NONE", true);
    const state = derive(h);
    expect(state.postmortem).toEqual(postmortem);
    expect(state.board).toEqual({ id: h.lastCommentId(), body: board });
    // The next run renders the same board: nothing to write.
    expect(renderBoard(state, config, template)).toBe(board);
  });

  it("is not taken from a person's comment that copies the board", () => {
    const h = closedIncident();
    const board = renderBoard({ ...derive(h), postmortem }, config, template);
    h.comment(board, "mallory", "NONE");
    const state = derive(h);
    expect(state.postmortem).toBeNull();
    expect(state.board).toBeNull();
  });
});
