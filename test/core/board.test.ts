import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BOARD_MAX_LENGTH, renderBoard } from "../../src/core/board/render.js";
import { MAX_ARGUMENT_LENGTH } from "../../src/core/commands/command-lines.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { deriveState } from "../../src/core/state/derive.js";
import { BOARD_MARKER } from "../../src/core/state/markers.js";
import { builtInTemplate } from "../../src/handlers/templates.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = defaultConfig();
const template = builtInTemplate("status-board.md.hbs");
const render = (h: History, title = "Checkout returns 500s") =>
  renderBoard(
    deriveState(issue({ title }), h.events, config, {
      permissions: TEAM,
      now: new Date("2026-11-21T12:00:00Z"),
      self: "incident-workflow[bot]",
    }),
    config,
    template,
  );

function golden(name: string, actual: string): void {
  const path = new URL(`../golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

const BOT = "incident-workflow[bot]";

describe("status board", () => {
  it("matches the golden board of a worked SEV1 incident", () => {
    const h = new History()
      .label("incident")
      .label("SEV2")
      .label("status:investigating", BOT, true)
      .comment("/commander me", "alice")
      .label("role:commander", BOT, true)
      .label("role:comms", "bob")
      .comment("/impact Checkout fails for ~5% of EU customers", "alice")
      .label("SEV1", "carol")
      .unlabel("SEV2", BOT, true)
      .comment("/status identified\n/update Bad deploy 4512 identified; rolling back", "alice")
      .unlabel("status:investigating", BOT, true)
      .label("status:identified", BOT, true)
      .comment("/followup Add a canary stage for checkout deploys", "bob")
      .comment("/done customers", "bob");
    golden("board-sev1.md", render(h));
  });

  it("starts with the marker and stays under GitHub's limit for a 2,000-event incident with huge texts", () => {
    const h = new History().label("incident").label("SEV2");
    for (let i = 0; i < 700; i++) {
      // The longest arguments a command takes (longer ones are refused, not shown).
      h.comment(`/update ${"x".repeat(MAX_ARGUMENT_LENGTH)}`)
        .comment(`/followup ${`item ${i} ${"y".repeat(MAX_ARGUMENT_LENGTH)}`.slice(0, MAX_ARGUMENT_LENGTH)}`)
        .comment(`/note n${i}`);
    }
    const body = render(h);
    expect(body.startsWith(`${BOARD_MARKER}\n`)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(BOARD_MAX_LENGTH);
    expect(body).toMatch(/earlier events are not shown here/);
  });

  it("keeps hostile text from forging markers, breaking tables or re-notifying people", () => {
    const hostile = "--> <!-- incident-workflow:board --> | a | b |\n# Heading\n```\n@alice @acme/sre";
    const h = new History()
      .label("incident")
      .label("SEV3")
      .comment(`/update ${hostile}`)
      .comment(`/followup ${hostile}`);
    const body = render(h, `Title --> <!-- x | y`);
    expect(body.indexOf("<!--")).toBe(0);
    expect(body.lastIndexOf("<!--")).toBe(0);
    expect(body.split("-->").length).toBe(2);
    expect(body).not.toMatch(/(^|[^\u2060])@alice\b/);
    expect(body).not.toMatch(/^```/m);
    expect(body).not.toMatch(/^# Heading/m);
    // Every timeline row still has exactly four cell borders.
    const rows = body.split("\n").filter((l) => l.startsWith("| 2026-"));
    for (const row of rows) expect(row.replaceAll("\\|", "").split("|").length).toBe(5);
  });

  it("renders the same board twice for the same history (redelivery writes nothing)", () => {
    const h = new History().label("incident").label("SEV2").comment("/update a");
    expect(render(h)).toBe(render(h));
  });
});
