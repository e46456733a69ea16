import type { ComponentState } from "../config/config.js";
import type { Maintenance } from "../maintenance.js";

/** A component's state on the page: an incident's, or `maintenance` while a window is in progress. */
export type PageComponentState = ComponentState | "maintenance";

/** The page's headline: the worst component state, or an incident without components. */
export type OverallState = PageComponentState | "incident";

/** A maintenance issue as the page reads it: the form's fields and when it was announced. */
export interface ScheduledMaintenance extends Maintenance {
  /** When the maintenance issue was opened (the feed entry's time). */
  announcedAt: string;
}

export interface PublicUpdate {
  /** Stable across runs: the comment's id and the line's place among its `/public` lines. */
  id: string;
  at: string;
  text: string;
}

/** An incident as the public sees it: nothing but what was said for the public. */
export interface PublicIncident {
  /** `incident-<issue number>`: stable across runs, and the page's anchor. */
  id: string;
  /** `/public-title`, else one made from the components it affects (the title stays inside). */
  title: string;
  status: "ongoing" | "resolved";
  /** The first public fact (update or component change). */
  reportedAt: string;
  resolvedAt: string | null;
  /** Components this incident set, in the configuration's order, with the state it last set. */
  components: Array<{ id: string; name: string; state: ComponentState }>;
  /** Newest first. */
  updates: PublicUpdate[];
}

export interface PublicMaintenance {
  /** `maintenance-<issue number>`. */
  id: string;
  title: string;
  /** The form's "What the public sees". */
  text: string;
  status: "scheduled" | "in-progress" | "completed";
  startsAt: string;
  endsAt: string;
  announcedAt: string;
  components: Array<{ id: string; name: string }>;
}

export interface PageComponent {
  id: string;
  name: string;
  description: string;
  state: PageComponentState;
}

/** Everything the status page shows; only public facts. */
export interface StatusPageView {
  title: string;
  url: string | null;
  generatedAt: string;
  historyDays: number;
  /** The Atom feed's id; entries' ids start with it. */
  feedId: string;
  overall: { state: OverallState; text: string };
  components: PageComponent[];
  /** Open incidents, most recently reported first. */
  incidents: PublicIncident[];
  /** In progress first, then upcoming by start; then completed within `historyDays`, newest first. */
  maintenance: PublicMaintenance[];
  /** Incidents resolved within `historyDays`, most recently resolved first. */
  history: PublicIncident[];
}
