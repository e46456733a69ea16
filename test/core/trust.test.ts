import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/core/config/validate.js";
import { planEffects } from "../../src/core/effects/plan-effects.js";
import { postmortemSkipReason } from "../../src/core/postmortem/eligibility.js";
import { deriveState } from "../../src/core/state/derive.js";
import { whosePermission } from "../../src/core/state/permission-needs.js";
import { mayDecide, type Permissions, selfMatcher } from "../../src/core/state/trust.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = (() => {
  const r = validateConfig({});
  if (!r.ok) throw new Error("config");
  return r.config;
})();
const now = new Date("2026-11-21T12:00:00Z");
const SELF = "incident-workflow[bot]";
const isSelf = selfMatcher(SELF);

/** What GitHub writes for the incident form, answered SEV1. */
const FORM = [
  "### Summary",
  "",
  "Checkout is down",
  "",
  "### Impact",
  "",
  "Everyone",
  "",
  "### Severity",
  "",
  "SEV1 — Critical",
  "",
  "### Started at",
  "",
  "2026-11-21 08:50",
  "",
  "### Links",
  "",
  "_No response_",
].join("\n");

const outsiderIssue = issue({
  author: { login: "mallory", isBot: false },
  authorAssociation: "NONE",
  body: FORM,
});

const derive = (i = outsiderIssue, h = new History(), permissions: Permissions = TEAM) =>
  deriveState(i, h.events, config, { now, self: SELF, formSeverity: "SEV1", permissions });

describe("trust: label changes, forms and closes count by who did them", () => {
  it("an outsider's form, labelled incident and SEV1 on their behalf, is no incident and owes nothing", () => {
    const h = new History().label("incident", "mallory").label("SEV1", "mallory");
    const s = derive(outsiderIssue, h);
    expect(s.isIncident).toBe(false);
    expect(s.severity).toBeNull();
    expect(s.severityChanges).toEqual([]);
    const effects = planEffects(s, config);
    expect(effects.comments).toEqual([]);
    expect(effects.addLabels).toEqual([]);
  });

  it("the same form without a labeled event (labels at creation) is no incident either", () => {
    const s = derive({ ...outsiderIssue, labels: ["incident", "SEV1"] });
    expect(s.isIncident).toBe(false);
  });

  it("a maintainer declares it by labelling it again: declared by them, at the default level, not the form's", () => {
    const h = new History()
      .label("incident", "mallory")
      .label("SEV1", "mallory")
      .unlabel("incident", "bob")
      .label("incident", "bob");
    const s = derive(outsiderIssue, h);
    expect(s.isIncident).toBe(true);
    expect(s.declaredBy).toBe("bob");
    expect(s.severity?.id).toBe("SEV3");
    expect(s.startedAt).toBe(outsiderIssue.createdAt);
  });

  it("the author's own labels count by their permission: read-only no, triage yes", () => {
    const member = issue({ authorAssociation: "MEMBER", body: FORM });
    const h = new History().label("incident", "alice").label("SEV1", "alice");
    const readOnly = derive(member, h, new Map([["alice", "read"]]));
    expect(readOnly.isIncident).toBe(false);
    const triage = derive(member, h, new Map([["alice", "triage"]]));
    expect(triage.isIncident).toBe(true);
    expect(triage.severity?.id).toBe("SEV1");
    // Not read at all counts as no permission.
    expect(derive(member, h, new Map()).isIncident).toBe(false);
    // The owner's association settles it without a read.
    expect(derive(issue({ authorAssociation: "OWNER" }), h, new Map()).isIncident).toBe(true);
  });

  it("a severity label by the author without permission is no decision on a declared incident", () => {
    const member = issue({ authorAssociation: "MEMBER" });
    const h = new History().label("incident", "bob").label("SEV1", "alice");
    const s = deriveState(member, h.events, config, {
      now,
      self: SELF,
      permissions: new Map([["alice", "read"]]),
    });
    expect(s.isIncident).toBe(true);
    expect(s.severity?.id).toBe("SEV3");
    expect(planEffects(s, config).removeLabels).toContain("SEV1");
  });

  it("closing as completed by its author without permission resolves nothing and owes no postmortem", () => {
    const h = new History().unlabel("incident", "bob").label("incident", "bob").close("completed", "mallory");
    const s = derive(outsiderIssue, h);
    expect(s.isIncident).toBe(true);
    expect(s.closedByDecider).toBe(false);
    expect(s.status).not.toBe("resolved");
    expect(s.resolvedAt).toBeNull();
    expect(postmortemSkipReason(s, config)).toMatch(/may not resolve incidents/);
    const byBob = derive(outsiderIssue, new History().label("incident", "bob").close("completed", "bob"));
    expect(byBob.status).toBe("resolved");
    expect(postmortemSkipReason(byBob, config)).toBeNull();
  });

  it("mayDecide: the tool, other integrations, allowUsers and anyone acting on another's issue", () => {
    const ctx = { config, issue: outsiderIssue, isSelf, permissions: new Map() };
    expect(mayDecide(ctx, { login: SELF, isBot: true })).toBe(true);
    expect(mayDecide(ctx, { login: "uptime[bot]", isBot: true })).toBe(true);
    expect(mayDecide(ctx, { login: "bob", isBot: false })).toBe(true);
    expect(mayDecide(ctx, { login: "Mallory", isBot: false })).toBe(false);
    const listed = validateConfig({ commands: { allowUsers: ["mallory"] } });
    if (!listed.ok) throw new Error("config");
    expect(mayDecide({ ...ctx, config: listed.config }, { login: "mallory", isBot: false })).toBe(true);
  });
});

