/**
 * The page's view in Atlassian Statuspage's public API v2 shapes (`/api/v2/summary.json` and the
 * rest), which monitoring aggregators, widgets and chat bots already read. Pure, and only the facts
 * the page already publishes: severities are never published, so an incident's `impact` and the
 * page's `indicator` come from the component states that were said for the public
 * (docs/status-page.md, "Statuspage v2 files", documents the mapping).
 */
import type { ComponentState } from "../config/config.js";
import { cleanText, isoSeconds } from "./escape.js";
import { siteBase } from "./render-atom.js";
import type {
  OverallState,
  PageComponent,
  PageComponentState,
  PublicIncident,
  PublicMaintenance,
  StatusPageView,
} from "./types.js";

export type V2Indicator = "none" | "minor" | "major" | "critical";
export type V2ComponentStatus =
  | "operational"
  | "degraded_performance"
  | "partial_outage"
  | "major_outage"
  | "under_maintenance";

/** A component's state as Statuspage names it. */
export const V2_COMPONENT_STATUS: Readonly<Record<PageComponentState, V2ComponentStatus>> = {
  operational: "operational",
  degraded: "degraded_performance",
  "partial-outage": "partial_outage",
  "major-outage": "major_outage",
  maintenance: "under_maintenance",
};

/** The page's headline as an indicator: planned maintenance is not a problem. */
export const V2_INDICATOR: Readonly<Record<OverallState, V2Indicator>> = {
  operational: "none",
  maintenance: "none",
  incident: "minor",
  degraded: "minor",
  "partial-outage": "major",
  "major-outage": "critical",
};

/** An incident's impact from the worst state it set; one that set none (or only `operational`) is minor. */
const IMPACT: Readonly<Record<ComponentState, V2Indicator>> = {
  operational: "minor",
  degraded: "minor",
  "partial-outage": "major",
  "major-outage": "critical",
};
const IMPACT_RANK: readonly V2Indicator[] = ["none", "minor", "major", "critical"];

/** Statuspage's lists hold the 50 most recent. */
export const V2_LIST_LIMIT = 50;

const byDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

const RESOLVED_TEXT = "This incident has been resolved.";

export interface V2Page {
  id: string;
  name: string;
  url: string | null;
  time_zone: "Etc/UTC";
  updated_at: string;
}

export interface V2Component {
  id: string;
  name: string;
  status: V2ComponentStatus;
  description: string | null;
  position: number;
  updated_at: string;
  page_id: string;
  group_id: null;
  group: false;
  showcase: true;
  only_show_if_degraded: false;
}

export interface V2Update {
  id: string;
  status: string;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: null;
}

export interface V2Incident {
  id: string;
  name: string;
  status: "investigating" | "resolved" | "scheduled" | "in_progress" | "completed";
  impact: V2Indicator | "maintenance";
  created_at: string;
  updated_at: string;
  started_at: string;
  monitoring_at: null;
  resolved_at: string | null;
  shortlink: string | null;
  page_id: string;
  incident_updates: V2Update[];
  components: V2Component[];
}

export interface V2ScheduledMaintenance extends V2Incident {
  scheduled_for: string;
  scheduled_until: string;
}

/** Everything the v2 files are made of. */
export interface StatuspageV2 {
  page: V2Page;
  status: { indicator: V2Indicator; description: string };
  components: V2Component[];
  /** Open, then resolved within `historyDays`; most recently created first, at most 50. */
  incidents: V2Incident[];
  unresolved: V2Incident[];
  /** Every window on the page, at most 50: in progress and upcoming first, then completed. */
  scheduledMaintenances: V2ScheduledMaintenance[];
}

function component(c: PageComponent, position: number, view: StatusPageView, pageId: string): V2Component {
  return {
    id: c.id,
    name: cleanText(c.name),
    status: V2_COMPONENT_STATUS[c.state],
    description: c.description === "" ? null : cleanText(c.description),
    position: position + 1,
    updated_at: isoSeconds(view.generatedAt),
    page_id: pageId,
    group_id: null,
    group: false,
    showcase: true,
    only_show_if_degraded: false,
  };
}

