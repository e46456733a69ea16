import { generateKeyPairSync } from "node:crypto";
import { type ApplicationFunction, Probot, ProbotOctokit } from "probot";
import { incidentOctokit } from "../../src/app/octokit.js";
import { settingsFromEnv } from "../../src/app/runtime.js";
import type { Emulator, RecordedRequest, Webhook } from "../../src/emulator/index.js";
import app from "../../src/index.js";
import { createIncidentWorkflow } from "../../src/probot.js";
import { CONFIG_READ, isDashboardRequest } from "../helpers/requests.js";

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

// A failed run is retried by the app's work queue after these pauses (2 s, 10 s, 30 s by default).
process.env.INCIDENT_WORKFLOW_RETRY_DELAYS_MS ??= "50";
// The dashboard is written at most once a minute per repository; these tests read it right after
// each delivery, so every refresh goes at once here (test/e2e/dashboard-pace.test.ts paces it).
process.env.INCIDENT_WORKFLOW_DASHBOARD_INTERVAL_SECONDS ??= "0";
export const PRIVATE_KEY = privateKey.export({ type: "pkcs1", format: "pem" }).toString();

/**
 * A real Probot whose Octokit talks to the emulator: write spacing and retries off, unless
 * `resilient` uses the app's Octokit as `npm start` does (Probot's retry and throttling plugins
 * plus the resilience plugin), with GitHub's write spacing off.
 */
export function probotFor(emu: Emulator, options: { secret?: string; resilient?: boolean } = {}): Probot {
  return new Probot({
    appId: emu.appId,
    privateKey: PRIVATE_KEY,
    baseUrl: emu.url,
    logLevel: "fatal",
    ...(options.secret ? { secret: options.secret } : {}),
    // A defaults function runs after Probot's own options, so it can turn the write spacing
    // (1 s between writes, right for GitHub) and retries off for a loopback emulator.
    Octokit: options.resilient
      ? incidentOctokit(0)
      : ProbotOctokit.defaults((o: object) => ({
          ...o,
          retry: { enabled: false },
          throttle: { enabled: false },
        })),
  });
}

/**
 * The real app loaded into a real Probot whose Octokit talks to the emulator. `app` replaces the
 * statically imported app function, e.g. with a freshly imported module graph for a "replica".
 */
export async function startApp(
  emu: Emulator,
  options: { secret?: string; resilient?: boolean; app?: ApplicationFunction; now?: () => Date } = {},
) {
  const probot = probotFor(emu, options);
  const clocked = options.now ? createIncidentWorkflow({ ...settingsFromEnv(), now: options.now }) : app;
  await probot.load(options.app ?? clocked);
  const deliver = (hook: Webhook) =>
    probot.receive({ id: hook.id, name: hook.name, payload: hook.payload } as never);
  return { probot, deliver };
}

/**
 * Requests that count against an event's budget: not config reads, not the installation token, not
 * the one-time question of who the tool is (`GET /app` once per process; GraphQL `viewer` per Action
 * run), not the dashboard's refresh (counted on its own by `dashboardWork`).
 */
export function work(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (r) =>
      !CONFIG_READ.test(r.path) &&
      !r.path.startsWith("/app/installations/") &&
      r.path !== "/app" &&
      r.path !== "/graphql" &&
      !isDashboardRequest(r),
  );
}

export const dashboardWork = (requests: readonly RecordedRequest[]) => requests.filter(isDashboardRequest);
export { isDashboardRequest };

export const writes = (requests: readonly RecordedRequest[]) => requests.filter((r) => r.method !== "GET");

export function boards(emu: Emulator, n: number) {
  return emu
    .comments(n)
    .filter(
      (c) =>
        (c.user as { type?: string } | null)?.type === "Bot" &&
        String(c.body).startsWith("<!-- incident-workflow:board -->"),
    );
}

export const describeRequests = (requests: readonly RecordedRequest[]) =>
  requests.map((r) => `${r.method} ${decodeURIComponent(r.path)}`);
