import { credentialsRefusal } from "./credentials.js";
import {
  amount,
  given,
  hostName,
  millisecondsList,
  oneOf,
  onOff,
  type Read,
  url,
  urlPath,
  wholeNumber,
} from "./env-values.js";
import { type ReadText, readPrivateKey } from "./private-key.js";
import type { RuntimeSettings } from "./runtime.js";
import { WEBHOOK_PATH } from "./server.js";

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"] as const;

/** Everything `npm start` reads from its environment, checked (see docs/deploy.md). */
export interface AppEnv {
  appId: number;
  /** The private key's PEM, from `PRIVATE_KEY` or the file at `PRIVATE_KEY_PATH`. */
  privateKey: string;
  webhookSecret: string;
  port: number;
  host: string;
  webhookPath: string;
  publicUrl: string | undefined;
  webhookProxyUrl: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  /** `LOG_FORMAT`: `json` by default with `NODE_ENV=production`, else `pretty`. */
  logFormat: "json" | "pretty";
  gheHost: string | undefined;
  gheProtocol: "https" | "http";
  redisUrl: string | undefined;
  sweep: boolean;
  sweepIntervalSeconds: number;
  shutdownTimeoutSeconds: number;
  retryDelaysMs: number[];
  leaseSeconds: number | undefined;
  recheckBoard: boolean;
  dashboardIntervalSeconds: number;
  writeIntervalMs: number | undefined;
  boardIntervalMs: number | undefined;
  reactionsPerMinute: number | undefined;
  reactionsPerHour: number | undefined;
  requestTimeoutSeconds: number | undefined;
}

export type EnvResult = { ok: true; env: AppEnv } | { ok: false; problems: string[] };

/** Seconds `npm start` finishes accepted work for on SIGTERM: inside Docker's 10 s before SIGKILL. */
export const DEFAULT_SHUTDOWN_SECONDS = 8;

/**
 * The app's environment, every variable checked at once: the values, or every problem (each names
 * its variable and quotes what was found), so that a bad value stops the start instead of being
 * replaced by a default. `readText` reads the file `PRIVATE_KEY_PATH` names.
 */
