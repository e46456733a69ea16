import { readFileSync } from "node:fs";
import { createProbot } from "probot";
import { type Adopter, startAdopting } from "./app/adopt-orphans.js";
import { alertSecretsFromEnv } from "./app/alert-auth.js";
import { missingCredentials } from "./app/credentials.js";
import { type AppEnv, describeEnvProblems, readAppEnv, readListenEnv, settingsOf } from "./app/env.js";
import { octokitFromEnv } from "./app/octokit.js";
import { runtimeOf } from "./app/runtime.js";
import { startServer } from "./app/server.js";
import { runSetup } from "./app/setup/index.js";
import { type Sweeper, startSweeps } from "./app/sweeper.js";
import { startWebhookProxy, type WebhookProxy } from "./app/webhook-proxy.js";
import { webhookUrl } from "./app/webhook-url.js";
import { createIncidentWorkflow } from "./probot.js";

const seconds = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
};

async function setup(missing: string[]): Promise<void> {
  const port = process.env.PORT ?? "3000";
  const lines = [
    "",
    "Incident Workflow is not connected to a GitHub App yet.",
    `Missing environment variables: ${missing.join(", ")}.`,
    "",
    `To register one, open http://localhost:${port} now: the setup page creates a GitHub App from app.yml\n` +
      "(issues, pull requests and contents: write; metadata: read), saves its credentials to .env,\n" +
      "asks which repositories to install it on, and stops. Then run `npm start` again.\n" +
      "Already have an app? Put APP_ID, PRIVATE_KEY and WEBHOOK_SECRET in .env (see .env.example).",
    "",
  ];
  console.error(lines.join("\n"));
  let sandboxUrl: string | undefined;
  const running = await runSetup({
    env: process.env,
    port: seconds(process.env.PORT, 3000),
    host: process.env.HOST || "localhost",
    sandboxUrl: () => sandboxUrl,
  });
  // Beside the setup flow, the sandbox (src/sandbox/): the real app on an in-memory GitHub stand-in.
  const { startSandboxBeside } = await import("./sandbox/beside.js");
  const sandbox = await startSandboxBeside({ env: process.env, setupUrl: `http://localhost:${port}/probot` });
  sandboxUrl = sandbox?.web.url;
  // Credentials saved, the server stopped (it said what to do next): nothing is left to run.
  await running.finished;
  process.exit(0);
}

async function serve(env: AppEnv): Promise<void> {
  const probot = createProbot({
    overrides: {
      Octokit: octokitFromEnv(process.env),
      appId: env.appId,
      privateKey: env.privateKey,
      secret: env.webhookSecret,
      logLevel: env.logLevel,
      logFormat: env.logFormat,
      webhookPath: env.webhookPath,
    },
  });
  await probot.load(createIncidentWorkflow(settingsOf(env)));
  const runtime = runtimeOf(probot);
  if (runtime === undefined) throw new Error("the app did not register its runtime");
  const server = await startServer({
    probot,
    port: env.port,
    host: env.host,
    webhookPath: env.webhookPath,
    alerts: alertSecretsFromEnv(process.env),
  });
  probot.log.info(`Incident Workflow listening on ${server.url}`);
  const hook = webhookUrl(process.env);
  const path = env.webhookPath;
  probot.log.info(
    hook === undefined
      ? `GitHub App webhook URL: <this server's public address>${path} (set PUBLIC_URL to show it here)`
      : `GitHub App webhook URL: ${hook}`,
  );
  let proxy: WebhookProxy | undefined;
  if (env.webhookProxyUrl !== undefined && hook !== undefined) {
    const local = new URL(server.url);
    if (local.hostname === "0.0.0.0") local.hostname = "127.0.0.1";
    if (local.hostname === "[::]") local.hostname = "[::1]";
    proxy = await startWebhookProxy(hook, `${local.origin}${path}`, probot.log);
  }
  let sweeper: Sweeper | undefined;
  if (env.sweep) sweeper = startSweeps(probot, env.sweepIntervalSeconds * 1000);
  else probot.log.info("sweep off (INCIDENT_WORKFLOW_SWEEP)");
  // With Redis: finish what a killed replica had accepted, once its lease has expired.
  const adopter: Adopter | undefined =
    runtime.pending === undefined
      ? undefined
      : startAdopting(probot, runtime.pending, 1000, runtime.settings.leaseMs ?? 3000);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const bound = env.shutdownTimeoutSeconds * 1000;
    probot.log.info(`${signal}: no new deliveries; finishing accepted work (at most ${bound / 1000} s)`);
    sweeper?.stop();
    adopter?.stop();
    await proxy?.stop();
    await server.stopAccepting();
    runtime.pace.close(); // a dashboard refresh waiting for its turn is not written now (below)
    const left = await runtime.queue.drain(bound);
    const dashboards = runtime.pace.unwritten().map((key) => key.replace(/#dashboard$/, ""));
    if (dashboards.length > 0)
      probot.log.warn(
        `dashboard refresh pending for ${dashboards.join(", ")}, not written; the next start-up sweep writes it`,
      );
    if (left.length > 0) {
      probot.log.warn(
        `stopped with ${left.length} incidents unfinished (${left.join(", ")}); the next start-up sweep repairs them`,
      );
    } else probot.log.info("all accepted work finished");
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

/**
 * `npm start`: runs the app. Without credentials (no `APP_ID`) it says plainly what is missing and,
 * outside production, starts the setup flow (src/app/setup/), which registers the GitHub App from
 * `app.yml` and saves them to `.env`. With `APP_ID` but another credential missing (above all
 * `WEBHOOK_SECRET`, without which Probot would accept deliveries signed with its public default),
 * or in production without credentials, it refuses to start: the message, exit code 1.
 * Every variable is checked first (`src/app/env.ts`): a bad value stops it, each problem naming its
 * variable (`PORT` and `HOST` for the setup flow too), exit code 1.
 * With them: the app's own server (webhooks answered at once, `/ping`), the webhook proxy when
 * `WEBHOOK_PROXY_URL` names one, a sweep at start-up and on an interval, and a bounded drain of
 * accepted work on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  try {
    process.loadEnvFile(".env");
  } catch (error) {
    // No .env yet: the setup flow below writes one. Any other failure (unreadable) is reported.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (process.env.INCIDENT_WORKFLOW_SANDBOX === "1") {
    const { startSandboxBeside } = await import("./sandbox/beside.js");
    if ((await startSandboxBeside({ env: process.env })) === undefined) process.exit(1);
    return;
  }
  if (!process.env.APP_ID && process.env.NODE_ENV !== "production") {
    const listen = readListenEnv(process.env);
    if (!listen.ok) {
      console.error(`\n${describeEnvProblems(listen.problems)}\n`);
      process.exit(1);
    }
    return setup(missingCredentials(process.env));
  }
  const checked = readAppEnv(process.env, (path) => readFileSync(path, "utf8"));
  if (!checked.ok) {
    console.error(`\n${describeEnvProblems(checked.problems)}\n`);
    process.exit(1);
  }
  await serve(checked.env);
}

main().catch((error: unknown) => {
  console.error(
    `Incident Workflow could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
