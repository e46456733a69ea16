// A repository's incidents and maintenance for the status page's unit tests, derived from
// histories the way the handler derives them. Every internal text carries an `INTERNAL` marker
// (and every person's login is listed), so tests can prove none of it reaches the outputs.
import type { Config } from "../../src/core/config/config.js";
import { validateConfig } from "../../src/core/config/validate.js";
import type { IssueSnapshot } from "../../src/core/events.js";
import { deriveState } from "../../src/core/state/derive.js";
import type { IncidentState } from "../../src/core/state/types.js";
import { scheduledMaintenance } from "../../src/core/status-page/sources.js";
import type { ScheduledMaintenance } from "../../src/core/status-page/types.js";
import { History, issue, TEAM } from "./timeline.js";

export const NOW = new Date("2026-11-21T12:00:00Z");
export const PEOPLE = ["alice", "bob", "carol", "mallory"];
export const HOSTILE = `<script>alert(1)</script> "onerror=alert(2) <img src=x onerror=alert(3)> & done`;

export function statusConfig(extra: Record<string, unknown> = {}): Config {
  const result = validateConfig({
    components: [
      { id: "api", name: "API", description: "REST and GraphQL endpoints" },
      { id: "checkout", name: "Checkout" },
      { id: "search", name: "Search" },
    ],
    statusPage: { title: "Acme status", url: "https://status.acme.test/" },
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

function derive(snapshot: IssueSnapshot, h: History, config: Config): IncidentState {
  return deriveState(snapshot, h.events, config, {
    permissions: TEAM,
    now: NOW,
    self: "github-actions[bot]",
  });
}

/** The incident with public updates and components (open), a drill, a resolved one, and hidden ones. */
export function incidents(config: Config = statusConfig()): IncidentState[] {
  const open = new History("2026-11-21T09:00:00Z")
    .label("incident")
    .label("SEV1")
    .comment("/public We are investigating errors when paying at checkout.", "alice")
    .comment("/component checkout major-outage\n/component api degraded", "alice")
    .comment("/impact INTERNAL-IMPACT 31% of EU card payments fail", "bob")
    .comment("/note INTERNAL-NOTE db-prod-3 is out of memory", "carol")
    .comment("INTERNAL-COMMENT I think it's the migration from yesterday", "carol")
    .comment("/update INTERNAL-UPDATE rolling back migration 4521", "alice")
    .comment("/public-title Payments failing at checkout", "bob")
    .comment(`/public A fix is being deployed. ${HOSTILE}`, "bob");
  const drill = new History("2026-11-21T10:00:00Z")
    .label("incident")
    .label("drill")
    .comment("/public INTERNAL-DRILL this is only a game day", "alice")
    .comment("/component api major-outage", "alice");
  const resolved = new History("2026-11-19T08:00:00Z")
    .label("incident")
    .comment("/public Search results are slow; we are looking into it.", "carol")
    .comment("/component search degraded", "carol")
    .comment("/note INTERNAL-RESOLVED-NOTE reindexing shard 4", "carol")
    .comment("/component search operational\n/public Search is back to normal.", "carol")
    .close("completed", "carol");
  const notAnIncident = new History("2026-11-20T08:00:00Z")
    .label("incident")
    .comment("/public INTERNAL-DISMISSED false alarm text", "alice")
    .close("not_planned");
  const internalOnly = new History("2026-11-21T07:00:00Z")
    .label("incident")
    .comment("/update INTERNAL-CI the CI runners are down", "alice");
  const old = new History("2026-08-01T08:00:00Z")
    .label("incident")
    .comment("/public INTERNAL-OLD an incident from long ago", "alice")
    .close("completed");
  const closed = (h: History) => ({ state: "closed" as const, closedAt: h.events.at(-1)!.at });
  return [
    derive(issue({ number: 7, title: "INTERNAL-TITLE db-prod-3 OOM after migration" }), open, config),
    derive(issue({ number: 8, title: "INTERNAL-DRILL-TITLE game day" }), drill, config),
    derive(
      issue({ number: 9, title: "INTERNAL-TITLE-9 search shard 4", ...closed(resolved) }),
      resolved,
      config,
    ),
    derive(
      issue({ number: 10, title: "INTERNAL-TITLE-10", ...closed(notAnIncident) }),
      notAnIncident,
      config,
    ),
    derive(issue({ number: 11, title: "INTERNAL-TITLE-11 CI is down" }), internalOnly, config),
    derive(issue({ number: 12, title: "INTERNAL-TITLE-12", ...closed(old) }), old, config),
  ];
}

export function maintenanceBody(summary: string, startsAt: string, endsAt: string, components: string) {
  return [
    "### What the public sees",
    "",
    summary,
    "",
    "### Starts at",
    "",
    startsAt,
    "",
    "### Ends at",
    "",
    endsAt,
    "",
    "### Components",
    "",
    components,
  ].join("\n");
}

function maintenanceIssue(number: number, body: string, overrides: Partial<IssueSnapshot> = {}) {
  return issue({
    number,
    title: `INTERNAL-MAINTENANCE-TITLE ${number}`,
    body,
    labels: ["maintenance"],
    authorAssociation: "MEMBER",
    createdAt: "2026-11-18T10:00:00Z",
    ...overrides,
  });
}

/** Upcoming (API), in progress (Search), completed, cancelled, and one opened by a stranger. */
export function maintenance(config: Config = statusConfig()): ScheduledMaintenance[] {
  const issues = [
    maintenanceIssue(
      20,
      maintenanceBody(
        "The API will be read-only while we upgrade the database.",
        "2026-11-22T22:00Z",
        "2026-11-22T23:30Z",
        "api",
      ),
    ),
    maintenanceIssue(
      21,
      maintenanceBody(
        "Search indexes are being rebuilt; results may be incomplete.",
        "2026-11-21T11:00Z",
        "2026-11-21T13:00Z",
        "search",
      ),
    ),
    maintenanceIssue(
      22,
      maintenanceBody(
        "Checkout was moved to new servers.",
        "2026-11-19T01:00Z",
        "2026-11-19T02:00Z",
        "checkout",
      ),
    ),
    maintenanceIssue(
      23,
      maintenanceBody("INTERNAL-CANCELLED work", "2026-11-23T01:00Z", "2026-11-23T02:00Z", "api"),
      {
        state: "closed",
        stateReason: "not_planned",
      },
    ),
    maintenanceIssue(
      24,
      maintenanceBody("INTERNAL-STRANGER free bitcoin", "2026-11-21T11:00Z", "2026-11-21T13:00Z", "api"),
      {
        author: { login: "mallory", isBot: false },
        authorAssociation: "NONE",
      },
    ),
  ];
  return issues.flatMap((i) => {
    const source = scheduledMaintenance(i, config, TEAM);
    return source.ok ? [source.maintenance] : [];
  });
}
