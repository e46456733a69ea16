// The app as `npm start` runs it: `node lib/start.js` (lib/ built by test/global-setup.ts, as
// `npm start` builds it first) in its own process, configured by environment variables only, talking
// to the emulator as GitHub Enterprise Server (GHE_HOST), receiving signed webhook POSTs over HTTP.
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Emulator, Webhook } from "../../src/emulator/index.js";
import { PRIVATE_KEY } from "./probot-harness.js";

const root = join(import.meta.dirname, "../..");
export const SECRET = "it's a secret to everybody";
export const WEBHOOK_PATH = "/api/github/webhooks";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

export const sign = (body: string, secret = SECRET) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

/** POSTs a delivery as GitHub does: raw JSON body, event/delivery headers, HMAC signature. */
export async function postDelivery(
  url: string,
  hook: { id: string; name: string; payload: unknown },
  secret = SECRET,
): Promise<{ status: number; text: string }> {
  const body = JSON.stringify(hook.payload);
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/044aadd",
      "x-github-event": hook.name,
      "x-github-delivery": hook.id,
      "x-github-hook-id": "1",
      "x-hub-signature-256": sign(body, secret),
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves when the output matches. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  post(hook: Webhook, secret?: string): Promise<{ status: number; text: string }>;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `node lib/start.js` against the emulator; resolves once it listens. */
export async function startAppProcess(emu: Emulator, env: Record<string, string> = {}): Promise<AppProcess> {
  const app = await launchAppProcess(emu, env);
  await app.waitFor(/listening on http/);
  return app;
}

/**
 * Launches `node lib/start.js` against the emulator and resolves at once, whether it will listen
 * or not (a test of a refusal to start waits for its exit with `stop`).
 */
export async function launchAppProcess(emu: Emulator, env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "lib/start.js")], {
    cwd: mkdtempSync(join(tmpdir(), "iw-app-")),
    env: {
      PATH: process.env.PATH ?? "",
      HOME: tmpdir(),
      APP_ID: String(emu.appId),
      PRIVATE_KEY,
      WEBHOOK_SECRET: SECRET,
      GHE_HOST: new URL(emu.url).host,
      GHE_PROTOCOL: "http",
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      NODE_ENV: "production",
      // GitHub's write spacing (1 s, 3 s for comments) would make a load test take an hour.
      INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "0",
      INCIDENT_WORKFLOW_RETRY_DELAYS_MS: "200,500",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const l of listeners) l();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = (pattern: RegExp, ms = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(output)) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`timed out waiting for ${pattern}; output:\n${output.slice(-3000)}`));
      }, ms);
      listeners.add(check);
      void exited.then(() => setTimeout(check, 10));
      check();
    });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    child,
    output: () => output,
    waitFor,
    post: (hook, secret = SECRET) => postDelivery(`${url}${WEBHOOK_PATH}`, hook, secret),
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 40_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Polls until `done` holds (the app answers 202 before its work is done). */
export async function eventually<T>(read: () => T, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  let value = read();
  while (!done(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 25));
    value = read();
  }
  return value;
}
