// No default secret (issue 17): with APP_ID set but WEBHOOK_SECRET missing, Probot would check
// deliveries against its public default `development`. Both entries refuse instead: `npm start`
// (`node lib/start.js`) exits 1 before it listens, and the Lambda function (`lib/lambda.js`, loaded
// in its own process with that environment, as Lambda loads it) fails every invocation. A delivery
// signed with `development` reaches nothing: the emulator sees no request.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator, type Webhook } from "../../src/emulator/index.js";
import { PRIVATE_KEY } from "./probot-harness.js";
import { launchAppProcess, postDelivery, sign, WEBHOOK_PATH } from "./server-harness.js";

const root = join(import.meta.dirname, "../..");
const DEFAULT = "development";

let emu: Emulator;
let hook: Webhook;

beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER");
  hook = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] }).payloads[0]!;
});
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

/** The process's exit code once it exits; "still running" (and killed) when it has not within 10 s. */
function exitCode(child: ChildProcess): Promise<number | null | "still running"> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve("still running");
    }, 10_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe("npm start with APP_ID but no usable WEBHOOK_SECRET", () => {
  it.each([
    ["missing, outside production", { WEBHOOK_SECRET: "", NODE_ENV: "development" }],
    ["missing, in production", { WEBHOOK_SECRET: "" }],
    ["Probot's default `development`", { WEBHOOK_SECRET: DEFAULT, NODE_ENV: "development" }],
  ])("%s: exits 1 saying why, and a delivery signed with `development` is refused", async (_, env) => {
    const mark = emu.mark();
    const app = await launchAppProcess(emu, env);
    await app.waitFor(/cannot start|listening on http/);
    await expect(postDelivery(`${app.url}${WEBHOOK_PATH}`, hook, DEFAULT)).rejects.toThrow();
    expect(await exitCode(app.child)).toBe(1);
    expect(app.output()).toContain("Incident Workflow cannot start.");
    expect(app.output()).toContain("WEBHOOK_SECRET");
    expect(app.output()).toContain('"development"');
    expect(app.output()).not.toMatch(/listening on http|^\s+at /m);
    expect(emu.requestsSince(mark)).toEqual([]);
  });
});

/**
 * Loads `lib/lambda.js` in a process of its own with `env` (no WEBHOOK_SECRET), invokes `handler`
 * with `event` and then `sweep`, and reports how each invocation ended and what was logged.
 */
function invokeLambda(env: Record<string, string>, event: unknown) {
  const script = `
    const lambda = await import(${JSON.stringify(join(root, "lib/lambda.js"))});
    const outcome = async (call) => call().then((r) => ({ resolved: r }), (e) => ({ rejected: e.message }));
    const handler = await outcome(() => lambda.handler(JSON.parse(process.env.EVENT)));
    const sweep = await outcome(() => lambda.sweep());
    process.stdout.write("RESULT " + JSON.stringify({ handler, sweep }) + "\\n");
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env, EVENT: JSON.stringify(event) },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise<{ result: Record<string, { resolved?: unknown; rejected?: string }>; stderr: string }>(
    (resolve, reject) => {
      child.on("close", () => {
        const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
        if (line === undefined) reject(new Error(`no result:\n${stdout}\n${stderr}`));
        else resolve({ result: JSON.parse(line.slice("RESULT ".length)), stderr });
      });
    },
  );
}

describe("the Lambda function with APP_ID but no WEBHOOK_SECRET", () => {
  it("fails every invocation with the reason logged; a delivery signed with `development` does nothing", async () => {
    const mark = emu.mark();
    const body = JSON.stringify(hook.payload);
    const event = {
      httpMethod: "POST",
      path: WEBHOOK_PATH,
      headers: {
        "content-type": "application/json",
        "x-github-event": hook.name,
        "x-github-delivery": hook.id,
        "x-hub-signature-256": sign(body, DEFAULT),
      },
      body,
      isBase64Encoded: false,
    };
    const { result, stderr } = await invokeLambda(
      {
        APP_ID: String(emu.appId),
        PRIVATE_KEY,
        GHE_HOST: new URL(emu.url).host,
        GHE_PROTOCOL: "http",
        LOG_LEVEL: "fatal",
      },
      event,
    );
    const why = expect.stringContaining("Missing environment variables: WEBHOOK_SECRET.");
    expect(result).toEqual({ handler: { rejected: why }, sweep: { rejected: why } });
    expect(stderr.match(/Incident Workflow refuses to run: Missing environment variables/g)).toHaveLength(2);
    expect(stderr).toContain('default secret "development"');
    expect(emu.requestsSince(mark)).toEqual([]);
  });
});
