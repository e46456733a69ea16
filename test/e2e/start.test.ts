import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

/** `npm start`'s entry (src/start.ts) with no credentials, from an empty directory (no .env). */
function start(env: Record<string, string>, until: RegExp) {
  const child = spawn(process.execPath, [join(root, "scripts/run-ts.mjs"), join(root, "src/start.ts")], {
    cwd: mkdtempSync(join(tmpdir(), "iw-start-")),
    env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), NO_SMEE_SETUP: "true", ...env },
  });
  let output = "";
  return new Promise<{ output: string; code: number | null }>((resolve) => {
    const timer = setTimeout(() => child.kill(), 20_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (until.test(output)) child.kill();
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ output, code });
    });
  });
}

describe("npm start without credentials", () => {
  it("says what is missing and serves the setup flow", async () => {
    const port = await freePort();
    const { output } = await start({ PORT: String(port), HOST: "127.0.0.1" }, /webhooks will go to/);
    expect(output).toContain(
      "Missing environment variables: APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH), WEBHOOK_SECRET.",
    );
    expect(output).toContain(`open http://localhost:${port} now`);
    expect(output).toContain(`Setup: open http://localhost:${port}/probot`);
    expect(output).not.toMatch(/^\s+at /m);
  });

  it("in production, exits 1 with the same plain message and no stack trace", async () => {
    const { output, code } = await start({ NODE_ENV: "production" }, /$^/);
    expect(code).toBe(1);
    expect(output).toContain("Missing environment variables: APP_ID");
    expect(output).not.toMatch(/^\s+at /m);
  });
});
