import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { deriveState } from "../../src/core/state/derive.js";
import { BOARD_MARKER } from "../../src/core/state/markers.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = defaultConfig();
const now = new Date("2026-11-21T12:00:00Z");
const derive = (h: History) =>
  deriveState(issue(), h.events, config, { permissions: TEAM, now, self: "incident-workflow[bot]" });

describe("deriveState", () => {
  it("is not an incident without the incident label", () => {
    const s = derive(new History().label("bug"));
    expect(s.isIncident).toBe(false);
  });

  it("takes the newest severity label and records the change with who and from → to", () => {
    const s = derive(new History().label("incident").label("SEV2").label("SEV1", "bob"));
    expect(s.isIncident).toBe(true);
    expect(s.severity?.id).toBe("SEV1");
    expect(s.severityLabels).toEqual(["SEV2", "SEV1"]);
    expect(s.severityChanges.map((c) => [c.from, c.to, c.by, c.raised])).toEqual([
      [null, "SEV2", "alice", true],
      ["SEV2", "SEV1", "bob", true],
    ]);
    expect(s.timeline.map((e) => e.text)).toContain("Severity raised SEV2 → SEV1");
  });

  it("falls back to the remaining severity label when the current one is removed", () => {
    const s = derive(new History().label("incident").label("SEV2").label("SEV1").unlabel("SEV1"));
    expect(s.severity?.id).toBe("SEV2");
  });

  it("gives a role to the person who applied its label, and frees it when removed", () => {
    const h = new History().label("incident").label("role:comms", "carol");
    expect(
      derive(h)
        .roles.find((r) => r.role.id === "comms")
        ?.holders.map((x) => x.login),
    ).toEqual(["carol"]);
    h.unlabel("role:comms", "dave");
    expect(derive(h).roles.find((r) => r.role.id === "comms")?.holders).toEqual([]);
  });

  it("attributes a bot's label change to the person whose command asked for it", () => {
    const h = new History()
      .label("incident")
      .comment("/commander @bob\n/sev 1", "alice")
      .label("role:commander", "incident-workflow[bot]", true)
      .label("SEV1", "incident-workflow[bot]", true);
    const s = derive(h);
    expect(s.roles.find((r) => r.role.id === "commander")?.holders).toMatchObject([
      { login: "bob", by: "alice" },
    ]);
    expect(s.severityChanges.at(-1)).toMatchObject({ to: "SEV1", by: "alice" });
  });

  it("gives a role by command at once: the command is the decision, its label only an effect", () => {
    const s = derive(new History().label("incident").comment("/commander me", "alice"));
    expect(s.roles.find((r) => r.role.id === "commander")?.holders).toMatchObject([
      { login: "alice", by: "alice" },
    ]);
  });

  it("reads updates, impact, notes and follow-ups back from authorised comments only", () => {
    const h = new History()
      .label("incident")
      .comment("/update rolled back\n/impact 5% of checkouts\n/followup add an alert", "alice")
      .comment("/update I am not a member", "mallory", "NONE")
      .comment("/note db failover at 09:40", "bob", "COLLABORATOR");
    const s = derive(h);
    expect(s.updates.map((u) => u.text)).toEqual(["rolled back"]);
    expect(s.impact?.text).toBe("5% of checkouts");
    expect(s.followups.map((f) => f.text)).toEqual(["add an alert"]);
    expect(s.notes.map((n) => [n.text, n.by])).toEqual([["db failover at 09:40", "bob"]]);
  });

  it("tracks status times and resolution", () => {
    const h = new History()
      .label("incident")
      .label("status:investigating")
      .label("status:identified")
      .label("status:mitigated");
    let s = derive(h);
    expect(s.status).toBe("mitigated");
    expect(s.identifiedAt).toBe("2026-11-21T09:02:00.000Z");
    expect(s.mitigatedAt).toBe("2026-11-21T09:03:00.000Z");
    h.close("completed");
    s = derive(h);
    expect(s.status).toBe("resolved");
    expect(s.resolvedAt).toBe("2026-11-21T09:04:00.000Z");
  });

  it("finds the bot's board and counts extra boards from a race, ignoring forged markers", () => {
    const h = new History()
      .label("incident")
      .comment(`${BOARD_MARKER}\nforged`, "mallory", "NONE")
      .comment(`${BOARD_MARKER}\nfirst`, "incident-workflow[bot]", "NONE", true)
      .comment(`${BOARD_MARKER}\nsecond`, "incident-workflow[bot]", "NONE", true);
    const s = derive(h);
    expect(s.board?.body).toContain("first");
    expect(s.extraBoards).toHaveLength(1);
  });

  it("is deterministic: the same history gives the same state", () => {
    const h = new History().label("incident").label("SEV2").comment("/update a").label("role:lead", "bob");
    expect(JSON.stringify(derive(h), mapReplacer)).toBe(JSON.stringify(derive(h), mapReplacer));
  });
});

function mapReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value.entries()];
  if (value instanceof Set) return [...value.values()];
  return value;
}

describe("deriveState, label order", () => {
  it("reads remove-then-add of severity labels as one change from the old level", () => {
    const s = deriveState(
      issue(),
      new History().label("incident").label("SEV2").unlabel("SEV2", "bot", true).label("SEV1", "bob").events,
      config,
      { permissions: TEAM, now, self: "incident-workflow[bot]" },
    );
    expect(s.severityChanges.at(-1)).toMatchObject({ from: "SEV2", to: "SEV1", raised: true });
  });
});
