import { join } from "node:path";
import { WEBHOOK_PATH } from "../server.js";
import { webhookUrl } from "../webhook-url.js";
import { createProxyChannel, SMEE_NEW_CHANNEL } from "./channel.js";
import { updateEnvFile } from "./env-file.js";
import { readAppYml } from "./manifest.js";
import { type RunningSetup, startSetupServer } from "./server.js";

export interface SetupRun {
  env: NodeJS.ProcessEnv;
  port: number;
  host: string;
  /** Where `.env` is read and written (the working directory's). */
  envFile?: string;
  log?: (message: string) => void;
  /** The sandbox running beside the setup flow, linked from its page once it runs. */
  sandboxUrl?: () => string | undefined;
}

/**
 * `npm start` without credentials, outside production: the setup flow. When nothing says how
 * GitHub reaches this machine (no `WEBHOOK_PROXY_URL`, no `PUBLIC_URL`), a webhook proxy channel is
 * created first (smee.io, or `WEBHOOK_PROXY_NEW_CHANNEL_URL`; not with `NO_SMEE_SETUP=true`) and
 * saved to `.env` as `WEBHOOK_PROXY_URL`, so the app registered next delivers to it and the
 * restarted app forwards from it. If that fails the page says why the URL it shows cannot work.
 */
export async function runSetup(run: SetupRun): Promise<RunningSetup> {
  const { env } = run;
  const log = run.log ?? ((m: string) => console.log(m));
  const envFile = run.envFile ?? join(process.cwd(), ".env");
  let whyNoHookUrl: string | undefined;
  if (!env.WEBHOOK_PROXY_URL && !env.PUBLIC_URL && env.NO_SMEE_SETUP !== "true") {
    const from = env.WEBHOOK_PROXY_NEW_CHANNEL_URL || SMEE_NEW_CHANNEL;
    try {
      const channel = await createProxyChannel(from);
      updateEnvFile(envFile, { WEBHOOK_PROXY_URL: channel }, env);
      log(`Webhook proxy channel ${channel} created and saved to .env as WEBHOOK_PROXY_URL.`);
    } catch (error) {
      whyNoHookUrl = `Could not create a webhook proxy channel at ${from} (${error instanceof Error ? error.message : String(error)}).`;
      log(
        `${whyNoHookUrl} Set WEBHOOK_PROXY_URL (a channel from https://smee.io/new) or PUBLIC_URL and restart.`,
      );
    }
  }
  const setup = await startSetupServer({
    port: run.port,
    host: run.host,
    env,
    envFile,
    appYml: readAppYml(),
    hookUrl: webhookUrl(env),
    whyNoHookUrl,
    log,
    sandboxUrl: run.sandboxUrl,
  });
  log(
    `Setup: open ${setup.url.replace(/\/\/(127\.0\.0\.1|\[::1\]|0\.0\.0\.0|\[::\])/, "//localhost")}/probot`,
  );
  log(`(webhooks will go to ${webhookUrl(env) ?? `this server's ${env.WEBHOOK_PATH || WEBHOOK_PATH}`})`);
  return setup;
}
