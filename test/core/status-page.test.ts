// The status page's view model: which incidents and maintenance windows appear, with what, and
// the components' states. Histories are derived as the handler derives them.
import { describe, expect, it } from "vitest";
import { boardView, DEFAULT_LIMITS } from "../../src/core/board/view-model.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { deriveState } from "../../src/core/state/derive.js";
import { mayAppear, scheduledMaintenance } from "../../src/core/status-page/sources.js";
import { publicIncident, statusPageView } from "../../src/core/status-page/view-model.js";
import {
  HOSTILE,
  incidents,
  maintenance,
  maintenanceBody,
  NOW,
  statusConfig,
} from "../helpers/status-page-fixture.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = statusConfig();
const view = (overrides: Partial<Parameters<typeof statusPageView>[0]> = {}) =>
  statusPageView({
    incidents: incidents(config),
    maintenance: maintenance(config),
    config,
    now: NOW,
    site: "acme/web",
    ...overrides,
  });

describe("which incidents appear", () => {
  it("the open incident with public facts, and the one resolved in the window; nothing else", () => {
    const v = view();
    expect(v.incidents.map((i) => i.id)).toEqual(["incident-7"]);
    expect(v.history.map((i) => i.id)).toEqual(["incident-9"]);
  });

  it("shows only what was said for the public, newest first", () => {
    const [open] = view().incidents;
    expect(open).toEqual({
      id: "incident-7",
      title: "Payments failing at checkout",
      status: "ongoing",
      reportedAt: "2026-11-21T09:02:00.000Z",
      resolvedAt: null,
      components: [
        { id: "api", name: "API", state: "degraded" },
        { id: "checkout", name: "Checkout", state: "major-outage" },
      ],
      updates: [
        { id: `${1009}-0`, at: "2026-11-21T09:09:00.000Z", text: `A fix is being deployed. ${HOSTILE}` },
        {
          id: `${1002}-0`,
          at: "2026-11-21T09:02:00.000Z",
          text: "We are investigating errors when paying at checkout.",
        },
      ],
    });
  });

  it("without /public-title the issue's title stays inside: the title names the components", () => {
    const [resolved] = view().history;
    expect(resolved?.title).toBe("Incident affecting Search");
    expect(resolved?.status).toBe("resolved");
    expect(resolved?.resolvedAt).toBe("2026-11-19T08:05:00.000Z");
    expect(resolved?.updates.map((u) => u.text)).toEqual([
      "Search is back to normal.",
      "Search results are slow; we are looking into it.",
    ]);
  });

  it("a drill never appears, whenever its label came", () => {
    const h = new History()
      .label("incident")
      .comment("/public Checkout is slow", "alice")
      .comment("/component checkout degraded", "alice")
      .label("drill", "bob");
    const state = deriveState(issue(), h.events, config, { permissions: TEAM, now: NOW, self: "x[bot]" });
    expect(publicIncident(state, config)).toBeNull();
    const v = view({ incidents: [state] });
    expect(v.incidents).toEqual([]);
    expect(v.components.find((c) => c.id === "checkout")?.state).toBe("operational");
  });

  it("a /public-title alone does not make an incident public; /component alone does", () => {
    const titled = new History().label("incident").comment("/public-title Slow pages", "alice");
    const s1 = deriveState(issue(), titled.events, config, { permissions: TEAM, now: NOW, self: "x[bot]" });
    expect(publicIncident(s1, config)).toBeNull();
    const component = new History().label("incident").comment("/component api checkout partial-outage");
    const s2 = deriveState(issue(), component.events, config, {
      permissions: TEAM,
      now: NOW,
      self: "x[bot]",
    });
    expect(publicIncident(s2, config)?.title).toBe("Incident affecting API and Checkout");
  });

  it("the board shows the title the page uses", () => {
    const [open, , resolved] = incidents(config);
    expect(boardView(open!, config, DEFAULT_LIMITS).publicStatus?.title).toBe("Payments failing at checkout");
    expect(boardView(resolved!, config, DEFAULT_LIMITS).publicStatus?.title).toBe(
      "Incident affecting Search",
    );
  });

  it("/public from someone who may not run commands is not published", () => {
    const h = new History().label("incident").comment("/public free bitcoin", "mallory", "NONE");
    const state = deriveState(issue(), h.events, config, { permissions: TEAM, now: NOW, self: "x[bot]" });
    expect(publicIncident(state, config)).toBeNull();
  });

  it("without components: 'Service incident', and the headline says an incident is in progress", () => {
    const bare = defaultConfig();
    const h = new History().label("incident").comment("/public Some users cannot log in.", "alice");
    const state = deriveState(issue(), h.events, bare, { permissions: TEAM, now: NOW, self: "x[bot]" });
    const v = statusPageView({ incidents: [state], maintenance: [], config: bare, now: NOW, site: "a/b" });
    expect(v.incidents[0]?.title).toBe("Service incident");
    expect(v.components).toEqual([]);
    expect(v.overall).toEqual({ state: "incident", text: "Incident in progress" });
  });
});

