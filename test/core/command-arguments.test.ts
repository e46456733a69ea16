import { describe, expect, it } from "vitest";
import { MAX_ARGUMENT_LENGTH } from "../../src/core/commands/command-lines.js";
import { custom, one, reason } from "../helpers/command-fixture.js";

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
    expect(reason("/declare")).toMatch(/usage: \/declare \[--drill\] \[SEVn\] <title>/);
    expect(one("/declare --drill SEV2 Game day: checkout")).toEqual({
      kind: "declare",
      severity: "SEV2",
      title: "Game day: checkout",
      drill: true,
    });
    expect(one("/declare SEV3 --drill Practice")).toEqual({
      kind: "declare",
      severity: "SEV3",
      title: "Practice",
      drill: true,
    });
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

  it("keeps hostile arguments as data, up to MAX_ARGUMENT_LENGTH characters", () => {
    const longest = "x".repeat(MAX_ARGUMENT_LENGTH);
    expect(one(`/note ${longest}`)).toEqual({ kind: "note", text: longest });
    expect(one(`/note ${longest}y`)).toEqual({
      kind: "invalid",
      name: "note",
      reason: `the text after /note is ${MAX_ARGUMENT_LENGTH + 1} characters long; at most ${MAX_ARGUMENT_LENGTH} are read`,
    });
    expect(one("/note <!-- incident-workflow:board -->")).toEqual({
      kind: "note",
      text: "<!-- incident-workflow:board -->",
    });
  });
});
