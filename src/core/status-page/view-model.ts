/**
 * The public status page's view model: what customers see, derived from the incidents' states and
 * the maintenance issues. Pure. Only public facts get in — `/public` updates, `/public-title`,
 * `/component` states, the maintenance form's public fields, and when an incident was resolved —
 * never the issue's title, comments, impact, notes, severity, status labels or anyone's name.
 */
import { COMPONENT_STATES, type ComponentState, type Config } from "../config/config.js";
import type { IncidentState } from "../state/types.js";
import { stableKey } from "./escape.js";
import type {
  OverallState,
  PageComponent,
  PageComponentState,
  PublicIncident,
  PublicMaintenance,
  PublicUpdate,
  ScheduledMaintenance,
  StatusPageView,
} from "./types.js";

export interface StatusPageInput {
  incidents: readonly IncidentState[];
  maintenance: readonly ScheduledMaintenance[];
  config: Config;
  now: Date;
  /** What the feed's ids are unique to (the repository's full name); only a hash of it is published. */
  site: string;
}

export const STATE_TEXT: Readonly<Record<PageComponentState, string>> = {
  operational: "Operational",
  degraded: "Degraded performance",
  "partial-outage": "Partial outage",
  "major-outage": "Major outage",
  maintenance: "Under maintenance",
};

const OVERALL_TEXT: Readonly<Record<OverallState, string>> = {
  operational: "All systems operational",
  maintenance: "Maintenance in progress",
  incident: "Incident in progress",
  degraded: "Degraded performance",
  "partial-outage": "Partial outage",
  "major-outage": "Major outage",
};

/** Worst last: the headline is the worst of these that holds. */
const OVERALL_RANK: readonly OverallState[] = [
  "operational",
  "maintenance",
  "incident",
  "degraded",
  "partial-outage",
  "major-outage",
];

const DAY_MS = 864e5;
const byDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** `API`, `API and Checkout`, `API, Checkout and Search`. */
function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function publicUpdates(state: IncidentState): PublicUpdate[] {
  const seen = new Map<number, number>();
  const updates = state.publicUpdates.map((u) => {
    const index = seen.get(u.commentId) ?? 0;
    seen.set(u.commentId, index + 1);
    return { id: `${u.commentId}-${index}`, at: u.at, text: u.text };
  });
  return updates.sort((a, b) => byDesc(a.at, b.at));
}

/**
 * The incident as the public sees it, or null when it does not appear: a drill, not an incident
 * (closed as not planned, or as a duplicate), or nothing said for the public (no `/public` update
 * and no `/component` state).
 */
export function publicIncident(state: IncidentState, config: Config): PublicIncident | null {
  if (!state.isIncident || state.isDrill) return null;
  if (!state.open && (state.closeReason === "not_planned" || state.closeReason === "duplicate")) return null;
  const components = config.components.flatMap((c) => {
    const set = state.components.get(c.id);
    return set === undefined ? [] : [{ id: c.id, name: c.name, state: set.state, at: set.at }];
  });
  const updates = publicUpdates(state);
  if (updates.length === 0 && components.length === 0) return null;
  const facts = [...updates.map((u) => u.at), ...components.map((c) => c.at)].sort();
  const names = components.map((c) => c.name);
  const title =
    state.publicTitle ?? (names.length > 0 ? `Incident affecting ${listNames(names)}` : "Service incident");
  return {
    id: `incident-${state.number}`,
    title,
    status: state.open ? "ongoing" : "resolved",
    reportedAt: facts[0]!,
    resolvedAt: state.open ? null : (state.resolvedAt ?? state.closedAt ?? state.lastEventAt),
    components: components.map(({ at: _, ...c }) => c),
    updates,
  };
}

/** Why a maintenance issue cannot be shown (its times), or null when it can. */
export function maintenanceProblem(m: ScheduledMaintenance): string | null {
  if (m.startsAt === null || m.endsAt === null)
    return "its start or end time is missing or not an ISO time (2026-12-01T22:00Z)";
  if (m.endsAt <= m.startsAt) return "it ends before it starts";
  return null;
}

