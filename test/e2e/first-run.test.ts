// The first run, as a new user meets it (issue 21, item 6): `node lib/start.js` (what `npm start`
// runs) with only the credentials set — no LOG_LEVEL, no LOG_FORMAT — prints its start-up, the
// webhook URL, one line per delivery, a failed start-up sweep as one line, and its shutdown; a bad
// value stops it before it starts, with every problem named at once and no request made.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { PRIVATE_KEY } from "./probot-harness.js";
import { freePort, postDelivery, SECRET } from "./server-harness.js";

const root = join(import.meta.dirname, "../..");
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER");
});
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

interface Run {
  child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp): Promise<void>;
  exited: Promise<number | null>;
}

/** `node lib/start.js` with exactly `env` (plus PATH and HOME), from an empty directory. */
function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [join(root, "lib/start.js")], {
    cwd: mkdtempSync(join(tmpdir(), "iw-first-")),
    env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const waitFor = async (pattern: RegExp) => {
    const until = Date.now() + 20_000;
    while (!pattern.test(output)) {
      if (Date.now() > until || child.exitCode !== null)
        throw new Error(`no ${pattern} in the output:\n${output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return { child, output: () => output, waitFor, exited };
}

/** Resolves once `url` answers 200 (the server is up and its signal handlers installed). */
async function answering(url: string): Promise<void> {
  for (let tries = 0; tries < 400; tries++) {
    const ok = await fetch(url).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} never answered`);
}

const credentials = () => ({
  APP_ID: String(emu.appId),
  PRIVATE_KEY,
  WEBHOOK_SECRET: SECRET,
  GHE_HOST: new URL(emu.url).host,
  GHE_PROTOCOL: "http",
  HOST: "127.0.0.1",
  INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "0",
});

describe("a configured server at the default log level", () => {
  it("prints start-up, the webhook URL, the sweep, each delivery's outcome and the shutdown", async () => {
    const port = await freePort();
    const app = run({ ...credentials(), PORT: String(port), PUBLIC_URL: "https://incidents.example.com" });
    await app.waitFor(/sweep: \d+ repositories/);
    expect(app.output()).toContain(`Incident Workflow listening on http://127.0.0.1:${port}`);
    expect(app.output()).toContain(
      "GitHub App webhook URL: https://incidents.example.com/api/github/webhooks",
    );
    const hook = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] }).payloads[0]!;
    const answer = await postDelivery(`http://127.0.0.1:${port}/api/github/webhooks`, hook);
    expect(answer.status).toBe(202);
    await app.waitFor(/issues\.opened acme\/web#\d+: done \(\d+ ms\)/);
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain("SIGTERM: no new deliveries; finishing accepted work (at most 8 s)");
    expect(app.output()).toContain("all accepted work finished");
    expect(app.output()).not.toMatch(/^\s+at /m);
  });

  it("LOG_LEVEL=warn still hides them, as asked", async () => {
    const port = await freePort();
    const app = run({ ...credentials(), PORT: String(port), LOG_LEVEL: "warn" });
    await answering(`http://127.0.0.1:${port}/ping`);
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output()).not.toContain("listening on");
  });

  it("a start-up sweep GitHub refuses is one error line, no stack trace; the server keeps serving", async () => {
    const port = await freePort();
    // A GitHub that cannot verify the App's JWT (a key of another app): 401, which is not retried.
    const refusing = createServer((_req, res) => {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "A JSON web token could not be decoded", status: "401" }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    const { port: githubPort } = refusing.address() as AddressInfo;
    const app = run({ ...credentials(), GHE_HOST: `127.0.0.1:${githubPort}`, PORT: String(port) });
    await app.waitFor(/sweep failed: .*\n/);
    await answering(`http://127.0.0.1:${port}/ping`);
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    const failed = app
      .output()
      .split("\n")
      .filter((line) => line.includes("sweep"));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/ERROR.*sweep failed: GET [^ ]+\/app\/installations → 401: /);
    expect(app.output()).not.toMatch(/^\s+at /m);
    expect(app.output()).not.toMatch(/^\s*[{}]/m);
    refusing.close();
  });

  it("INCIDENT_WORKFLOW_SWEEP=false turns the sweep off: no request at start-up", async () => {
    const mark = emu.mark();
    const app = run({ ...credentials(), PORT: String(await freePort()), INCIDENT_WORKFLOW_SWEEP: "false" });
    await app.waitFor(/sweep off/);
    await new Promise((r) => setTimeout(r, 500));
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(emu.requestsSince(mark)).toEqual([]);
  });
});

describe("a bad environment", () => {
  it("exits 1 before listening, naming every bad variable and what was found; no request", async () => {
    const mark = emu.mark();
    const keyFile = join(mkdtempSync(join(tmpdir(), "iw-key-")), "app.pem");
    writeFileSync(keyFile, "not a key");
    const app = run({
      ...credentials(),
      PRIVATE_KEY: "",
      PRIVATE_KEY_PATH: keyFile,
      APP_ID: "abc",
      PORT: "abc",
      INCIDENT_WORKFLOW_SWEEP_INTERVAL_SECONDS: "abc",
      INCIDENT_WORKFLOW_RETRY_DELAYS_MS: "foo",
    });
    expect(await app.exited).toBe(1);
    const out = app.output();
    expect(out).toContain("Incident Workflow cannot start. 5 settings are wrong:");
    expect(out).toContain('APP_ID must be a whole number 1 or more; found "abc"');
    expect(out).toContain(`PRIVATE_KEY_PATH (${keyFile}) must hold the GitHub App's private key`);
    expect(out).toContain('PORT must be a whole number from 1 to 65535; found "abc"');
    expect(out).toContain(
      'INCIDENT_WORKFLOW_SWEEP_INTERVAL_SECONDS must be a number of seconds, more than 0; found "abc"',
    );
    expect(out).toContain("INCIDENT_WORKFLOW_RETRY_DELAYS_MS must be whole numbers of milliseconds");
    expect(out).not.toMatch(/listening on|option is required|^\s+at /m);
    expect(emu.requestsSince(mark)).toEqual([]);
  });

  it("without credentials (the setup flow), PORT=abc stops it too, instead of serving on 3000", async () => {
    const app = run({ PORT: "abc", SANDBOX_PORT: "3001x", NO_SMEE_SETUP: "true" });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('PORT must be a whole number from 1 to 65535; found "abc"');
    // The sandbox's port beside it too (it was Node's RangeError after the setup page had started).
    expect(app.output()).toContain('SANDBOX_PORT must be a whole number from 1 to 65535; found "3001x"');
    expect(app.output()).not.toMatch(/Setup: open|^\s+at /m);
  });
});
