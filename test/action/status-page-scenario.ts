// The status page's must-show scenario in the emulator: an incident with public updates and
// components (and internal comments, notes, impact and updates), a drill, a resolved incident and
// an upcoming maintenance window. Every internal text carries INTERNAL; people are PEOPLE.
import { expect } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { maintenanceBody } from "../helpers/status-page-fixture.js";
import { expectSummaryShape } from "../helpers/statuspage-v2-shape.js";
import { ok } from "./against-emulator.js";
import type { ActionRun } from "./run-action.js";

export const CONFIG = `
components:
  - { id: api, name: API, description: REST and GraphQL endpoints }
  - { id: checkout, name: Checkout }
  - { id: search, name: Search }
statusPage:
  title: Acme status
`;
export const PEOPLE = ["alice", "bob", "carol"];
export const HOSTILE = `<script>alert(1)</script> "onerror=alert(2) <img src=x onerror=alert(3)>`;
const MIN = 60_000;

type Deliver = (hook: { name: string; payload: unknown }) => Promise<ActionRun>;
export type Scenario = Awaited<ReturnType<typeof statusPageScenario>>;

/** An ISO time to the minute, as the maintenance form takes it (`2026-12-01T22:00Z`). */
export const iso = (ms: number) => new Date(ms).toISOString().replace(/:\d\d\.\d{3}Z$/, "Z");

/** The must-show scenario; every internal text carries INTERNAL. Each incident is run through the Action once. */
export async function statusPageScenario(emu: Emulator, deliver: Deliver, now: number) {
  emu.setTime(new Date(now - 3 * 24 * 60 * MIN).toISOString());
  const resolved = emu.as("carol").openIssue({
    title: "INTERNAL-TITLE-RESOLVED search shard 4 hot",
    body: "INTERNAL-BODY shard 4 is at 100% CPU\n/public Search is slow for some customers.",
    labels: ["incident", "SEV3"],
  });
  emu.advance(5 * MIN);
  emu.as("carol").comment(resolved.number, "/component search degraded\n/note INTERNAL-NOTE-2 reindexing");
  emu.advance(30 * MIN);
  emu.as("carol").comment(resolved.number, "/component search operational\n/public Search is fast again.");
  emu.advance(5 * MIN);
  const closed = emu.as("carol").close(resolved.number, "completed");
  ok(await deliver(closed));

  emu.setTime(new Date(now - 2 * 60 * MIN).toISOString());
  const open = emu.as("alice").openIssue({
    title: "INTERNAL-TITLE-OPEN db-prod-3 OOM after migration 4521",
    body: "INTERNAL-BODY-OPEN alerts from pagerduty",
    labels: ["incident", "SEV1"],
  });
  emu.advance(2 * MIN);
  emu
    .as("alice")
    .comment(open.number, "/commander me\n/public We are investigating failed payments at checkout.");
  emu.advance(MIN);
  emu.as("alice").comment(open.number, "/component checkout major-outage\n/component api degraded");
  emu.advance(MIN);
  emu.as("bob").comment(open.number, "/impact INTERNAL-IMPACT 31% of EU card payments fail");
  emu.as("carol").comment(open.number, "/note INTERNAL-NOTE db-prod-3 ran out of memory");
  emu.as("carol").comment(open.number, "INTERNAL-COMMENT I think it's the migration from yesterday");
  emu.as("alice").comment(open.number, "/update INTERNAL-UPDATE rolling back migration 4521");
  emu.advance(10 * MIN);
  emu.as("bob").comment(open.number, "/public-title Payments failing at checkout");
  const last = emu.as("bob").comment(open.number, `/public A fix is being deployed. ${HOSTILE}`);
  ok(await deliver(last));

  emu.setTime(new Date(now - 60 * MIN).toISOString());
  const drill = emu.as("alice").openIssue({
    title: "INTERNAL-DRILL-TITLE game day",
    labels: ["incident", "SEV2", "drill"],
  });
  const drillComment = emu
    .as("alice")
    .comment(drill.number, "/public INTERNAL-DRILL-PUBLIC practice only\n/component api major-outage");
  ok(await deliver(drillComment));

  const startsAt = now + 24 * 60 * MIN;
  const maintenance = emu.as("alice").openIssue({
    title: "INTERNAL-MAINTENANCE-TITLE Postgres 16 on db-prod-1",
    body: maintenanceBody(
      "The API will be read-only while we upgrade the database.",
      iso(startsAt),
      iso(startsAt + 90 * MIN),
      "api",
    ),
    labels: ["maintenance"],
  });
  emu.setTime(new Date(now).toISOString());
  return {
    open: open.number,
    drill: drill.number,
    resolved: resolved.number,
    maintenance: maintenance.number,
    startsAt,
  };
}

/** The scenario's page as Statuspage's v2 files (`api/v2/…`, by path): the same public facts. */
export function expectStatuspageV2(files: Record<string, string>, s: Scenario): void {
  const summary = JSON.parse(files["api/v2/summary.json"]!);
  expectSummaryShape(summary);
  expect(summary.page).toMatchObject({ name: "Acme status", url: null, time_zone: "Etc/UTC" });
  expect(summary.status).toEqual({ indicator: "critical", description: "Major outage" });
  expect(summary.components.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
    ["api", "degraded_performance"],
    ["checkout", "major_outage"],
    ["search", "operational"],
  ]);
  expect(summary.incidents).toHaveLength(1);
  expect(summary.incidents[0]).toMatchObject({
    id: `incident-${s.open}`,
    name: "Payments failing at checkout",
    status: "investigating",
    impact: "critical",
  });
  expect(
    summary.incidents[0].components.map((c: { id: string; status: string }) => [c.id, c.status]),
  ).toEqual([
    ["api", "degraded_performance"],
    ["checkout", "major_outage"],
  ]);
  expect(summary.incidents[0].incident_updates.map((u: { body: string }) => u.body)).toEqual([
    `A fix is being deployed. ${HOSTILE}`,
    "We are investigating failed payments at checkout.",
  ]);
  expect(summary.scheduled_maintenances.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual(
    [[`maintenance-${s.maintenance}`, "scheduled"]],
  );
  // Nothing that is not public: no level, no link to the repository, no markup unescaped.
  for (const [name, text] of Object.entries(files).filter(([n]) => n.startsWith("api/v2/"))) {
    expect(text, name).not.toMatch(/SEV\d|github\.com|drill/i);
    expect(text, name).not.toContain("<");
  }
  const all = JSON.parse(files["api/v2/incidents.json"]!);
  expect(all.incidents.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
    [`incident-${s.open}`, "investigating"],
    [`incident-${s.resolved}`, "resolved"],
  ]);
}
