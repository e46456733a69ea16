// What the image does, without a Docker engine: the Dockerfile's build stage (its COPYs, then its
// `npm run build`) and its runtime stage (its COPYs, ENV and CMD) are laid out in temporary
// directories and run. `npm ci` is replaced by a link to this checkout's node_modules
// (dockerfile.test.ts checks that the app needs only production dependencies).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copiesOf, envOf, execForm, parseDockerfile, type Stage, stages } from "./dockerfile.js";

const root = join(import.meta.dirname, "..", "..");
const all = stages(parseDockerfile(readFileSync(join(root, "Dockerfile"), "utf8")));
const buildStage = all[0] as Stage;
const runtime = all.at(-1) as Stage;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

/**
 * Lays out a stage's COPYs in `dir` (its WORKDIR, /app), as Docker would: a destination ending in
 * `/` receives each source by name; `--from=<stage>` reads that stage's /app from `stageDirs`.
 */
function copyInto(dir: string, stage: Stage, stageDirs: Record<string, string>): void {
  for (const copy of copiesOf(stage)) {
    const base = copy.from === undefined ? root : stageDirs[copy.from];
    if (base === undefined) throw new Error(`COPY --from=${copy.from}: unknown stage`);
    for (const source of copy.sources) {
      const from = join(base, copy.from === undefined ? source : source.replace(/^\/app\/?/, ""));
      const name = source.split("/").pop() ?? "";
      const target = copy.dest.endsWith("/") ? join(dir, copy.dest, name) : join(dir, copy.dest);
      mkdirSync(dirname(target), { recursive: true });
      cpSync(from, target, { recursive: true });
    }
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
}

const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) => {
    const started = performance.now();
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", (code, sig) => {
      clearTimeout(timer);
      resolve({ code, signal: sig, ms: performance.now() - started });
    });
    child.kill(signal);
  });

describe("the image's command (node lib/start.js with the Dockerfile's ENV)", () => {
  const work = mkdtempSync(join(tmpdir(), "iw-image-"));
  let child: ChildProcess;
  let port = 0;
  let output = "";

  beforeAll(async () => {
    const build = join(work, "build");
    const app = join(work, "app");
    copyInto(build, buildStage, {});
    execFileSync("npm", ["run", "build"], { cwd: build, stdio: "pipe" });
    copyInto(app, runtime, { [buildStage.name ?? "0"]: build });

    port = await freePort();
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs1", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    const [command = "", ...args] = execForm(
      runtime.instructions.find((i) => i.keyword === "CMD")?.args ?? "[]",
    );
    child = spawn(command === "node" ? process.execPath : command, args, {
      cwd: app,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: work,
        ...envOf(runtime),
        PORT: String(port),
        APP_ID: "12345",
        PRIVATE_KEY: privateKey,
        WEBHOOK_SECRET: "image-test-secret",
        // Nothing may reach GitHub: a closed local port; and no start-up sweep where one exists.
        GHE_HOST: "127.0.0.1:9",
        INCIDENT_WORKFLOW_SWEEP: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (c: Buffer) => {
      output += c.toString();
    });
    child.stderr?.on("data", (c: Buffer) => {
      output += c.toString();
    });
  }, 120_000);

  afterAll(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(work, { recursive: true, force: true });
  });

  async function ping(host: string): Promise<{ status: number; body: string }> {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(`http://${host}:${port}/ping`);
        return { status: res.status, body: await res.text() };
      } catch (error) {
        if (attempt >= 100 || child.exitCode !== null) throw new Error(`${error}\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  it("answers GET /ping with 200 PONG on every interface (HOST=0.0.0.0), not only 127.0.0.1", async () => {
    expect(await ping("127.0.0.1")).toEqual({ status: 200, body: "PONG" });
    // 127.0.0.2 is loopback too, but a server bound to 127.0.0.1 alone refuses it.
    expect(await ping("127.0.0.2")).toEqual({ status: 200, body: "PONG" });
  });

  let stopped: { code: number | null; signal: NodeJS.Signals | null; ms: number } | undefined;

  it("stops within a few seconds of SIGTERM", async () => {
    stopped = await stop(child, "SIGTERM");
    expect(stopped.ms).toBeLessThan(5_000);
  });

  // The server drains accepted work and exits 0 (no `docker run --init` needed).
  it("exits 0 on SIGTERM", () => {
    expect(stopped).toMatchObject({ code: 0, signal: null });
  });
});
