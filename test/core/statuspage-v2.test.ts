// The Statuspage v2 files (api/v2/…): summary.json parsed and checked for Statuspage's shapes, the
// open incident, its components' states and nothing that is not public; the state → status, headline
// → indicator and component states → impact mappings, for every state.
import { describe, expect, it } from "vitest";
import { COMPONENT_STATES } from "../../src/core/config/config.js";
import { renderStatusPage } from "../../src/core/status-page/files.js";
import { STATUSPAGE_V2_FILES } from "../../src/core/status-page/render-statuspage-v2.js";
import { statuspageV2, V2_COMPONENT_STATUS, V2_INDICATOR } from "../../src/core/status-page/statuspage-v2.js";
import type { PublicIncident, StatusPageView } from "../../src/core/status-page/types.js";
import { statusPageView } from "../../src/core/status-page/view-model.js";
import {
  HOSTILE,
  incidents,
  maintenance,
  NOW,
  PEOPLE,
  statusConfig,
} from "../helpers/status-page-fixture.js";
import {
  COMPONENT_KEYS,
  expectSummaryShape,
  INCIDENT_KEYS,
  ISO,
  keys,
  UPDATE_KEYS,
} from "../helpers/statuspage-v2-shape.js";

const config = statusConfig();
const view = statusPageView({
  incidents: incidents(config),
  maintenance: maintenance(config),
  config,
  now: NOW,
  site: "acme/web",
});
const files = renderStatusPage(view);

type Json = Record<string, unknown>;

describe("api/v2/summary.json", () => {
  const summary = JSON.parse(files["api/v2/summary.json"]) as {
    page: Json;
    status: Json;
    components: Json[];
    incidents: Array<Json & { incident_updates: Json[]; components: Json[] }>;
    scheduled_maintenances: Array<Json & { incident_updates: Json[]; components: Json[] }>;
  };

  it("has Statuspage's page, status and lists", () => {
    expectSummaryShape(summary);
    expect(keys(summary)).toEqual(["components", "incidents", "page", "scheduled_maintenances", "status"]);
    expect(keys(summary.page)).toEqual(["id", "name", "time_zone", "updated_at", "url"]);
    expect(summary.page).toMatchObject({
      name: "Acme status",
      url: "https://status.acme.test/",
      time_zone: "Etc/UTC",
      updated_at: "2026-11-21T12:00:00Z",
    });
    expect(summary.page.id).toMatch(/^[0-9a-f]{16}$/);
    expect(summary.status).toEqual({ indicator: "critical", description: "Major outage" });
  });

  it("carries every component with its state, in the configuration's order", () => {
    for (const c of summary.components) {
      expect(keys(c)).toEqual(COMPONENT_KEYS);
      expect(c.page_id).toBe(summary.page.id);
      expect(c.updated_at).toMatch(ISO);
    }
    expect(summary.components.map((c) => [c.id, c.name, c.status, c.position])).toEqual([
      ["api", "API", "degraded_performance", 1],
      ["checkout", "Checkout", "major_outage", 2],
      ["search", "Search", "under_maintenance", 3],
    ]);
  });

  it("carries the open incident only, with its public updates, newest first, and its components", () => {
    expect(summary.incidents).toHaveLength(1);
    const [open] = summary.incidents;
    expect(keys(open)).toEqual(INCIDENT_KEYS);
    expect(open).toMatchObject({
      id: "incident-7",
      name: "Payments failing at checkout",
      status: "investigating",
      impact: "critical",
      created_at: "2026-11-21T09:02:00Z",
      updated_at: "2026-11-21T09:09:00Z",
      resolved_at: null,
      shortlink: "https://status.acme.test/#incident-7",
    });
    for (const u of open!.incident_updates) {
      expect(keys(u)).toEqual(UPDATE_KEYS);
      expect(u.incident_id).toBe("incident-7");
      for (const t of ["created_at", "updated_at", "display_at"]) expect(u[t]).toMatch(ISO);
    }
    expect(open!.incident_updates.map((u) => u.body)).toEqual([
      `A fix is being deployed. ${HOSTILE}`,
      "We are investigating errors when paying at checkout.",
    ]);
    expect(open!.components.map((c) => [c.id, c.status])).toEqual([
      ["api", "degraded_performance"],
      ["checkout", "major_outage"],
    ]);
  });

  it("carries the windows in progress or upcoming, not completed ones", () => {
    expect(
      summary.scheduled_maintenances.map((m) => [
        m.id,
        m.status,
        m.impact,
        m.scheduled_for,
        m.scheduled_until,
      ]),
    ).toEqual([
      ["maintenance-21", "in_progress", "maintenance", "2026-11-21T11:00:00Z", "2026-11-21T13:00:00Z"],
      ["maintenance-20", "scheduled", "maintenance", "2026-11-22T22:00:00Z", "2026-11-22T23:30:00Z"],
    ]);
    for (const m of summary.scheduled_maintenances)
      expect(keys(m)).toEqual([...INCIDENT_KEYS, "scheduled_for", "scheduled_until"].sort());
  });

  it("nothing that is not public, in any of the v2 files", () => {
    for (const name of STATUSPAGE_V2_FILES) {
      const text = files[name];
      expect(text, name).not.toMatch(/INTERNAL|SEV\d|github\.com|acme\/web/);
      for (const login of PEOPLE) expect(text.toLowerCase(), `${name}: ${login}`).not.toContain(login);
      expect(text, name).not.toContain("<");
    }
  });
});