function publicMaintenance(m: ScheduledMaintenance, config: Config, now: string): PublicMaintenance | null {
  if (m.cancelled || maintenanceProblem(m) !== null) return null;
  const startsAt = m.startsAt!;
  const endsAt = m.endsAt!;
  const components = config.components
    .filter((c) => m.components.includes(c.id))
    .map((c) => ({ id: c.id, name: c.name }));
  const names = components.map((c) => c.name);
  return {
    id: `maintenance-${m.number}`,
    title: names.length > 0 ? `Scheduled maintenance of ${listNames(names)}` : "Scheduled maintenance",
    text: m.summary,
    status: now < startsAt ? "scheduled" : now < endsAt ? "in-progress" : "completed",
    startsAt,
    endsAt,
    announcedAt: m.announcedAt,
    components,
  };
}

const rank = (state: ComponentState) => COMPONENT_STATES.indexOf(state);

function componentStates(
  config: Config,
  open: readonly PublicIncident[],
  maintenance: readonly PublicMaintenance[],
): PageComponent[] {
  return config.components.map((c) => {
    const set = open.flatMap((i) => i.components.filter((x) => x.id === c.id).map((x) => x.state));
    const worst = set.sort((a, b) => rank(b) - rank(a))[0];
    const underMaintenance = maintenance.some(
      (m) => m.status === "in-progress" && m.components.some((x) => x.id === c.id),
    );
    const state: PageComponentState =
      worst !== undefined && worst !== "operational"
        ? worst
        : underMaintenance
          ? "maintenance"
          : "operational";
    return { id: c.id, name: c.name, description: c.description, state };
  });
}

function overall(
  components: readonly PageComponent[],
  open: readonly PublicIncident[],
  maintenance: readonly PublicMaintenance[],
): { state: OverallState; text: string } {
  const holding: OverallState[] = components.map((c) => c.state);
  if (open.length > 0) holding.push("incident");
  if (maintenance.some((m) => m.status === "in-progress")) holding.push("maintenance");
  const state = holding.reduce<OverallState>(
    (worst, s) => (OVERALL_RANK.indexOf(s) > OVERALL_RANK.indexOf(worst) ? s : worst),
    "operational",
  );
  return { state, text: OVERALL_TEXT[state] };
}

const MAINTENANCE_ORDER = { "in-progress": 0, scheduled: 1, completed: 2 } as const;

function compareMaintenance(a: PublicMaintenance, b: PublicMaintenance): number {
  const order = MAINTENANCE_ORDER[a.status] - MAINTENANCE_ORDER[b.status];
  if (order !== 0) return order;
  if (a.status === "completed") return byDesc(a.endsAt, b.endsAt) || a.id.localeCompare(b.id);
  return a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id);
}

/** The status page's view model at `now`. Deterministic: the same input gives the same view. */
export function statusPageView(input: StatusPageInput): StatusPageView {
  const { config } = input;
  const now = input.now.toISOString();
  const since = new Date(input.now.getTime() - config.statusPage.historyDays * DAY_MS).toISOString();
  const shown = input.incidents.flatMap((s) => publicIncident(s, config) ?? []);
  const open = shown
    .filter((i) => i.status === "ongoing")
    .sort((a, b) => byDesc(a.reportedAt, b.reportedAt) || a.id.localeCompare(b.id));
  const history = shown
    .filter((i) => i.status === "resolved" && i.resolvedAt! >= since)
    .sort((a, b) => byDesc(a.resolvedAt!, b.resolvedAt!) || a.id.localeCompare(b.id));
  const maintenance = input.maintenance
    .flatMap((m) => publicMaintenance(m, config, now) ?? [])
    .filter((m) => m.status !== "completed" || m.endsAt >= since)
    .sort(compareMaintenance);
  const components = componentStates(config, open, maintenance);
  return {
    title: config.statusPage.title,
    url: config.statusPage.url ?? null,
    generatedAt: now,
    historyDays: config.statusPage.historyDays,
    feedId: `urn:incident-workflow:status:${stableKey(input.site.toLowerCase())}`,
    overall: overall(components, open, maintenance),
    components,
    incidents: open,
    maintenance,
    history,
  };
}