function update(id: string, incidentId: string, status: string, body: string, at: string): V2Update {
  const time = isoSeconds(at);
  return {
    id,
    status,
    body: cleanText(body),
    incident_id: incidentId,
    created_at: time,
    updated_at: time,
    display_at: time,
    affected_components: null,
  };
}

function impactOf(i: PublicIncident): V2Indicator {
  return i.components
    .map((c) => IMPACT[c.state])
    .reduce<V2Indicator>((a, b) => (IMPACT_RANK.indexOf(b) > IMPACT_RANK.indexOf(a) ? b : a), "minor");
}

/** The item's anchor on the page, as the feed links to it; none without `statusPage.url`. */
function shortlink(view: StatusPageView, anchor: string): string | null {
  if (view.url === null) return null;
  const link = new URL(siteBase(view.url));
  link.hash = anchor;
  return link.toString();
}

/** The statuspage view at the same instant as `view`. Deterministic. */
export function statuspageV2(view: StatusPageView): StatuspageV2 {
  const pageId = view.feedId.slice(view.feedId.lastIndexOf(":") + 1);
  const components = view.components.map((c, n) => component(c, n, view, pageId));
  const affected = (ids: ReadonlyArray<{ id: string }>) =>
    components.filter((c) => ids.some((x) => x.id === c.id));
  const incident = (i: PublicIncident): V2Incident => {
    const resolved =
      i.resolvedAt === null
        ? []
        : [update(`${i.id}-resolved`, i.id, "resolved", RESOLVED_TEXT, i.resolvedAt)];
    const said = i.updates.map((u) => update(`${i.id}-${u.id}`, i.id, "investigating", u.text, u.at));
    const updates = [...resolved, ...said];
    const times = [isoSeconds(i.reportedAt), ...updates.map((u) => u.created_at)].sort();
    return {
      id: i.id,
      name: cleanText(i.title),
      status: i.status === "ongoing" ? "investigating" : "resolved",
      impact: impactOf(i),
      created_at: isoSeconds(i.reportedAt),
      updated_at: times.at(-1) ?? isoSeconds(i.reportedAt),
      started_at: isoSeconds(i.reportedAt),
      monitoring_at: null,
      resolved_at: i.resolvedAt === null ? null : isoSeconds(i.resolvedAt),
      shortlink: shortlink(view, i.id),
      page_id: pageId,
      incident_updates: updates,
      components: affected(i.components),
    };
  };
  const maintenance = (m: PublicMaintenance): V2ScheduledMaintenance => {
    const status = m.status === "in-progress" ? "in_progress" : m.status;
    return {
      id: m.id,
      name: cleanText(m.title),
      status,
      impact: "maintenance",
      created_at: isoSeconds(m.announcedAt),
      updated_at: isoSeconds(m.announcedAt),
      started_at: isoSeconds(m.startsAt),
      monitoring_at: null,
      resolved_at: m.status === "completed" ? isoSeconds(m.endsAt) : null,
      shortlink: shortlink(view, m.id),
      page_id: pageId,
      incident_updates:
        m.text === "" ? [] : [update(`${m.id}-announced`, m.id, status, m.text, m.announcedAt)],
      components: affected(m.components),
      scheduled_for: isoSeconds(m.startsAt),
      scheduled_until: isoSeconds(m.endsAt),
    };
  };
  const unresolved = view.incidents.map(incident);
  const incidents = [...unresolved, ...view.history.map(incident)]
    .sort((a, b) => byDesc(a.created_at, b.created_at) || a.id.localeCompare(b.id))
    .slice(0, V2_LIST_LIMIT);
  return {
    page: {
      id: pageId,
      name: cleanText(view.title),
      url: view.url,
      time_zone: "Etc/UTC",
      updated_at: isoSeconds(view.generatedAt),
    },
    status: { indicator: V2_INDICATOR[view.overall.state], description: view.overall.text },
    components,
    incidents,
    unresolved,
    scheduledMaintenances: view.maintenance.slice(0, V2_LIST_LIMIT).map(maintenance),
  };
}
