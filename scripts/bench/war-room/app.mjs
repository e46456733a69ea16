// The app as deployed for the war-room rows: `node lib/start.js` (built first, as `npm start` does),
// configured by environment only, JSON logs collected, signed webhooks POSTed over HTTP; and a
// throwaway `redis-server` on loopback for the two-replica row.
import { execFileSync, spawn } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "../load.mjs";

const SECRET = "war room secret";
const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PEM = privateKey.export({ type: "pkcs1", format: "pem" }).toString();

/** Builds lib/ once (what `npm start` runs). */
export function buildLib() {
  execFileSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
}

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `node lib/start.js` against the emulator; `env` adds to (or, with "", unsets) the defaults.
 * GitHub's write spacing is on unless `env.INCIDENT_WORKFLOW_WRITE_INTERVAL_MS` says otherwise.
 */
export async function startApp(emu, env = {}) {
  const port = await freePort();
  const full = {
    PATH: process.env.PATH ?? "",
    HOME: tmpdir(),
    APP_ID: String(emu.appId),
    PRIVATE_KEY: PEM,
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: new URL(emu.url).host,
    GHE_PROTOCOL: "http",
    HOST: "127.0.0.1",
    PORT: String(port),
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    LOG_FORMAT: "json",
    ...env,
  };
  for (const [k, v] of Object.entries(full)) if (v === "") delete full[k];
  const child = spawn(process.execPath, [join(root, "lib/start.js")], {
    cwd: mkdtempSync(join(tmpdir(), "iw-war-room-")),
    env: full,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => {
    output += c;
  });
  child.stderr.on("data", (c) => {
    output += c;
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); ; ) {
    if (
      await fetch(`${url}/ping`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (child.exitCode !== null || Date.now() - started > 30_000)
      throw new Error(`the app did not start:\n${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    output: () => output,
    /** POSTs a delivery as GitHub does; resolves with the status (0 when the app cannot be reached). */
    async post(hook) {
      const body = JSON.stringify(hook.payload);
      const signature = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
      try {
        const res = await fetch(`${url}/api/github/webhooks`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-github-event": hook.name,
            "x-github-delivery": hook.id,
            "x-hub-signature-256": signature,
          },
          body,
        });
        await res.text();
        return res.status;
      } catch {
        return 0;
      }
    },
    /** Sends `signal` and waits for the exit (SIGKILL after 60 s). */
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const bound = setTimeout(() => child.kill("SIGKILL"), 60_000);
      await exited;
      clearTimeout(bound);
    },
  };
}

/** A throwaway `redis-server` on loopback (no persistence); resolves once it answers PING. */
export async function startRedis() {
  const port = await freePort();
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const failed = new Promise((_, reject) => child.once("error", reject));
  const ping = () =>
    new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
      socket.once("data", (d) => {
        socket.destroy();
        resolve(String(d).startsWith("+PONG"));
      });
      socket.once("error", () => resolve(false));
    });
  for (const started = Date.now(); !(await Promise.race([ping(), failed])); ) {
    if (Date.now() - started > 10_000) throw new Error("redis-server did not answer PING");
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill() };
}
