import { describe, expect, it } from "vitest";
import { parseCommands } from "../../src/core/commands/parse.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { renderDashboard } from "../../src/core/dashboard/render.js";
import { dashboardRow, readRowsMarker } from "../../src/core/dashboard/row.js";
import { planReminders, wakeAt } from "../../src/core/effects/plan-reminders.js";
import { isIncidentForm } from "../../src/core/issue-form.js";
import { deriveState } from "../../src/core/state/derive.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = defaultConfig();
const SELF = "incident-workflow[bot]";
const at = (h: History, iso: string) =>
  deriveState(issue(), h.events, config, { permissions: TEAM, now: new Date(iso), self: SELF });

describe("reminders", () => {
  // SEV1: a 30-minute cadence; requires commander, comms and scribe.
  const h = () =>
    new History().label("incident").label("SEV1").comment("/commander me\n/comms @bob\n/scribe @carol");

  it("one per cadence window after the latest update, keyed by it", () => {
    const history = h().comment("/update first");
    const update = history.lastCommentId();
    expect(planReminders(at(history, "2026-11-21T09:20:00Z"), config)).toEqual([]);
    const late = planReminders(at(history, "2026-11-21T09:40:00Z"), config);
    expect(late).toHaveLength(1);
    expect(late[0]).toMatch(
      new RegExp(
        `^<!-- incident-workflow:remind:update:${update}:1 -->\\n@alice the latest update is 37 min old`,
      ),
    );
    history.comment(late[0]!, SELF, "NONE", true);
    expect(planReminders(at(history, "2026-11-21T09:50:00Z"), config)).toEqual([]);
    expect(planReminders(at(history, "2026-11-21T10:10:00Z"), config)[0]).toContain(
      `remind:update:${update}:2 -->`,
    );
  });

  it("says when time alone will next change something", () => {
    const history = h().comment("/update first"); // at 09:03
    expect(wakeAt(at(history, "2026-11-21T09:10:00Z"), config)).toBe("2026-11-21T09:33:00.000Z");
  });

  it("nudges once for a required role left empty past the grace period", () => {
    const history = new History().label("incident").label("SEV2").comment("/commander me"); // comms required
    expect(planReminders(at(history, "2026-11-21T09:10:00Z"), config)).toEqual([]);
    const nudge = planReminders(at(history, "2026-11-21T09:20:00Z"), config).filter((r) =>
      r.includes(":role:"),
    );
    expect(nudge).toHaveLength(1);
    expect(nudge[0]).toContain("has had no **Comms** for 19 min; **SEV2** requires one");
  });
});

describe("reminders due together", () => {
  // SEV1 declared by @alice with no roles: at 09:40 the update (30-minute cadence) and the three
  // required roles (commander, comms, scribe) are all overdue at once.
  const declared = () => new History().label("incident").label("SEV1");

  it("are one comment, whose marker covers every key, mentioning each person once", () => {
    const history = declared();
    const due = planReminders(at(history, "2026-11-21T09:40:00Z"), config);
    expect(due).toHaveLength(1);
    const [comment = ""] = due;
    const marker = comment.split("\n", 1)[0] ?? "";
    expect(marker).toMatch(
      /^<!-- incident-workflow:remind:update:declared:1,role:commander:[^,]+,role:comms:[^,]+,role:scribe:[^,]+ -->$/,
    );
    expect(comment.match(/@alice/g)).toHaveLength(1);
    expect(comment).toContain("no update has been posted in 40 min");
    for (const role of ["Commander", "Comms", "Scribe"])
      expect(comment).toContain(`- a **${role}**: none for`);
    // Read back, the comment records every key it covers: nothing is owed again.
    history.comment(comment, SELF, "NONE", true);
    const state = at(history, "2026-11-21T09:45:00Z");
    expect([...state.reminded].sort()).toEqual(
      marker
        .slice(marker.indexOf("remind:") + 7, -4)
        .split(",")
        .sort(),
    );
    expect(planReminders(state, config)).toEqual([]);
  });

  it("a key not covered yet is owed on its own, in the single-reminder form", () => {
    const history = declared();
    const [first = ""] = planReminders(at(history, "2026-11-21T09:40:00Z"), config);
    history.comment(first, SELF, "NONE", true);
    // The next cadence window: only the update is owed again.
    const [next = "", ...more] = planReminders(at(history, "2026-11-21T10:05:00Z"), config);
    expect(more).toEqual([]);
    expect(next).toMatch(
      /^<!-- incident-workflow:remind:update:declared:2 -->\n@alice no update has been posted in 1 h 05 min on incident #/,
    );
  });

  it("are addressed to the commander, once, when there is one", () => {
    const history = declared().comment("/commander @bob");
    const [comment = ""] = planReminders(at(history, "2026-11-21T09:40:00Z"), config);
    expect(comment).toContain("role:comms:");
    expect(comment).toContain("role:scribe:");
    expect(comment.match(/@bob/g)).toHaveLength(1);
    expect(comment).not.toContain("@alice");
  });
});

describe("the dashboard", () => {
  const row = (h: History, n: number, now: string) => ({
    ...dashboardRow(at(h, now), config, now),
    n,
    url: `https://github.com/acme/web/issues/${n}`,
  });

  it("puts open incidents in severity order, drills apart, and medians over resolved ones", () => {
    const now = "2026-11-21T12:00:00Z";
    const minor = row(new History().label("incident").label("SEV3"), 1, now);
    const major = row(new History().label("incident").label("SEV1").comment("/commander me"), 2, now);
    const drill = row(new History().label("incident").label("SEV1").label("drill"), 3, now);
    const done = row(
      new History()
        .label("incident")
        .label("SEV2")
        .comment("/commander me")
        .comment("/status mitigated")
        .close(),
      4,
      now,
    );
    const body = renderDashboard([minor, major, drill, done], config, now);
    expect(body.indexOf("[#2]")).toBeLessThan(body.indexOf("[#1]"));
    expect(body).toMatch(/### Drills \(1\)\n\n- \[#3\]/);
    expect(body).toMatch(/\| SEV2 \| 1 \| 2 min \| 3 min \| 4 min \|/);
    expect(readRowsMarker(body).map((r) => r.n)).toEqual([1, 2, 3, 4]);
  });
});

describe("the issue form and /timeline", () => {
  it("recognises the incident form's body by its headings", () => {
    const form =
      "### Summary\n\nx\n\n### Impact\n\n_No response_\n\n### Severity\n\nSEV2\n\n### Started at\n\n_No response_\n\n### Links\n\n_No response_";
    expect(isIncidentForm(form)).toBe(true);
    expect(isIncidentForm("### Summary\n\nx\n\n### Severity\n\nSEV2")).toBe(false);
  });

  it("/timeline reads the longest leading time and keeps the rest as text", () => {
    const now = { now: new Date("2026-11-21T12:00:00Z") };
    expect(parseCommands("/timeline 09:12 errors started", config, now)[0]).toMatchObject({
      kind: "timeline",
      at: "2026-11-21T09:12:00.000Z",
      text: "errors started",
    });
    expect(parseCommands("/timeline 2026-11-21 08:00 deploy 4512", config, now)[0]).toMatchObject({
      at: "2026-11-21T08:00:00.000Z",
      text: "deploy 4512",
    });
    expect(parseCommands("/timeline 1h 30m ago cause found", config, now)[0]).toMatchObject({
      at: "2026-11-21T10:30:00.000Z",
      text: "cause found",
    });
    expect(parseCommands("/timeline yesterday something", config, now)[0]).toMatchObject({ kind: "invalid" });
  });
});
