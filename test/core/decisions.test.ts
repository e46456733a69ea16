// Level-triggered reconciliation (issue 8): the latest decision by timeline order wins; the tool's
// own label changes are effects, never decisions; the planner writes only what GitHub lacks.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { planEffects } from "../../src/core/effects/plan-effects.js";
import { deriveState } from "../../src/core/state/derive.js";
import { BOARD_MARKER, replyMarker } from "../../src/core/state/markers.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = defaultConfig();
const SELF = "incident-workflow[bot]";
// Minutes after the histories below: no update is overdue yet and no required role has waited long.
const now = new Date("2026-11-21T09:10:00Z");
const derive = (h: History, self = SELF) =>
  deriveState(issue(), h.events, config, { permissions: TEAM, now, self });
const plan = (h: History, self = SELF) => planEffects(derive(h, self), config);

describe("decisions: the latest by timeline order wins", () => {
  it("/status identified then /status mitigated: mitigated, whatever order the deliveries came in", () => {
    const h = new History()
      .label("incident")
      .label("SEV2")
      .comment("/status identified")
      .comment("/status mitigated");
    const s = derive(h);
    expect(s.status).toBe("mitigated");
    expect(plan(h).addLabels).toEqual(["status:mitigated"]);
  });

  it("/sev 1 then /sev 4: SEV4; the SEV2 label goes, SEV4 comes", () => {
    const h = new History().label("incident").label("SEV2").comment("/sev 1").comment("/sev 4");
    expect(derive(h).severity?.id).toBe("SEV4");
    const e = plan(h);
    expect(e.addLabels).toContain("SEV4");
    expect(e.removeLabels).toEqual(["SEV2"]);
  });

  it("a person's label after a command wins over the command, and the other way round", () => {
    const labelLast = new History().label("incident").label("SEV2").comment("/sev 1").label("SEV3", "bob");
    expect(derive(labelLast).severity?.id).toBe("SEV3");
    const commandLast = new History().label("incident").label("SEV2").label("SEV3", "bob").comment("/sev 1");
    expect(derive(commandLast).severity?.id).toBe("SEV1");
  });

  it("the tool's own label changes are effects: they never override a decision", () => {
    const h = new History()
      .label("incident")
      .label("SEV2")
      .comment("/sev 1")
      // A late effect of an older run (the SEV2 re-added) must not count as a decision.
      .label("SEV2", SELF, true);
    expect(derive(h).severity?.id).toBe("SEV1");
    expect(plan(h).removeLabels).toEqual(["SEV2"]);
  });

  it("another bot's label change is a decision (a monitor raising the level)", () => {
    const h = new History().label("incident").label("SEV3").label("SEV1", "uptime-monitor[bot]", true);
    expect(derive(h).severity?.id).toBe("SEV1");
  });

  it("labels incident, then SEV2 seconds later: declared at SEV2, not a default raised", () => {
    const h = new History().label("incident").label("SEV2");
    expect(derive(h).severityChanges.map((c) => [c.from, c.to])).toEqual([[null, "SEV2"]]);
  });

  it("without a level for longer than the grace period, the default level is recorded from the declaration", () => {
    const h = new History().label("incident");
    h.events.push({
      kind: "labeled",
      id: 9,
      at: "2026-11-21T09:10:00.000Z",
      actor: { login: "bob", isBot: false },
      label: "SEV1",
    });
    const changes = derive(h).severityChanges;
    expect(changes.map((c) => [c.from, c.to, c.at])).toEqual([
      [null, "SEV3", "2026-11-21T09:00:00.000Z"],
      ["SEV3", "SEV1", "2026-11-21T09:10:00.000Z"],
    ]);
  });
});

