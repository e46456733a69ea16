// Statuspage's v2 shapes as its public API documents them (summary.json: page, status, components,
// incidents, scheduled_maintenances), written out here rather than taken from the product's own
// constants, so that a renamed field or a value outside Statuspage's enums fails a test.
import { expect } from "vitest";

export const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
export const PAGE_KEYS = ["id", "name", "time_zone", "updated_at", "url"];
export const COMPONENT_KEYS = [
  "description",
  "group",
  "group_id",
  "id",
  "name",
  "only_show_if_degraded",
  "page_id",
  "position",
  "showcase",
  "status",
  "updated_at",
];
export const INCIDENT_KEYS = [
  "components",
  "created_at",
  "id",
  "impact",
  "incident_updates",
  "monitoring_at",
  "name",
  "page_id",
  "resolved_at",
  "shortlink",
  "started_at",
  "status",
  "updated_at",
];
export const UPDATE_KEYS = [
  "affected_components",
  "body",
  "created_at",
  "display_at",
  "id",
  "incident_id",
  "status",
  "updated_at",
];
const INDICATORS = ["none", "minor", "major", "critical"];
const COMPONENT_STATUSES = [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
];
const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved", "postmortem"];
const MAINTENANCE_STATUSES = ["scheduled", "in_progress", "verifying", "completed"];
const IMPACTS = ["none", "minor", "major", "critical", "maintenance"];

type Json = Record<string, unknown>;
export const keys = (o: unknown) => Object.keys(o as Json).sort();

function expectIncident(incident: Json, pageId: unknown, statuses: string[], where: string): void {
  const extra = "scheduled_for" in incident ? ["scheduled_for", "scheduled_until"] : [];
  expect(keys(incident), where).toEqual([...INCIDENT_KEYS, ...extra].sort());
  expect(incident.page_id, where).toBe(pageId);
  expect(statuses, `${where}.status`).toContain(incident.status);
  expect(IMPACTS, `${where}.impact`).toContain(incident.impact);
  for (const t of ["created_at", "updated_at", "started_at"])
    expect(incident[t], `${where}.${t}`).toMatch(ISO);
  for (const [i, u] of (incident.incident_updates as Json[]).entries()) {
    expect(keys(u), `${where}.incident_updates[${i}]`).toEqual(UPDATE_KEYS);
    expect(u.incident_id).toBe(incident.id);
    expect(typeof u.body).toBe("string");
    for (const t of ["created_at", "updated_at", "display_at"]) expect(u[t]).toMatch(ISO);
  }
  for (const c of incident.components as Json[]) {
    expect(keys(c), `${where}.components`).toEqual(COMPONENT_KEYS);
    expect(COMPONENT_STATUSES).toContain(c.status);
  }
}

/** `summary` has every field of Statuspage's summary.json, and only values its enums allow. */
export function expectSummaryShape(summary: Json): void {
  expect(keys(summary)).toEqual(["components", "incidents", "page", "scheduled_maintenances", "status"]);
  const page = summary.page as Json;
  expect(keys(page)).toEqual(PAGE_KEYS);
  expect(page.updated_at).toMatch(ISO);
  const status = summary.status as Json;
  expect(keys(status)).toEqual(["description", "indicator"]);
  expect(INDICATORS).toContain(status.indicator);
  for (const [i, c] of (summary.components as Json[]).entries()) {
    expect(keys(c), `components[${i}]`).toEqual(COMPONENT_KEYS);
    expect(c.page_id).toBe(page.id);
    expect(COMPONENT_STATUSES, `components[${i}].status`).toContain(c.status);
    expect(c.updated_at).toMatch(ISO);
  }
  for (const [i, incident] of (summary.incidents as Json[]).entries())
    expectIncident(incident, page.id, INCIDENT_STATUSES, `incidents[${i}]`);
  for (const [i, m] of (summary.scheduled_maintenances as Json[]).entries())
    expectIncident(m, page.id, MAINTENANCE_STATUSES, `scheduled_maintenances[${i}]`);
}
