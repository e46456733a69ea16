// The sandbox's command line as `npm run sandbox` runs it (the built lib/sandbox/main.js): the shipped
// scenarios, a repository's own config previewed, and `npm start` with credentials and
// INCIDENT_WORKFLOW_SANDBOX=1.
import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../e2e/server-harness.js";

const root = join(import.meta.dirname, "../..");

function run(entry: string, args: string[], env: Record<string, string>, until?: string, cwd?: string) {
  const child = spawn(process.execPath, [join(root, entry), ...args], {
    cwd: cwd ?? mkdtempSync(join(tmpdir(), "iw-sandbox-cli-")),
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
    const envPort = await run("lib/sandbox/main.js", [], { SANDBOX_PORT: "abc" });
    expect(envPort.code).toBe(2);
    expect(envPort.output).toContain('SANDBOX_PORT must be a port number, not "abc"');
    const unknown = await run("lib/sandbox/main.js", ["--sped", "2"], {});
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain("Unknown option '--sped'");
  });

  // Each shipped scenario to the end: no error or warning from the app (printed at the sandbox's
  // log level, warn), exit 0, and the board (printed by --exit) and pull requests it should give.
  const SHIPPED = {
    "sev1-outage.yml": {
      last: "bob comments: /resolve",
      finished:
        "Scenario finished: 11 steps on #1; board written; pull requests: #3 Postmortem: Incident: checkout returns HTTP 500 (#1).",
      board: ["**SEV1**", "| **Status** | ✅ Resolved |", "| Commander | @\u2060bob |", "Hand-over done"],
    },
    "sev3-not-an-incident.yml": {
      last: "alice closes it as not planned",
      finished: "Scenario finished: 5 steps on #1; board written; pull requests: none.",
      board: ["**SEV3**", "**Not an incident.**"],
    },
  };
  it.each(Object.entries(SHIPPED))(
    "plays %s to the end with --exit: no error, its board",
    async (name, want) => {
      const port = await freePort();
      const file = join(root, "scenarios", name);
      const { output, code } = await run(
        "lib/sandbox/main.js",
        ["--scenario", file, "--speed", "1000", "--exit", "--port", String(port)],
        {},
      );
      expect(output).toContain(`Incident Workflow sandbox: open http://localhost:${port}`);
      expect(output).toContain(want.last);
      expect(output).toContain(want.finished);
      const board = output.slice(output.indexOf("--- The board of #1 ---"));
      for (const text of want.board) expect(board).toContain(text);
      expect(output).not.toMatch(/\b(WARN|ERROR|FATAL)\b|^\s+at /m);
      expect(code).toBe(0);
    },
    90_000,
  );
});

describe("npm run sandbox inside a repository", () => {
  const repo = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "iw-sandbox-own-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };

  it("uses the repository's config and board template: a fourth role on the board it prints", async () => {
    const dir = repo({
      ".github/incidents.yml": [
        "roles:",
        "  - { id: commander, name: Commander }",
        "  - { id: comms, name: Comms }",
        "  - { id: scribe, name: Scribe }",
        "  - { id: liaison, name: Customer liaison, duties: Talks to the affected customers. }",
        "board:",
        "  template: .github/board.md.hbs",
        "",
      ].join("\n"),
      ".github/board.md.hbs":
        "## Our war room for #{{number}}\n\n{{#each roles}}- {{name}}: {{#if holders}}{{holders}}{{else}}nobody yet{{/if}}\n{{/each}}",
      "drill.yml": [
        "name: liaison drill",
        "steps:",
        "  - as: alice",
        "    declare: { title: 'Incident: queue backlog', summary: Jobs wait 10 minutes. }",
        "  - as: alice",
        "    comment: /role liaison @carol",
        "",
      ].join("\n"),
    });
    // As `npm run sandbox` runs it from the repository: its working directory, and INIT_CWD.
    const { output, code } = await run(
      "lib/sandbox/main.js",
      ["--scenario", "drill.yml", "--speed", "1000", "--exit", "--port", String(await freePort())],
      { INIT_CWD: dir },
      undefined,
      dir,
    );
    expect(output).toContain(`Config: .github/incidents.yml from ${dir}.`);
    const board = output.slice(output.indexOf("--- The board of #1 ---"));
    expect(board).toContain("## Our war room for #1");
    expect(board).toContain("- Customer liaison: @\u2060carol");
    expect(board).toContain("- Commander: nobody yet");
    expect(output).not.toMatch(/\b(WARN|ERROR|FATAL)\b/);
    expect(code).toBe(0);
  }, 90_000);

  it("shows a broken config's path-named errors on its home page", async () => {
    const dir = repo({
      ".github/incidents.yml": "severities:\n  - id: SEV1\n    updateCadenceMinutes: soon\n",
    });
    const port = await freePort();
    const child = spawn(process.execPath, [join(root, "lib/sandbox/main.js"), "--port", String(port)], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), INIT_CWD: dir },
    });
    try {
      let output = "";
      child.stdout.on("data", (c: Buffer) => {
        output += c.toString();
      });
      await expect.poll(() => output, { timeout: 60_000 }).toContain("Incident Workflow sandbox: open");
      const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(home).toContain("is <strong>invalid</strong>");
      expect(home).toContain("<li><code>severities[0].updateCadenceMinutes</code>:");
    } finally {
      child.kill();
    }
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
