// The sandbox's command line as `npm run sandbox` runs it (the built lib/sandbox/main.js), and
// `npm start` with credentials and INCIDENT_WORKFLOW_SANDBOX=1.
import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../e2e/server-harness.js";

const root = join(import.meta.dirname, "../..");

function run(entry: string, args: string[], env: Record<string, string>, until?: string) {
  const child = spawn(process.execPath, [join(root, entry), ...args], {
    cwd: mkdtempSync(join(tmpdir(), "iw-sandbox-cli-")),
    env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), NO_SMEE_SETUP: "true", ...env },
  });
  let output = "";
  return new Promise<{ output: string; code: number | null }>((resolve) => {
    const timer = setTimeout(() => child.kill(), 60_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (until !== undefined && output.includes(until)) child.kill();
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ output, code });
    });
  });
}

describe("npm run sandbox", () => {
  it("refuses a bad scenario before starting anything: exit 2, every problem named, no stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "iw-scenario-"));
    const file = join(dir, "bad.yml");
    writeFileSync(file, "name: bad\nsteps:\n  - as: alice\n    declare: { title: t }\n");
    const { output, code } = await run("lib/sandbox/main.js", ["--scenario", file, "--exit"], {});
    expect(code).toBe(2);
    expect(output).toContain(`Incident Workflow sandbox: ${file} is not a valid scenario:`);
    expect(output).toContain("steps[0].declare.summary:");
    expect(output).not.toContain("open http");
    expect(output).not.toMatch(/^\s+at /m);
  });

  it("refuses a bad option with what was wrong", async () => {
    const speed = await run("lib/sandbox/main.js", ["--speed", "fast"], {});
    expect(speed.code).toBe(2);
    expect(speed.output).toContain('--speed must be a number above 0, not "fast"');
    const unknown = await run("lib/sandbox/main.js", ["--sped", "2"], {});
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain("Unknown option '--sped'");
  });

  it("plays a shipped scenario to the end and exits 0 with --exit", async () => {
    const port = await freePort();
    const file = join(root, "scenarios/sev3-not-an-incident.yml");
    const { output, code } = await run(
      "lib/sandbox/main.js",
      ["--scenario", file, "--speed", "1000", "--exit", "--port", String(port)],
      {},
    );
    expect(output).toContain(`Incident Workflow sandbox: open http://localhost:${port}`);
    expect(output).toContain("alice closes it as not planned");
    expect(output).toContain("Scenario finished: 5 steps on #1; board written; pull requests: none.");
    expect(code).toBe(0);
  }, 90_000);
});

describe("npm start with credentials", () => {
  it("runs the sandbox instead of the app only when INCIDENT_WORKFLOW_SANDBOX=1 says so", async () => {
    const port = await freePort();
    const creds = {
      APP_ID: "1",
      // A key the environment check accepts (the real app starts with it; the sweep is off: no request).
      PRIVATE_KEY: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
        type: "pkcs1",
        format: "pem",
      }) as string,
      INCIDENT_WORKFLOW_SWEEP: "off",
      WEBHOOK_SECRET: "s",
      PORT: String(port - 1),
      SANDBOX_PORT: String(port),
    };
    const sandbox = await run(
      "lib/start.js",
      [],
      { ...creds, INCIDENT_WORKFLOW_SANDBOX: "1" },
      "Sandbox: open",
    );
    expect(sandbox.output).toContain(`Sandbox: open http://localhost:${port}`);
    const real = await run(
      "lib/start.js",
      [],
      { ...creds, HOST: "127.0.0.1", PORT: String(port) },
      "listening on",
    );
    expect(real.output).not.toContain("Sandbox");
    expect(real.output).toMatch(/listening on/);
  }, 90_000);
});