export function readAppEnv(env: NodeJS.ProcessEnv, readText: ReadText): EnvResult {
  const problems: string[] = [];
  const take = <T>(read: Read<T>, fallback: T): T => {
    if (read.ok) return read.value;
    problems.push(read.problem);
    return fallback;
  };
  const defaultFormat = env.NODE_ENV === "production" ? "json" : "pretty";
  const refusal = credentialsRefusal(env);
  if (refusal !== undefined) problems.push(refusal);
  const appId = take(wholeNumber(env, "APP_ID", 0, 1), 0);
  const key = env.PRIVATE_KEY || env.PRIVATE_KEY_PATH ? readPrivateKey(env, readText) : undefined;
  if (key !== undefined && !key.ok) problems.push(key.problem);
  const result: AppEnv = {
    appId,
    privateKey: key?.ok ? key.pem : "",
    webhookSecret: env.WEBHOOK_SECRET ?? "",
    port: take(wholeNumber(env, "PORT", 3000, 1, 65535), 3000),
    host: given(env, "HOST") ?? "localhost",
    webhookPath: take(urlPath(env, "WEBHOOK_PATH", WEBHOOK_PATH), WEBHOOK_PATH),
    publicUrl: take(url(env, "PUBLIC_URL", ["https:", "http:"]), undefined),
    webhookProxyUrl: take(url(env, "WEBHOOK_PROXY_URL", ["https:", "http:"]), undefined),
    logLevel: take(oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"), "info"),
    logFormat: take(oneOf(env, "LOG_FORMAT", ["json", "pretty"], defaultFormat), defaultFormat),
    gheHost: take(hostName(env, "GHE_HOST"), undefined),
    gheProtocol: take(oneOf(env, "GHE_PROTOCOL", ["https", "http"], "https"), "https"),
    redisUrl: take(url(env, "REDIS_URL", ["redis:", "rediss:"]), undefined),
    sweep: take(onOff(env, "INCIDENT_WORKFLOW_SWEEP", true), true),
    sweepIntervalSeconds: take(
      amount(env, "INCIDENT_WORKFLOW_SWEEP_INTERVAL_SECONDS", "seconds", 300, true),
      300,
    ),
    shutdownTimeoutSeconds: take(
      amount(env, "INCIDENT_WORKFLOW_SHUTDOWN_TIMEOUT_SECONDS", "seconds", DEFAULT_SHUTDOWN_SECONDS),
      DEFAULT_SHUTDOWN_SECONDS,
    ),
    retryDelaysMs: take(millisecondsList(env, "INCIDENT_WORKFLOW_RETRY_DELAYS_MS", [2000, 10000, 30000]), []),
    leaseSeconds: take(amount(env, "INCIDENT_WORKFLOW_LEASE_SECONDS", "seconds", undefined, true), undefined),
    recheckBoard: take(onOff(env, "INCIDENT_WORKFLOW_RECHECK_BOARD", false), false),
    dashboardIntervalSeconds: take(
      amount(env, "INCIDENT_WORKFLOW_DASHBOARD_INTERVAL_SECONDS", "seconds", 60),
      60,
    ),
    writeIntervalMs: take(
      amount(env, "INCIDENT_WORKFLOW_WRITE_INTERVAL_MS", "milliseconds", undefined),
      undefined,
    ),
    boardIntervalMs: take(
      amount(env, "INCIDENT_WORKFLOW_BOARD_INTERVAL_MS", "milliseconds", undefined),
      undefined,
    ),
    reactionsPerMinute: take(
      amount(env, "INCIDENT_WORKFLOW_REACTIONS_PER_MINUTE", "reactions", undefined),
      undefined,
    ),
    reactionsPerHour: take(
      amount(env, "INCIDENT_WORKFLOW_REACTIONS_PER_HOUR", "reactions", undefined),
      undefined,
    ),
    requestTimeoutSeconds: take(
      amount(env, "INCIDENT_WORKFLOW_REQUEST_TIMEOUT_SECONDS", "seconds", undefined, true),
      undefined,
    ),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, env: result };
}

/** The problems as the operator reads them: one per line, then where the variables are described. */
export function describeEnvProblems(problems: readonly string[]): string {
  const lines = problems.map((problem) => `  - ${problem}`);
  return [
    `Incident Workflow cannot start. ${problems.length === 1 ? "One setting is" : `${problems.length} settings are`} wrong:`,
    ...lines,
    "Fix them in the environment or .env and start again (docs/deploy.md lists every variable).",
  ].join("\n");
}

/** The app's runtime settings from the checked environment. */
export function settingsOf(env: AppEnv): RuntimeSettings {
  return {
    retryDelaysMs: env.retryDelaysMs,
    recheckBoard: env.recheckBoard,
    dashboardIntervalMs: env.dashboardIntervalSeconds * 1000,
    ...(env.redisUrl === undefined ? {} : { redisUrl: env.redisUrl }),
    ...(env.leaseSeconds === undefined ? {} : { leaseMs: env.leaseSeconds * 1000 }),
  };
}

/**
 * Where a server without credentials (the setup flow) listens: `PORT` and `HOST`, checked as for
 * the app, so that `PORT=abc` stops it too instead of serving on 3000; and `SANDBOX_PORT`, the
 * sandbox's beside it (default `PORT` + 1), checked the same way.
 */
export function readListenEnv(
  env: NodeJS.ProcessEnv,
): { ok: true; port: number; host: string } | { ok: false; problems: string[] } {
  const port = wholeNumber(env, "PORT", 3000, 1, 65535);
  const sandboxPort = wholeNumber(env, "SANDBOX_PORT", 3001, 1, 65535);
  if (!port.ok || !sandboxPort.ok)
    return { ok: false, problems: [port, sandboxPort].flatMap((r) => (r.ok ? [] : [r.problem])) };
  return { ok: true, port: port.value, host: given(env, "HOST") ?? "localhost" };
}