describe("trust: commands in commands.requirePermission", () => {
  const incident = issue({ authorAssociation: "OWNER" });
  it("a read-only collaborator's /public and /sev are refused with a reply; a triager's run", () => {
    const h = new History()
      .label("incident", "alice")
      .comment("/public We are looking into it\n/sev 1", "rob", "COLLABORATOR")
      .comment("/public Fixed soon\n/sev 2", "tia", "MEMBER");
    const permissions: Permissions = new Map([
      ["rob", "read"],
      ["tia", "triage"],
    ]);
    const s = deriveState(incident, h.events, config, { now, self: SELF, permissions });
    expect(s.publicUpdates.map((u) => u.text)).toEqual(["Fixed soon"]);
    expect(s.severity?.id).toBe("SEV2");
    const [rob, tia] = s.answers;
    expect(rob?.accepted).toBe(0);
    expect(rob?.lines).toEqual([
      "**/public We are looking into it** was not run: `/public` needs triage permission or more on this repository (you have read).",
      "**/sev 1** was not run: `/sev` needs triage permission or more on this repository (you have read).",
    ]);
    expect(tia).toMatchObject({ accepted: 2, lines: [] });
  });
});

describe("whosePermission: only the reads the derivation needs", () => {
  const ask = (i = issue(), h = new History(), formAnswers = false, c = config) =>
    whosePermission({ issue: i, events: h.events, config: c, isSelf, formAnswers });

  it("asks a member about their gated commands, once; never about other commands, the owner or outsiders", () => {
    const h = new History()
      .comment("/sev 1", "bob", "MEMBER")
      .comment("/public hi", "bob", "MEMBER")
      .comment("/update looking", "carol", "MEMBER")
      .comment("/sev 2", "olga", "OWNER")
      .comment("/sev 3", "mallory", "NONE")
      .comment("no command /sev", "dave", "COLLABORATOR");
    expect(ask(issue({ authorAssociation: "OWNER" }), h)).toEqual(["bob"]);
    const off = validateConfig({ commands: { requirePermission: [] } });
    if (!off.ok) throw new Error("config");
    expect(ask(issue({ authorAssociation: "OWNER" }), h, false, off.config)).toEqual([]);
  });

  it("asks about the author only when their labels, close, form or body commands would count", () => {
    const member = issue({ authorAssociation: "MEMBER" });
    expect(ask(member, new History().label("incident", "bob"))).toEqual([]);
    expect(ask(member, new History().label("incident", "alice"))).toEqual(["alice"]);
    expect(ask({ ...member, labels: ["incident"] })).toEqual(["alice"]);
    expect(ask(member, new History().close("completed", "alice"))).toEqual(["alice"]);
    expect(ask(member, new History(), true)).toEqual(["alice"]);
    expect(ask({ ...member, body: "/public Checkout is slow" })).toEqual(["alice"]);
    // Settled by association: the owner is admin, an outsider has no role.
    expect(ask(outsiderIssue, new History().label("incident", "mallory"), true)).toEqual([]);
    expect(
      ask(issue({ authorAssociation: "OWNER" }), new History().label("incident", "alice"), true),
    ).toEqual([]);
  });
});