describe("the other v2 files", () => {
  const read = (name: (typeof STATUSPAGE_V2_FILES)[number]) => JSON.parse(files[name]) as Json;

  it("status, components: the summary's parts", () => {
    const summary = read("api/v2/summary.json");
    expect(read("api/v2/status.json")).toEqual({ page: summary.page, status: summary.status });
    expect(read("api/v2/components.json")).toEqual({ page: summary.page, components: summary.components });
    expect(read("api/v2/incidents/unresolved.json")).toEqual({
      page: summary.page,
      incidents: summary.incidents,
    });
  });

  it("incidents: open and resolved, newest first; a resolution is the newest update", () => {
    const list = read("api/v2/incidents.json").incidents as Array<Json & { incident_updates: Json[] }>;
    expect(list.map((i) => [i.id, i.status, i.impact, i.resolved_at])).toEqual([
      ["incident-7", "investigating", "critical", null],
      ["incident-9", "resolved", "minor", "2026-11-19T08:05:00Z"],
    ]);
    expect(list[1]!.incident_updates.map((u) => [u.status, u.body])).toEqual([
      ["resolved", "This incident has been resolved."],
      ["investigating", "Search is back to normal."],
      ["investigating", "Search results are slow; we are looking into it."],
    ]);
  });

  it("scheduled maintenances: all windows on the page, completed ones too", () => {
    const list = read("api/v2/scheduled-maintenances.json").scheduled_maintenances as Json[];
    expect(list.map((m) => [m.id, m.status, m.resolved_at])).toEqual([
      ["maintenance-21", "in_progress", null],
      ["maintenance-20", "scheduled", null],
      ["maintenance-22", "completed", "2026-11-19T02:00:00Z"],
    ]);
  });
});

describe("the mappings", () => {
  it("every page state has Statuspage's component status", () => {
    expect(V2_COMPONENT_STATUS).toEqual({
      operational: "operational",
      degraded: "degraded_performance",
      "partial-outage": "partial_outage",
      "major-outage": "major_outage",
      maintenance: "under_maintenance",
    });
  });

  it("the headline gives the indicator; maintenance alone is none", () => {
    expect(V2_INDICATOR).toEqual({
      operational: "none",
      maintenance: "none",
      incident: "minor",
      degraded: "minor",
      "partial-outage": "major",
      "major-outage": "critical",
    });
  });

  it("an incident's impact is the worst state it set; none set is minor", () => {
    const base = view.incidents[0]!;
    const impact = (states: PublicIncident["components"][number]["state"][]) => {
      const components = states.map((state, n) => ({ id: `c${n}`, name: `C${n}`, state }));
      const v: StatusPageView = { ...view, incidents: [{ ...base, components }], history: [] };
      return statuspageV2(v).unresolved[0]?.impact;
    };
    expect(impact([])).toBe("minor");
    expect(COMPONENT_STATES.map((s) => impact([s]))).toEqual(["minor", "minor", "major", "critical"]);
    expect(impact(["degraded", "major-outage", "partial-outage"])).toBe("critical");
    expect(impact(["partial-outage", "degraded"])).toBe("major");
  });

  it("shortlinks point at the item's anchor in the page's directory, as the feed's links do", () => {
    const v2 = statuspageV2({ ...view, url: "https://acme.github.io/status" });
    expect(v2.incidents.map((i) => i.shortlink)).toEqual([
      "https://acme.github.io/status/#incident-7",
      "https://acme.github.io/status/#incident-9",
    ]);
    expect(v2.scheduledMaintenances[0]?.shortlink).toBe("https://acme.github.io/status/#maintenance-21");
  });

  it("without statusPage.url, no shortlinks and the page's url is null", () => {
    const v2 = statuspageV2({ ...view, url: null });
    expect(v2.page.url).toBeNull();
    expect(v2.incidents.map((i) => i.shortlink)).toEqual([null, null]);
  });
});
