/**
 * The sandbox's engine room: the GitHub stand-in (src/emulator) with one repository, and the real
 * app (the same Probot app function, Octokit and HTTP server as `npm start`) wired to it over
 * loopback HTTP: a freshly generated App key, the emulator as the API base URL, and every delivery
 * POSTed signed to the app's webhook endpoint. Nothing listens beyond 127.0.0.1.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { basename } from "node:path";
import { Probot } from "probot";
import { octokitFromEnv } from "../app/octokit.js";
import { runtimeOf, settingsFromEnv } from "../app/runtime.js";
import { startServer, WEBHOOK_PATH } from "../app/server.js";
import { type Emulator, startEmulator } from "../emulator/index.js";
import type { EngineDeps } from "../handlers/types.js";
import { appDeps, createIncidentWorkflow } from "../probot.js";
import { perform, type SandboxAction } from "./actions.js";
import { createDeliverer, type Deliverer } from "./deliver.js";
import { PEOPLE } from "./people.js";
import { readRepoFiles } from "./repo-files.js";

export interface SandboxOptions {
  /** The directory whose `.github/` (and templates) the emulated repository starts with. */
  dir: string;
  /** GitHub's write spacing (1 s between writes, 3 s between comments) instead of none. */
  spacing?: boolean;
  /** Probot's log level (default `warn`). */
  logLevel?: string;
}

export interface Sandbox {
  emu: Emulator;
  deliver: Deliverer;
  /** Whether the directory had a `.github/incidents.yml`. */
  hasConfig: boolean;
  /** The app's webhook endpoint on loopback. */
  webhookUrl: string;
  /** Does what a person does on GitHub and delivers its webhooks; resolves once they are answered. */
  act(action: SandboxAction): Promise<{ issue: number }>;
  /** Grows whenever something happens: a person's action, a delivery answered, a write of the app. */
  version(): number;
  /** The engine's dependencies as the app builds them for this repository (its config loader, ports). */
  deps(): Promise<EngineDeps>;
  /** Resolves once the app has no work queued or running. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** A repository name GitHub accepts, from the directory's name. */
function repoName(dir: string): string {
  const name = [...basename(dir)].map((c) => (/[A-Za-z0-9._-]/.test(c) ? c : "-")).join("");
  return name === "" || name === "." || name === ".." ? "service" : name.slice(0, 100);
}

export async function bootSandbox(options: SandboxOptions): Promise<Sandbox> {
  const { files, hasConfig } = readRepoFiles(options.dir);
  const emu = await startEmulator({ owner: "sandbox", repo: repoName(options.dir), files });
  for (const person of PEOPLE) {
    emu.setAssociation(person.login, person.association);
    emu.setPermission(person.login, person.permission);
  }
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const secret = randomBytes(24).toString("hex");
  // The app's own settings, as `npm start` reads them; never the caller's Redis or credentials.
  const env: NodeJS.ProcessEnv = {
    INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: options.spacing ? "1000" : "0",
    INCIDENT_WORKFLOW_DASHBOARD_INTERVAL_SECONDS: options.spacing ? "60" : "0",
    INCIDENT_WORKFLOW_RETRY_DELAYS_MS: "500,2000",
  };
  const probot = new Probot({
    appId: emu.appId,
    privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
    secret,
    baseUrl: emu.url,
    logLevel: (options.logLevel ?? "warn") as "warn",
    Octokit: octokitFromEnv(env),
  });
  await probot.load(createIncidentWorkflow(settingsFromEnv(env)));
  const runtime = runtimeOf(probot);
  if (runtime === undefined) throw new Error("the app did not register its runtime");
  const server = await startServer({ probot, port: 0, host: "127.0.0.1" });
  const webhookUrl = `${server.url}${WEBHOOK_PATH}`;
  const deliver = createDeliverer(webhookUrl, secret);
  const settled = async () => {
    await deliver.sent();
    while (server.inFlight() > 0) await new Promise((r) => setTimeout(r, 10));
    await runtime.queue.idle();
  };
  // Installed on the repository: the app creates its labels, as on GitHub, before anyone acts.
  await deliver.send(emu.installationEvent("created"));
  await settled();
  let acted = 0;
  let installation: unknown;
  const repo = { owner: emu.owner, repo: emu.name, defaultBranch: "main" };
  return {
    emu,
    deliver,
    hasConfig,
    webhookUrl,
    async act(action) {
      const { issue, deliveries } = perform(emu, action);
      acted += 1;
      for (const hook of deliveries) void deliver.send(hook);
      await deliver.sent();
      return { issue };
    },
    // The app's writes count, not reads (the pages' own reads must not look like news).
    version: () =>
      acted +
      deliver.count() +
      emu.requests.filter((r) => r.method !== "GET" && !r.path.startsWith("/app/")).length,
    async deps() {
      installation ??= await probot.auth(emu.installationId);
      return appDeps(probot, installation, repo, emu.installationId);
    },
    settled,
    async close() {
      await server.stopAccepting();
      runtime.pace.close();
      await runtime.queue.drain(2000);
      await emu.close();
    },
  };
}