describe("the planner: desired vs actual, nothing more", () => {
  it("adds the default level and the status label to a fresh incident, once", () => {
    const h = new History().label("incident");
    expect(plan(h)).toMatchObject({ addLabels: ["SEV3", "status:investigating"], removeLabels: [] });
    h.label("SEV3", SELF, true).label("status:investigating", SELF, true);
    expect(plan(h).addLabels).toEqual([]);
  });

  it("a role label applied by hand assigns the person who applied it", () => {
    const h = new History().label("incident").label("SEV2").label("role:comms", "carol");
    expect(plan(h).addAssignees).toEqual(["carol"]);
  });

  it("a person's unassignment after the role was given is respected; a new /role assigns again", () => {
    const h = new History().label("incident").label("SEV2").comment("/commander @bob");
    h.events.push(
      {
        kind: "assigned",
        id: 1,
        at: "2026-11-21T09:03:00.000Z",
        actor: { login: SELF, isBot: true },
        assignee: "bob",
      },
      {
        kind: "unassigned",
        id: 2,
        at: "2026-11-21T09:04:00.000Z",
        actor: { login: "bob", isBot: false },
        assignee: "bob",
      },
    );
    expect(plan(h).addAssignees).toEqual([]);
    h.events.push({
      kind: "commented",
      id: 3,
      at: "2026-11-21T09:05:00.000Z",
      actor: { login: "alice", isBot: false },
      body: "/commander @bob",
      association: "MEMBER",
      url: "u",
    });
    expect(plan(h).addAssignees).toEqual(["bob"]);
  });

  it("someone the tool assigned for a role, who no longer holds one, is unassigned", () => {
    const h = new History().label("incident").label("SEV2").comment("/commander @bob");
    h.events.push({
      kind: "assigned",
      id: 1,
      at: "2026-11-21T09:03:00.000Z",
      actor: { login: SELF, isBot: true },
      assignee: "bob",
    });
    h.comment("/commander @carol");
    const e = plan(h);
    expect(e.addAssignees).toEqual(["carol"]);
    expect(e.removeAssignees).toEqual(["bob"]);
  });

  it("answers each command comment once: 👍 until it has one, a reply until its marker is there", () => {
    const h = new History().label("incident").label("SEV2").comment("/update all good").comment("/stauts x");
    const [update, typo] = h.events.filter((e) => e.kind === "commented").map((e) => e.id);
    let e = plan(h);
    expect(e.reactions).toEqual([update]);
    expect(e.comments).toHaveLength(1);
    expect(e.comments[0]).toContain(replyMarker(typo!));
    // GitHub now shows the 👍 and the reply: nothing is owed any more.
    for (const ev of h.events) if (ev.kind === "commented" && ev.id === update) ev.plusOnes = 1;
    h.comment(`${replyMarker(typo!)}\n@alice unknown`, SELF, "NONE", true);
    e = plan(h);
    expect(e.reactions).toEqual([]);
    expect(e.comments).toEqual([]);
  });

  it("another bot's comment with the board marker is not the board; nor are bots' commands run", () => {
    const h = new History()
      .label("incident")
      .comment(`${BOARD_MARKER}\nforged`, "other-app[bot]", "NONE", true)
      .comment("/sev 1", "other-app[bot]", "NONE", true);
    const s = derive(h);
    expect(s.board).toBeNull();
    expect(s.severity?.id).toBe("SEV3");
    expect(s.answers).toEqual([]);
  });

  it("the board is recognised by identity: the Action's token sees github-actions[bot]'s board only", () => {
    const h = new History().label("incident").comment(`${BOARD_MARKER}\napp's`, SELF, "NONE", true);
    expect(derive(h, "github-actions[bot]").board).toBeNull();
    expect(derive(h, SELF).board?.body).toContain("app's");
  });

  it("/resolve closes once; a person reopening afterwards is respected", () => {
    const h = new History().label("incident").label("SEV2").comment("/resolve rolled back");
    expect(plan(h).close).toBe("completed");
    h.close("completed", SELF);
    expect(plan(h).close).toBeNull();
    h.events.push({
      kind: "reopened",
      id: 77,
      at: "2026-11-21T09:30:00.000Z",
      actor: { login: "bob", isBot: false },
    });
    expect(plan(h).close).toBeNull();
  });

  it("an issue the tool created: its creation labels are the declaration's decisions, credited to the declarer", () => {
    const created = issue({
      author: { login: SELF, isBot: true },
      body: "<!-- incident-workflow:declared-by:dana -->\nx",
    });
    const events = ["incident", "SEV1", "status:investigating"].map((label, i) => ({
      kind: "labeled" as const,
      id: i,
      at: created.createdAt,
      actor: { login: SELF, isBot: true },
      label,
    }));
    const s = deriveState(created, events, config, { permissions: TEAM, now, self: SELF });
    expect(s.severity?.id).toBe("SEV1");
    expect(s.declaredBy).toBe("dana");
    expect(s.severityChanges[0]?.by).toBe("dana");
  });
});
