import type { Status } from "../core/config/config.js";
import type { ConfigProblem } from "../core/config/validate.js";
import type { DashboardRow } from "../core/dashboard/row.js";
import type { Identity } from "../github/identity.js";
import type { ConfigLoader } from "../github/load-config.js";
import type { Ports } from "../github/ports.js";
import type { WriteControl } from "../github/write-scheduler.js";
import type { ChatDeps } from "./notify-channels.js";
import type { RefreshPace } from "./refresh-pace.js";

export type { ConfigLoader };

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What every handler gets: the GitHub ports, the config loader, a clock and a logger. */
export interface EngineDeps {
  ports: Ports;
  loadConfig: ConfigLoader;
  now: () => Date;
  /** Who this tool acts as on GitHub (its own comments and label changes are recognised by it). */
  self: Identity;
  log: Logger;
  /** Where the config lives, for messages (`.github/incidents.yml`). */
  configPath: string;
  /** Re-read the history after writing the board (several app replicas; see `recheck-board.ts`). */
  recheckBoard?: boolean;
  /** Paces dashboard refreshes per repository (the app); absent, each is written at once (the Action). */
  dashboardPace?: RefreshPace;
  /** With several replicas: a dashboard refresh waiting for its turn is kept where another replica finds it. */
  keepDashboard?: DashboardKeep;
  /** The installation's write scheduler (the app): boards first, 👍 only while the budget is ample. */
  writes?: WriteControl;
  /** Chat channels and pagers (`notifications`): their variables and the outbound port; absent, none is told. */
  chat?: ChatDeps;
}

export interface IncidentSummary {
  number: number;
  url: string;
  severity: string | null;
  status: Status;
  postmortemPr: string | null;
}

export type EngineResult =
  | { outcome: "ignored"; reason: string }
  | {
      outcome: "handled";
      incident: IncidentSummary;
      /** The incident's dashboard row, and whether it differs from the one its board carried. */
      row?: DashboardRow;
      rowChanged?: boolean;
      /** When time alone next changes what the incident calls for (a reminder due). */
      wakeAt?: string | null;
    }
  | { outcome: "invalid-config"; problems: ConfigProblem[]; message: string };

/**
 * A dashboard refresh waiting for its turn, recorded (with `REDIS_URL`) so that another replica
 * writes it if this one dies first: the pace holds it in memory for up to the dashboard interval,
 * and the board already carries the row, so no later run of the incident would ask again.
 */
export interface DashboardKeep {
  /** Records the incidents' rows as waiting; returns the stamp that `written` clears up to. */
  waiting(numbers: readonly number[]): Promise<number>;
  /** The rows of these incidents recorded up to `stamp` are on the dashboard. */
  written(numbers: readonly number[], stamp: number): Promise<void>;
}

/** A new incident declared from outside an issue: `/declare`, workflow_dispatch, an alert. */
export interface DeclareRequest {
  title: string;
  severity?: string;
  summary?: string;
  /** Alerts with the same key while an incident is open add a comment instead of a new incident. */
  dedupKey?: string;
  /** What sent the alert (`Alertmanager`, `Grafana`, `PagerDuty`), named in the new issue's body. */
  alertSource?: string;
  /** A drill: the `drill` label is set with the others. */
  drill?: boolean;
  declaredBy: string;
  /** Where it was declared (the issue/PR with the `/declare` comment). */
  source?: { issue: number; commentId: number; url: string };
  /**
   * Unique per request (the new issue's body carries it): a create that failed ambiguously is
   * looked for by it before trying again. Random when absent.
   */
  requestId?: string;
}
