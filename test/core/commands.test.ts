import { describe, expect, it } from "vitest";
import { COMMAND_HELP, helpMarkdown, resolveRole, resolveSeverity } from "../../src/core/commands/parse.js";
import { config, custom, one, parse } from "../helpers/command-fixture.js";

describe("parseCommands: finding commands", () => {
  it("finds several commands, one per line, with line numbers and raw lines", () => {
    const body = "Escalating.\r\n/sev 1\r\nsome prose\n  /commander @alice\n/update DB failover started";
    expect(parse(body)).toEqual([
      { kind: "sev", severity: "SEV1", line: 2, raw: "/sev 1" },
      { kind: "role", role: "commander", users: [{ login: "alice" }], line: 4, raw: "  /commander @alice" },
      { kind: "update", text: "DB failover started", line: 5, raw: "/update DB failover started" },
    ]);
  });

  it("takes arguments from the rest of the line only", () => {
    expect(parse("/update first line\nsecond line is prose")).toEqual([
      { kind: "update", text: "first line", line: 1, raw: "/update first line" },
    ]);
  });

  it("ignores lines in fenced code blocks, including unclosed and tilde fences", () => {
    const body = [
      "```",
      "/sev 1",
      "```",
      "/note after the fence",
      "~~~~ text",
      "/sev 2",
      "~~~ (too short to close)",
      "/sev 3",
      "~~~~",
      "  ````",
      "/sev 4",
      "```",
      "/resolve (still inside the 4-backtick fence)",
    ].join("\n");
    expect(parse(body).map((c) => [c.kind, c.line])).toEqual([["note", 4]]);
  });

  it("does not treat ``` with a backtick in its info string as a fence", () => {
    expect(parse("``` not `a fence`\n/note yes").map((c) => c.kind)).toEqual(["note"]);
  });

  it("ignores quoted lines, indented code and HTML comments", () => {
    const body = [
      "> /sev 1",
      " > /resolve",
      "    /sev 2",
      "\t/sev 3",
      "<!-- template hint:",
      "/sev 4",
      "-->",
      "/note visible <!-- inline --> still visible",
      "/help",
      "<!-- one --> text <!-- two",
      "/sev 1",
      "--> <!-- three --> <!--",
      "/sev 2",
      "-->",
      "/impact last line\u2028with a line separator",
    ].join("\n");
    expect(parse(body).map((c) => c.kind)).toEqual(["note", "help", "impact"]);
  });

  it("ignores things that only look like commands", () => {
    expect(parse("/usr/bin is full\n//comment\n/ sev 1\n- /sev 1\ntext /sev 1\n/help.")).toEqual([]);
  });

  it("matches command names case-insensitively", () => {
    expect(one("/SEV sev2")).toEqual({ kind: "sev", severity: "SEV2" });
    expect(one("/Status IDENTIFIED")).toEqual({ kind: "status", status: "identified" });
    expect(one("/HELP")).toEqual({ kind: "help" });
  });

  it("reports unknown commands, with a suggestion when one is close", () => {
    expect(one("/stauts mitigated")).toEqual({ kind: "unknown", name: "stauts", suggestion: "status" });
    expect(one("/Frobnicate")).toEqual({ kind: "unknown", name: "frobnicate" });
    expect(one("/tmp is full")).toEqual({ kind: "unknown", name: "tmp" });
  });

  it("handles an empty body and a body without commands", () => {
    expect(parse("")).toEqual([]);
    expect(parse("Looks like the DB.\n\nThanks!")).toEqual([]);
  });
});

describe("resolvers and help", () => {
  it("resolveSeverity and resolveRole", () => {
    expect(resolveSeverity("2", config)?.id).toBe("SEV2");
    expect(resolveSeverity("2", config, false)).toBeUndefined();
    expect(resolveSeverity("sev_4", config)?.id).toBe("SEV4");
    expect(resolveSeverity("nope", config)).toBeUndefined();
    expect(resolveRole("ROLE:Scribe", config)?.id).toBe("scribe");
    expect(resolveRole("incident commander", custom)?.id).toBe("ic");
  });

  it("helpMarkdown lists every command, level and role as a table", () => {
    const help = helpMarkdown(config);
    expect(help).toContain("| Command | What it does |");
    for (const c of COMMAND_HELP) expect(help).toContain(c.usage.replaceAll("|", "\\|"));
    for (const id of ["SEV1", "SEV4", "commander", "responder"]) expect(help).toContain(`\`${id}\``);
    expect(help).toContain("`/status <investigating\\|identified\\|mitigated>`");
    expect(help).toContain("UTC");
    const customHelp = helpMarkdown(custom);
    expect(customHelp).toContain("`critical` (1, label P1)");
    expect(customHelp).toContain("`ops` (several people)");
    expect(customHelp).toContain("Europe/Berlin");
  });
});
