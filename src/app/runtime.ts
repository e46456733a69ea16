import type { Probot } from "probot";
import { EtagCache } from "../github/conditional.js";
import { appIdentity, type Identity } from "../github/identity.js";
import { IssueTypeMemo } from "../github/issue-type-ports.js";
import type { OctokitLike } from "../github/octokit-like.js";
import { PermissionMemo } from "../github/permission-ports.js";
import { ChannelBackoff } from "../handlers/channel-backoff.js";
import { IntervalPace } from "../handlers/refresh-pace.js";
import { SweepMemo } from "../handlers/sweep.js";
import { KeyedQueue } from "../handlers/work-queue.js";
import { redisLeaseFromUrl } from "./lease.js";
import { type PendingWork, redisPendingWork } from "./pending-work.js";
import { sharedRedis } from "./redis-client.js";

/** Settings of the app's process, from the environment (see README, "Running the app"). */
export interface RuntimeSettings {
  /** Pauses before retrying a failed run for an incident (`INCIDENT_WORKFLOW_RETRY_DELAYS_MS`, comma-separated). */
  retryDelaysMs: number[];
  recheckBoard: boolean;
  /** `REDIS_URL`: several replicas hold a per-incident lease in Redis (one reconciles an incident at a time). */
  redisUrl?: string;
  /** How long a replica's lease on an incident lives without renewal (`INCIDENT_WORKFLOW_LEASE_SECONDS`, default 3). */
  leaseMs?: number;
  /**
   * The least time between two writes of a repository's dashboard
   * (`INCIDENT_WORKFLOW_DASHBOARD_INTERVAL_SECONDS`, default 60; 0 writes every refresh at once).
   */
  dashboardIntervalMs: number;
  /** The clock (tests inject one; reminders and on-call depend on it). */
  now?: () => Date;
  /** Where chat channels' variables are read (`notifications`); the process's environment when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeSettings {
  const delays = (env.INCIDENT_WORKFLOW_RETRY_DELAYS_MS ?? "2000,10000,30000")
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "")
    .map(Number)
    .filter((n) => Number.isFinite(n) && n >= 0);
  const leaseSeconds = Number(env.INCIDENT_WORKFLOW_LEASE_SECONDS ?? "");
  return {
    retryDelaysMs: delays,
    recheckBoard: env.INCIDENT_WORKFLOW_RECHECK_BOARD === "true",
    dashboardIntervalMs: dashboardInterval(env.INCIDENT_WORKFLOW_DASHBOARD_INTERVAL_SECONDS) * 1000,
    env,
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...(leaseSeconds > 0 ? { leaseMs: leaseSeconds * 1000 } : {}),
  };
}

/** `INCIDENT_WORKFLOW_DASHBOARD_INTERVAL_SECONDS`: seconds, 0 or more; absent means 60. */
function dashboardInterval(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 60;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new Error(
      `INCIDENT_WORKFLOW_DASHBOARD_INTERVAL_SECONDS must be a number of seconds, 0 or more (got "${value}")`,
    );
  return n;
}

/**
 * What one app process keeps in memory, none of it needed for correctness: the per-incident work
 * queue (one run at a time per incident, bursts coalesced), the dashboard refreshes waiting for
 * their turn (the next sweep writes what a stopped process left), the sweep's memory of incidents
 * seen unchanged, the ETag caches and people's permissions (one per installation), and who the app is.
 */
export interface AppRuntime {
  queue: KeyedQueue;
  /** With `REDIS_URL`: the deliveries accepted and not yet done, shared by every replica. */
  pending?: PendingWork;
  /** Dashboard refreshes, at most one write per repository per `dashboardIntervalMs`. */
  pace: IntervalPace;
  /** Chat channels and pagers that ran out of time lately, left alone for a while. */
  chatBackoff: ChannelBackoff;
  memo: SweepMemo;
  etags(installation: number): EtagCache;
  /** People's repository permissions, remembered per installation for `PERMISSION_TTL_MS`. */
  permissions(installation: number): PermissionMemo;
  /** Organisations' issue types, remembered per installation for `ISSUE_TYPES_TTL_MS`. */
  issueTypes(installation: number): IssueTypeMemo;
  self: Identity;
  settings: RuntimeSettings;
}

/**
 * How long the app trusts a permission it read (5 minutes): a burst of commands in one incident
 * asks once per person, and a permission taken away counts again within this time.
 */
export const PERMISSION_TTL_MS = 5 * 60_000;

/**
 * How long the app trusts an organisation's issue types it read (10 minutes): a war room does not
 * read them on every event, and a type an admin adds is used within this time.
 */
export const ISSUE_TYPES_TTL_MS = 10 * 60_000;

const runtimes = new WeakMap<Probot, AppRuntime>();

export function createRuntime(app: Probot, settings: RuntimeSettings): AppRuntime {
  const memo = new SweepMemo();
  const caches = new Map<number, EtagCache>();
  const log = {
    info: (m: string) => app.log.info(m),
    warn: (m: string) => app.log.warn(m),
    error: (m: string) => app.log.error(m),
  };
  const lease =
    settings.redisUrl === undefined
      ? undefined
      : redisLeaseFromUrl(settings.redisUrl, {
          log,
          ...(settings.leaseMs === undefined ? {} : { ttlMs: settings.leaseMs }),
        });
  const permissionMemos = new Map<number, PermissionMemo>();
  const typeMemos = new Map<number, IssueTypeMemo>();
  const clock = () => (settings.now ?? (() => new Date()))().getTime();
  const runtime: AppRuntime = {
    ...(settings.redisUrl === undefined
      ? {}
      : { pending: redisPendingWork(sharedRedis(settings.redisUrl, log)) }),
    memo,
    pace: new IntervalPace(settings.dashboardIntervalMs, log),
    chatBackoff: new ChannelBackoff(),
    settings,
    queue: new KeyedQueue({
      retryDelaysMs: settings.retryDelaysMs,
      log,
      ...(lease === undefined ? {} : { lease }),
      onGiveUp: (key, error) => {
        memo.forget(key);
        app.log.error(`${key}: gave up for now (${String(error)}); the next sweep repairs it`);
      },
    }),
    etags(installation) {
      let cache = caches.get(installation);
      if (cache === undefined) {
        cache = new EtagCache();
        caches.set(installation, cache);
      }
      return cache;
    },
    permissions(installation) {
      let memo = permissionMemos.get(installation);
      if (memo === undefined) {
        memo = new PermissionMemo(PERMISSION_TTL_MS, () => (settings.now ?? (() => new Date()))().getTime());
        permissionMemos.set(installation, memo);
      }
      return memo;
    },
    issueTypes(installation) {
      let memo = typeMemos.get(installation);
      if (memo === undefined) {
        memo = new IssueTypeMemo(ISSUE_TYPES_TTL_MS, clock);
        typeMemos.set(installation, memo);
      }
      return memo;
    },
    self: appIdentity({
      request: async (route: string, params?: Record<string, unknown>) =>
        (await app.auth()).request(route, params) as Promise<{ data: unknown; status: number }>,
    } as unknown as OctokitLike),
  };
  runtimes.set(app, runtime);
  return runtime;
}

/** The runtime of an app loaded into this Probot instance (the server drains its queue and sweeps). */
export function runtimeOf(app: Probot): AppRuntime | undefined {
  return runtimes.get(app);
}
