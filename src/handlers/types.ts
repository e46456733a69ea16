import type { Config, Status } from "../core/config/config.js";
import type { ConfigProblem } from "../core/config/validate.js";
import type { Ports } from "../github/ports.js";

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Loads and validates the repository's config (see `src/github/load-config.ts`). */
export type ConfigLoader = () => Promise<
  { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] }
>;

/** What every handler gets: the GitHub ports, the config loader, a clock and a logger. */
export interface EngineDeps {
  ports: Ports;
  loadConfig: ConfigLoader;
  now: () => Date;
  log: Logger;
  /** Where the config lives, for messages (`.github/incidents.yml`). */
  configPath: string;
  /** Re-read the history after writing the board (several app replicas; see `recheck-board.ts`). */
  recheckBoard?: boolean;
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
  | { outcome: "handled"; incident: IncidentSummary }
  | { outcome: "invalid-config"; problems: ConfigProblem[]; message: string };

/** A new incident declared from outside an issue: `/declare`, workflow_dispatch, an alert. */
export interface DeclareRequest {
  title: string;
  severity?: string;
  summary?: string;
  /** Alerts with the same key while an incident is open add a comment instead of a new incident. */
  dedupKey?: string;
  declaredBy: string;
  /** Where it was declared (the issue/PR with the `/declare` comment). */
  source?: { issue: number; commentId: number; url: string };
}
