import { describe, expect, it } from "vitest";
import {
  COMMAND_HELP,
  helpMarkdown,
  parseCommands,
  parseStartedTime,
  resolveRole,
  resolveSeverity,
} from "../../src/core/commands/parse.js";
import type { CommandBody, ParsedCommand } from "../../src/core/commands/types.js";
import type { Config } from "../../src/core/config/config.js";
import { defaultConfig, validateConfig } from "../../src/core/config/validate.js";

const config = defaultConfig();
const NOW = new Date("2024-05-01T12:00:00Z");

function parse(body: string, cfg: Config = config, now: Date = NOW): ParsedCommand[] {
  return parseCommands(body, cfg, { now });
}

/** The single command of a one-line body, without `line`/`raw`. */
function one(body: string, cfg: Config = config, now: Date = NOW): CommandBody {
  const commands = parse(body, cfg, now);
  expect(commands).toHaveLength(1);
  const { line: _line, raw: _raw, ...rest } = commands[0]!;
  return rest as CommandBody;
}

function reason(body: string, cfg: Config = config): string {
  const command = one(body, cfg);
  if (command.kind !== "invalid") throw new Error(`expected invalid, got ${JSON.stringify(command)}`);
  return command.reason;
}

const custom = (() => {
  const result = validateConfig({
    severities: [{ id: "critical", label: "P1" }, { id: "major", label: "P2" }, { id: "minor" }],
    defaultSeverity: "minor",
    roles: [
      { id: "ic", name: "Incident commander" },
      { id: "ops", name: "Operators", multiple: true },
      { id: "note", name: "Note taker" },
    ],
    labels: { statusPrefix: "state/" },
    timeZone: "Europe/Berlin",
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
})();

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

describe("parseCommands: arguments", () => {
  it("/declare with and without a level", () => {
    expect(one("/declare SEV1 Checkout is down")).toEqual({
      kind: "declare",
      severity: "SEV1",
      title: "Checkout is down",
    });
    expect(one("/declare sev-2 Slow search")).toEqual({
      kind: "declare",
      severity: "SEV2",
      title: "Slow search",
    });
    expect(one("/declare Payments failing")).toEqual({ kind: "declare", title: "Payments failing" });
    expect(one("/declare 2 servers down")).toEqual({ kind: "declare", title: "2 servers down" });
    expect(one("/declare critical Payments down", custom)).toEqual({
      kind: "declare",
      severity: "critical",
      title: "Payments down",
    });
    expect(one("/declare p2 Slow", custom)).toEqual({ kind: "declare", severity: "major", title: "Slow" });
    expect(reason("/declare")).toMatch(/usage: \/declare \[SEVn\] <title>/);
    expect(reason("/declare SEV1")).toMatch(/title/);
    expect(reason("/declare SEV7 Something")).toMatch(/no level "SEV7"/);
    expect(reason(`/declare ${"t".repeat(300)}`)).toMatch(/longer than 256/);
  });

  it("/sev by rank, SEVn, id or label", () => {
    for (const arg of ["1", "SEV1", "sev1", "Sev-1"])
      expect(one(`/sev ${arg}`)).toEqual({ kind: "sev", severity: "SEV1" });
    expect(one("/sev1")).toEqual({ kind: "sev", severity: "SEV1" });
    expect(one("/severity 3")).toEqual({ kind: "sev", severity: "SEV3" });
    expect(one("/sev 2 payments down for all EU customers")).toEqual({
      kind: "sev",
      severity: "SEV2",
      text: "payments down for all EU customers",
    });
    expect(one("/sev P1", custom)).toEqual({ kind: "sev", severity: "critical" });
    expect(one("/sev MAJOR", custom)).toEqual({ kind: "sev", severity: "major" });
    expect(one("/sev 3", custom)).toEqual({ kind: "sev", severity: "minor" });
    expect(reason("/sev 7")).toBe('there is no level "7": use /sev with SEV1, SEV2, SEV3 or SEV4 (or 1-4)');
    expect(reason("/sev")).toMatch(/usage: \/sev <level>/);
    expect(reason("/sev 0")).toMatch(/no level/);
  });

  it("/role with several people, me and de-duplication", () => {
    expect(one("/role responder @a @b me")).toEqual({
      kind: "role",
      role: "responder",
      users: [{ login: "a" }, { login: "b" }, { me: true }],
    });
    expect(one("/role Responder @a, @B and @b @me me.")).toEqual({
      kind: "role",
      role: "responder",
      users: [{ login: "a" }, { login: "B" }, { me: true }],
    });
    expect(one("/role role:commander @alice")).toEqual({
      kind: "role",
      role: "commander",
      users: [{ login: "alice" }],
    });
    expect(one("/role responders @a")).toEqual({ kind: "role", role: "responder", users: [{ login: "a" }] });
  });

  it("role shorthands for every role id", () => {
    expect(one("/commander me")).toEqual({ kind: "role", role: "commander", users: [{ me: true }] });
    expect(one("/Lead @bob")).toEqual({ kind: "role", role: "lead", users: [{ login: "bob" }] });
    expect(one("/comms @carol")).toEqual({ kind: "role", role: "comms", users: [{ login: "carol" }] });
    expect(one("/responder @a @b")).toEqual({
      kind: "role",
      role: "responder",
      users: [{ login: "a" }, { login: "b" }],
    });
    expect(one("/ops @a @b", custom)).toEqual({
      kind: "role",
      role: "ops",
      users: [{ login: "a" }, { login: "b" }],
    });
    // A role id that is also a command name: the command wins; /role still reaches the role.
    expect(one("/note hello", custom)).toEqual({ kind: "note", text: "hello" });
    expect(one("/role note @a", custom)).toEqual({ kind: "role", role: "note", users: [{ login: "a" }] });
  });

  it("/role refusals", () => {
    expect(reason("/role wizard @a")).toMatch(
      /unknown role "wizard"; the roles are commander, lead, decider/,
    );
    expect(reason("/role commander")).toMatch(/name at least one person/);
    expect(reason("/commander")).toMatch(/name at least one person: \/commander/);
    expect(reason("/role")).toMatch(/usage: \/role <role>/);
    expect(reason("/role commander @a @b")).toMatch(/one person at a time/);
    expect(reason("/commander alice")).toMatch(/"alice" is not a person: name people as @login or me/);
    expect(reason("/role responder @org/sre")).toMatch(/team/);
    expect(reason("/role responder @-bad-")).toMatch(/not a person/);
    expect(one("/commander")).toMatchObject({ kind: "invalid", name: "commander" });
    expect(one("/role wizard @a")).toMatchObject({ kind: "invalid", name: "role" });
  });

  it("/unrole with and without a person", () => {
    expect(one("/unrole commander")).toEqual({ kind: "unrole", role: "commander" });
    expect(one("/unrole responder @bob")).toEqual({
      kind: "unrole",
      role: "responder",
      user: { login: "bob" },
    });
    expect(one("/unrole scribe me")).toEqual({ kind: "unrole", role: "scribe", user: { me: true } });
    expect(reason("/unrole responder @a @b")).toMatch(/one person at a time/);
    expect(reason("/unrole wizard")).toMatch(/unknown role/);
  });

  it("/status", () => {
    expect(one("/status investigating")).toEqual({ kind: "status", status: "investigating" });
    expect(one("/status mitigated rolled back v2.3")).toEqual({
      kind: "status",
      status: "mitigated",
      text: "rolled back v2.3",
    });
    expect(one("/status status:identified")).toEqual({ kind: "status", status: "identified" });
    expect(one("/status state/identified", custom)).toEqual({ kind: "status", status: "identified" });
    expect(reason("/status resolved")).toMatch(/\/resolve/);
    expect(reason("/status done")).toMatch(/unknown status "done": use \/status investigating/);
    expect(reason("/status")).toMatch(/use \/status investigating/);
  });

  it("text commands keep the rest of the line as typed", () => {
    expect(one("/update  DB failover  started <!-- x --> @alice ")).toEqual({
      kind: "update",
      text: "DB failover  started <!-- x --> @alice",
    });
    expect(one("/impact EU checkout")).toEqual({ kind: "impact", text: "EU checkout" });
    expect(one("/note see https://grafana/x")).toEqual({ kind: "note", text: "see https://grafana/x" });
    expect(one("/followup add an alert")).toEqual({ kind: "followup", text: "add an alert" });
    expect(one("/follow-up add a runbook")).toEqual({ kind: "followup", text: "add a runbook" });
    for (const name of ["update", "impact", "note", "followup"]) {
      expect(reason(`/${name}`)).toBe(`usage: /${name} <text>`);
      expect(reason(`/${name}    `)).toBe(`usage: /${name} <text>`);
    }
  });

  it("/done takes a configured flow step", () => {
    expect(one("/done customers")).toEqual({ kind: "done", step: "customers" });
    expect(one("/done Customers emailed via status page")).toEqual({
      kind: "done",
      step: "customers",
      text: "emailed via status page",
    });
    expect(reason("/done lunch")).toMatch(
      /unknown step "lunch"; the steps are commander, severity, customers/,
    );
    expect(reason("/done")).toMatch(/usage: \/done <step>/);
  });

  it("/resolve and /help", () => {
    expect(one("/resolve")).toEqual({ kind: "resolve" });
    expect(one("/resolve rolled back the deploy")).toEqual({
      kind: "resolve",
      text: "rolled back the deploy",
    });
    expect(one("/help me please")).toEqual({ kind: "help" });
  });

  it("keeps hostile arguments as data", () => {
    const huge = "x".repeat(70_000);
    expect(one(`/note ${huge}`)).toEqual({ kind: "note", text: huge });
    expect(one("/note <!-- incident-workflow:board -->")).toEqual({
      kind: "note",
      text: "<!-- incident-workflow:board -->",
    });
  });
});

describe("/started", () => {
  const at = (body: string, cfg: Config = config, now: Date = NOW) => {
    const command = one(body, cfg, now);
    if (command.kind !== "started") throw new Error(JSON.stringify(command));
    return command.at;
  };

  it("reads ISO 8601 and YYYY-MM-DD HH:MM (UTC by default)", () => {
    expect(at("/started 2024-05-01T10:15:00Z")).toBe("2024-05-01T10:15:00.000Z");
    expect(at("/started 2024-05-01T10:15:30.250+02:00")).toBe("2024-05-01T08:15:30.000Z");
    expect(at("/started 2024-05-01 10:15")).toBe("2024-05-01T10:15:00.000Z");
    expect(at("/started 2024-04-30 23:59 UTC")).toBe("2024-04-30T23:59:00.000Z");
    expect(at("/started 2024-05-01T10:15-0130")).toBe("2024-05-01T11:45:00.000Z");
  });

  it("reads HH:MM as the latest such time, and relative times", () => {
    expect(at("/started 09:30")).toBe("2024-05-01T09:30:00.000Z");
    expect(at("/started 12:04")).toBe("2024-05-01T12:00:00.000Z"); // within clock skew: clamped to now
    expect(at("/started 23:50")).toBe("2024-04-30T23:50:00.000Z");
    expect(at("/started 30m ago")).toBe("2024-05-01T11:30:00.000Z");
    expect(at("/started 1h 30m ago")).toBe("2024-05-01T10:30:00.000Z");
    expect(at("/started 2 hours ago")).toBe("2024-05-01T10:00:00.000Z");
    expect(at("/started 1d ago")).toBe("2024-04-30T12:00:00.000Z");
    expect(at("/started now")).toBe("2024-05-01T12:00:00.000Z");
  });

  it("reads times without a zone in the configured time zone", () => {
    // Europe/Berlin is UTC+2 in May, UTC+1 in January.
    expect(at("/started 2024-05-01 10:15", custom)).toBe("2024-05-01T08:15:00.000Z");
    expect(at("/started 2024-01-15 10:15", custom)).toBe("2024-01-15T09:15:00.000Z");
    expect(at("/started 13:30", custom)).toBe("2024-05-01T11:30:00.000Z");
    expect(at("/started 00:30", custom, new Date("2024-04-30T23:00:00Z"))).toBe("2024-04-30T22:30:00.000Z");
    expect(at("/started 2024-05-01 10:15Z", custom)).toBe("2024-05-01T10:15:00.000Z");
  });

  it("refuses times it cannot read or that lie in the future", () => {
    expect(reason("/started yesterday-ish")).toMatch(/cannot read the time "yesterday-ish"; use \/started/);
    expect(reason("/started")).toMatch(/^use \/started/);
    expect(reason("/started 2024-02-30 10:00")).toMatch(/not a valid time/);
    expect(reason("/started 25:00")).toMatch(/not a valid time/);
    expect(reason("/started 2024-05-02 10:00")).toMatch(/in the future/);
    expect(reason("/started 3 fortnights ago")).toMatch(/unknown unit "fortnights"/);
    expect(reason(`/started ${"1m ".repeat(200)}ago`)).toMatch(/cannot read/);
  });

  it("is relative to the given clock, so re-parsing is stable", () => {
    const later = new Date("2024-05-03T00:00:00Z");
    expect(parseStartedTime("30m ago", NOW, "UTC")).toEqual({ at: "2024-05-01T11:30:00.000Z" });
    expect(parseStartedTime("30m ago", later, "UTC")).toEqual({ at: "2024-05-02T23:30:00.000Z" });
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