describe("components and the headline", () => {
  it("worst state of the open incidents; under maintenance during a window; operational otherwise", () => {
    const v = view();
    expect(v.components.map((c) => [c.id, c.state])).toEqual([
      ["api", "degraded"],
      ["checkout", "major-outage"],
      ["search", "maintenance"],
    ]);
    expect(v.overall).toEqual({ state: "major-outage", text: "Major outage" });
  });

  it("two open incidents on one component: the worse wins; an incident beats maintenance", () => {
    const a = new History().label("incident").comment("/component search degraded", "alice");
    const b = new History().label("incident").comment("/component search partial-outage", "bob");
    const states = [
      deriveState(issue({ number: 1 }), a.events, config, { permissions: TEAM, now: NOW, self: "x[bot]" }),
      deriveState(issue({ number: 2 }), b.events, config, { permissions: TEAM, now: NOW, self: "x[bot]" }),
    ];
    const v = view({ incidents: states });
    expect(v.components.find((c) => c.id === "search")?.state).toBe("partial-outage");
    expect(v.overall.state).toBe("partial-outage");
  });

  it("all clear: every component operational, the headline says so", () => {
    const v = view({ incidents: [], maintenance: [] });
    expect(v.components.every((c) => c.state === "operational")).toBe(true);
    expect(v.overall).toEqual({ state: "operational", text: "All systems operational" });
  });
});

describe("maintenance", () => {
  it("in progress, then upcoming, then completed; cancelled and strangers' are left out", () => {
    const v = view();
    expect(v.maintenance.map((m) => [m.id, m.status])).toEqual([
      ["maintenance-21", "in-progress"],
      ["maintenance-20", "scheduled"],
      ["maintenance-22", "completed"],
    ]);
    expect(v.maintenance[1]).toEqual({
      id: "maintenance-20",
      title: "Scheduled maintenance of API",
      text: "The API will be read-only while we upgrade the database.",
      status: "scheduled",
      startsAt: "2026-11-22T22:00:00.000Z",
      endsAt: "2026-11-22T23:30:00.000Z",
      announcedAt: "2026-11-18T10:00:00Z",
      components: [{ id: "api", name: "API" }],
    });
  });

  it("an issue opened by a stranger, or whose times cannot be read, is reported and not shown", () => {
    const base = issue({ number: 30, labels: ["maintenance"], authorAssociation: "MEMBER" });
    const stranger = scheduledMaintenance({ ...base, authorAssociation: "NONE" }, config, TEAM);
    expect(stranger).toEqual({ ok: false, number: 30, reason: expect.stringContaining("may not run") });
    const body = maintenanceBody("x", "tomorrow night", "2026-11-22T23:30Z", "api");
    expect(scheduledMaintenance({ ...base, body }, config, TEAM)).toEqual({
      ok: false,
      number: 30,
      reason: expect.stringContaining("not an ISO time"),
    });
    const backwards = maintenanceBody("x", "2026-11-22T23:30Z", "2026-11-22T22:00Z", "api");
    expect(scheduledMaintenance({ ...base, body: backwards }, config, TEAM)).toMatchObject({ ok: false });
  });

  it("a maintenance issue by a member without triage permission is not published, as their /public would not be", () => {
    const body = maintenanceBody("Database upgrade", "2026-11-22T22:00Z", "2026-11-22T23:30Z", "api");
    const base = issue({ number: 31, labels: ["maintenance"], authorAssociation: "MEMBER", body });
    expect(scheduledMaintenance(base, config, new Map([["alice", "read"]]))).toEqual({
      ok: false,
      number: 31,
      reason: expect.stringContaining("who has no triage permission on this repository"),
    });
    expect(scheduledMaintenance(base, config, new Map([["alice", "triage"]])).ok).toBe(true);
    expect(scheduledMaintenance({ ...base, authorAssociation: "OWNER" }, config, new Map()).ok).toBe(true);
  });
});

describe("the history window and what is worth reading", () => {
  it("incidents resolved before historyDays are not shown", () => {
    const short = statusConfig({ statusPage: { historyDays: 1 } });
    const v = statusPageView({
      incidents: incidents(short),
      maintenance: [],
      config: short,
      now: NOW,
      site: "a/b",
    });
    expect(v.history).toEqual([]);
  });

  it("drills, dismissed and long-closed incidents are not read at all", () => {
    const at = (closedAt: string) => issue({ state: "closed", closedAt, labels: ["incident"] });
    expect(mayAppear(issue({ labels: ["incident"] }), config, NOW)).toBe(true);
    expect(mayAppear(issue({ labels: ["incident", "Drill"] }), config, NOW)).toBe(false);
    expect(mayAppear({ ...at("2026-11-20T00:00:00Z"), stateReason: "not_planned" }, config, NOW)).toBe(false);
    expect(mayAppear({ ...at("2026-11-20T00:00:00Z"), stateReason: "duplicate" }, config, NOW)).toBe(false);
    expect(mayAppear(at("2026-11-20T00:00:00Z"), config, NOW)).toBe(true);
    expect(mayAppear(at("2026-08-01T00:00:00Z"), config, NOW)).toBe(false);
  });

  it("is deterministic", () => {
    expect(view()).toEqual(view());
  });
});
