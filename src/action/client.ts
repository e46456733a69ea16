/**
 * The Action's connection to GitHub, loaded by the entry (`main.ts`) once an event needs the engine,
 * before the engine's handlers (`run.ts`): an Octokit for the workflow's token that honours
 * `GITHUB_API_URL` (GitHub Enterprise Server, the test emulator) and the runner's proxy settings,
 * the ports over it, and the reads a run makes first, started while the handlers load.
 */
import { getProxyUrl } from "@actions/http-client/lib/proxy.js";
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import type { TimelineEvent } from "../core/events.js";
import { trimEndOf } from "../core/text/scan.js";
import { toIssueSnapshot, toPerson } from "../github/from-github.js";
import { httpFetch } from "../github/http-fetch.js";
import { tokenIdentity } from "../github/identity.js";
import { type LightRetryOptions, lightRetry } from "../github/light-retry.js";
import { createConfigLoader } from "../github/load-config.js";
import { createPorts } from "../github/octokit-ports.js";
import { outboundHttp } from "../github/outbound.js";
import type { Ports } from "../github/ports.js";
import { DO_NOT_RETRY, resilience } from "../github/resilience.js";
import { withChannelVariables } from "../handlers/channel-variables.js";
import { readsEarly } from "../handlers/early-reads.js";
import type { EngineDeps, Logger } from "../handlers/types.js";
import type { EngineClient, RunRepo } from "./execute.js";
import type { ActionInputs } from "./inputs.js";
import { escapeData, writeStdout } from "./runner.js";

type Fetch = typeof globalThis.fetch;

/**
 * `node:http` (see `httpFetch`: Node's undici `fetch` costs ~100 ms before its first request),
 * unless the runner asks for a proxy for this URL (`https_proxy`/`http_proxy`, `no_proxy`, as
 * `@actions/http-client` reads them): then `@actions/github`'s proxy-aware fetch (undici with a
 * proxy dispatcher), loaded only in that case.
 */
function fetchFor(baseUrl: string): Fetch {
  if (getProxyUrl(new URL(baseUrl)) === undefined) return httpFetch as unknown as Fetch;
  let proxied: Promise<Fetch> | undefined;
  return async (url, init) => {
    proxied ??= import("./proxy-fetch.js").then((m) => m.proxyFetch);
    return (await proxied)(url, init);
  };
}

/** `@actions/github`'s user agent addition: the run's orchestration id, when the runner gives one. */
function userAgent(env: NodeJS.ProcessEnv): string {
  const base = "incident-workflow-action";
  const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `${base} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, "_")}` : base;
}

/**
 * The workflow token's Octokit with the same resilience as the app's: GitHub's rate limits
 * honoured (`retry-after`, primary reset), 5xx retried, a time limit per attempt (`lightRetry`
 * and `resilience`, no Bottleneck). Creates are never retried blindly (see `createOnce` in
 * src/github/requester.ts).
 */
export function octokitFor(token: string, env: NodeJS.ProcessEnv = process.env) {
  const baseUrl = trimEndOf(env.GITHUB_API_URL || "https://api.github.com", "/");
  const warn = (message: string) => writeStdout(`::warning::${escapeData(message)}\n`);
  const ActionOctokit = Octokit.plugin(paginateRest, lightRetry as never, resilience as never);
  return new ActionOctokit({
    auth: `token ${token}`,
    baseUrl,
    userAgent: userAgent(env),
    request: { fetch: fetchFor(baseUrl) },
    log: { debug: () => {}, info: () => {}, warn, error: warn },
    // One event per run makes a handful of writes: they are not spaced (GitHub's 1 s advice is for
    // bulk writes) unless INCIDENT_WORKFLOW_WRITE_INTERVAL_MS asks for it; rate limits are honoured.
    retry: {
      doNotRetry: DO_NOT_RETRY,
      writeIntervalMs: Number(env.INCIDENT_WORKFLOW_WRITE_INTERVAL_MS) || 0,
    } satisfies LightRetryOptions,
  } as never);
}

/** Ports whose next timeline read of an issue can be started ahead (`early`), and then answered by it once. */
function withEarlyTimeline(ports: Ports): { ports: Ports; early(issue: number): void } {
  const started = new Map<number, Promise<TimelineEvent[]>>();
  return {
    ports: {
      ...ports,
      readTimeline(issue) {
        const read = started.get(issue);
        started.delete(issue);
        return read ?? ports.readTimeline(issue);
      },
    },
    early(issue) {
      if (started.has(issue)) return;
      const read = ports.readTimeline(issue);
      // A rejection surfaces when the run asks for the history (or never, if it does not).
      read.catch(() => {});
      started.set(issue, read);
    },
  };
}

const early = new WeakMap<EngineDeps, (issue: number) => void>();

/** The step's environment (`env:`): where chat channels' variables are read. */
const env = (name: string): string | undefined => process.env[name];

export const client: EngineClient = {
  connect(inputs: ActionInputs, repo: RunRepo, logger: Logger): EngineDeps {
    const octokit = octokitFor(inputs.githubToken) as never;
    const self = tokenIdentity(octokit);
    const timeline = withEarlyTimeline(createPorts(octokit, repo, { self }));
    const deps: EngineDeps = {
      ports: timeline.ports,
      loadConfig: withChannelVariables(
        createConfigLoader(octokit, { owner: repo.owner, repo: repo.repo }, inputs.configPath),
        env,
      ),
      chat: { env, http: outboundHttp },
      now: () => new Date(),
      self,
      log: logger,
      configPath: inputs.configPath,
    };
    early.set(deps, timeline.early);
    return deps;
  },
  /**
   * An issue event on an issue that carries the built-in incident label: the config, the token's
   * identity and the issue's history are read now, while the handlers load (`handleWebhook` reads
   * them first, and is answered by these reads). From a bot, only the identity: the event may be
   * the tool's own, which `handleWebhook` ignores without reading anything else.
   */
  readEarly(payload, deps) {
    const { issue, sender } = payload as { issue?: unknown; sender?: unknown };
    if (issue === null || typeof issue !== "object") return;
    const bot = toPerson(sender).isBot;
    const snapshot = toIssueSnapshot(issue);
    const incident = !bot && readsEarly(snapshot.labels);
    if (bot || incident) deps.self().catch(() => {});
    if (!incident) return;
    deps.loadConfig().catch(() => {});
    early.get(deps)?.(snapshot.number);
  },
};
