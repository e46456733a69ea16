// A throwaway redis-server on loopback for the tests of REDIS_URL (Debian's package, which .ci/run
// installs). Like the browser test, these fail (never skip) where it is missing, saying how to install it.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { Redis } from "ioredis";
import { type Emulator, expectNoViolations } from "../../src/emulator/index.js";
import { type AppProcess, freePort } from "../e2e/server-harness.js";

function hasRedis(): boolean {
  try {
    execFileSync("redis-server", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Waits for the server to answer PING (it takes a moment to start). */
async function untilRedisAnswers(url: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    client.on("error", () => {}); // refused while it starts: retried below
    try {
      await client.connect();
      await client.ping();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      client.disconnect();
    }
  }
}

export interface RedisServer {
  url: string;
  stop(): void;
}

/** Starts redis-server on a free loopback port, without persistence, and waits until it answers. */
export async function startRedis(): Promise<RedisServer> {
  if (!hasRedis())
    throw new Error("redis-server is not installed: `apt-get install -y redis-server`, as .ci/run does");
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  await untilRedisAnswers(url);
  return { url, stop: () => child.kill() };
}

/** After a test of replicas: stops every app process and redis-server, then checks and closes the emulator. */
export async function stopReplicas(
  apps: readonly AppProcess[],
  redis: RedisServer | undefined,
  emu: Emulator | undefined,
): Promise<void> {
  await Promise.all(apps.map((a) => a.stop()));
  redis?.stop();
  if (emu) {
    expectNoViolations(emu);
    await emu.close();
  }
}
