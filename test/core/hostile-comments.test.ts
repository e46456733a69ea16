import { describe, expect, it } from "vitest";
import { commandLines, MAX_COMMAND_LINES } from "../../src/core/commands/command-lines.js";
import { parseCommands } from "../../src/core/commands/parse.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { FORM_MAX_LINES, isIncidentForm, parseIncidentForm } from "../../src/core/issue-form.js";
import { deriveState } from "../../src/core/state/derive.js";
import type { CommandCache } from "../../src/core/state/fold-comments.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = defaultConfig();
const now = new Date("2026-11-21T12:00:00Z");
const REFUSED =
  "was not run: only owner, member, collaborator accounts of this repository may run incident commands (you are none).";

function derive(h: History, commands: CommandCache) {
  return deriveState(issue(), h.events, config, {
    now,
    self: "incident-workflow[bot]",
    commands,
    permissions: TEAM,
  });
}

describe("a comment whose author may not run commands", () => {
  it("is refused before it is parsed: one answer, a refusal per command line, nothing parsed", () => {
    const h = new History()
      .label("incident")
      .comment("/sev 1\nsome words\n```\n/not-a-command\n```\n/commander me", "mallory", "NONE")
      .comment("/note from a member", "alice", "MEMBER");
    const cache: CommandCache = new Map();
    const s = derive(h, cache);
    const [outsider, member] = h.events.filter((e) => e.kind === "commented");
    expect(cache.has(outsider!)).toBe(false);
    expect(cache.has(member!)).toBe(true);
    expect(s.answers.find((a) => a.author === "mallory")?.lines).toEqual([
      `**/sev 1** ${REFUSED}`,
      `**/commander me** ${REFUSED}`,
    ]);
    expect(s.severity?.id).not.toBe("SEV1");
    expect(s.roles.find((r) => r.role.id === "commander")?.holders).toEqual([]);
  });

  it("is refused for at most MAX_COMMAND_LINES lines, however many it holds", () => {
    const body = Array.from({ length: 500 }, (_, i) => `/note ${i}`).join("\n");
    const s = derive(new History().label("incident").comment(body, "mallory", "NONE"), new Map());
    expect(s.answers[0]?.lines).toHaveLength(MAX_COMMAND_LINES);
  });

  it("gets no answer when its slash lines are no commands (a path, a quote, code)", () => {
    const body = "/usr/bin/env is broken\n> /sev 1\n    /sev 1\n<!--\n/sev 1\n-->";
    const s = derive(new History().label("incident").comment(body, "mallory", "NONE"), new Map());
    expect(s.answers).toEqual([]);
  });
});

describe("caps on what people write", () => {
  it("reads at most MAX_COMMAND_LINES commands of a comment and answers the next line as not run", () => {
    const body = Array.from({ length: MAX_COMMAND_LINES + 5 }, (_, i) => `/note n${i}`).join("\n");
    const commands = parseCommands(body, config, { now });
    expect(commands).toHaveLength(MAX_COMMAND_LINES + 1);
    expect(commands.slice(0, MAX_COMMAND_LINES).every((c) => c.kind === "note")).toBe(true);
    expect(commands.at(-1)).toMatchObject({
      kind: "invalid",
      line: MAX_COMMAND_LINES + 1,
      reason: `a comment may hold at most ${MAX_COMMAND_LINES} commands; this line and those after it were not run`,
    });
  });

  it("finds command lines past fences, quotes and HTML comments in one pass", () => {
    const body = "~~~~\n/a\n~~~\n/b\n~~~~\n/c x\n```js `x`\n/d\n<!-- /e\n/f -->\n/g";
    expect(commandLines(body, 10).map((l) => [l.name, l.args, l.line])).toEqual([
      ["c", "x", 6],
      ["d", "", 8],
      ["g", "", 11],
    ]);
  });

  it("reads no form from a body of more than FORM_MAX_LINES lines, rather than part of one", () => {
    const form =
      "### Summary\n\nDown\n\n### Impact\n\nAll\n\n### Severity\n\nSEV1\n\n### Started at\n\n_No response_\n\n### Links\n\n_No response_";
    expect(isIncidentForm(form)).toBe(true);
    expect(parseIncidentForm(form, config).severity).toBe("SEV1");
    const padded = `${form}${"\n".repeat(FORM_MAX_LINES)}`;
    expect(isIncidentForm(padded)).toBe(false);
    expect(parseIncidentForm(padded, config)).toEqual({});
    const fits = `${form}${"\n".repeat(FORM_MAX_LINES - form.split("\n").length)}`;
    expect(isIncidentForm(fits)).toBe(true);
  });
});
