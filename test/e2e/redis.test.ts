// Several replicas sharing GitHub's rate limits through Redis (REDIS_URL): the write scheduler's budget
// per installation lives in Redis (src/app/redis-write-budget.ts), so the write spacing GitHub asks
// of an integration (1 s between writes) and its content limits hold across every replica, not per
// process. Two `npm start` processes
// with the same REDIS_URL each declare an incident at the same moment; their writes, as the
// emulator received them, are never closer than the spacing. Needs `redis-server` (Debian's package;
// .ci/run installs it; the test fails, never skips, where it is missing).
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type RedisServer, startRedis, stopReplicas } from "../helpers/redis.js";
import { type AppProcess, eventually, startAppProcess } from "./server-harness.js";

describe("REDIS_URL: replicas share the write spacing (needs redis-server)", () => {
  let redis: RedisServer;
  let redisUrl: string;
  let emu: Emulator;
  const apps: AppProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    redisUrl = redis.url;
    emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
    emu.setAssociation("alice", "MEMBER");
    // GitHub's own spacing (INCIDENT_WORKFLOW_WRITE_INTERVAL_MS unset), shared through Redis.
    const env = {
      REDIS_URL: redisUrl,
      INCIDENT_WORKFLOW_SWEEP: "off",
      INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "",
    };
    apps.push(await startAppProcess(emu, env), await startAppProcess(emu, env));
  }, 60_000);

  afterAll(() => stopReplicas(apps, redis, emu));

  it("two replicas declaring at once: no two writes closer than 1 s, one budget in Redis", async () => {
    const first = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] });
    const second = emu.as("alice").openIssue({ title: "Search slow", labels: ["incident"] });
    const mark = emu.mark();
    const answers = await Promise.all([
      apps[0]!.post(first.payloads[0]!),
      apps[1]!.post(second.payloads[0]!),
    ]);
    expect(answers.map((a) => a.status)).toEqual([202, 202]);
    const boardOf = (n: number) =>
      emu.comments(n).some((c) => String(c.body).includes("incident-workflow:board"));
    await eventually(
      () => boardOf(first.number) && boardOf(second.number),
      (done) => done,
      40_000,
    );
    const writesSince = () =>
      emu
        .requestsSince(mark)
        .filter((r) => r.method !== "GET" && r.path !== "/graphql" && !r.path.includes("/access_tokens"))
        .map((r) => r.at)
        .sort((a, b) => a - b);
    // The boards are written first now; the labels follow them.
    const writes = await eventually(writesSince, (w) => w.length >= 4, 40_000);
    expect(writes.length).toBeGreaterThanOrEqual(4);
    const gaps = writes.slice(1).map((at, i) => at - writes[i]!);
    expect(Math.min(...gaps), `gaps between writes: ${gaps.join(", ")} ms`).toBeGreaterThanOrEqual(900);
    const client = new Redis(redisUrl);
    const keys = await client.keys("incident-workflow:budget:*");
    client.disconnect();
    // One installation, one budget: both replicas counted their content in the same set (the App's
    // own JWT requests, its identity, are counted apart as "app").
    const created = keys.filter((k) => k.endsWith(":created"));
    expect(created, keys.join(", ")).toEqual([`incident-workflow:budget:${emu.installationId}:created`]);
    for (const app of apps) expect(app.output()).not.toMatch(/"source":"bottleneck"/);
  }, 60_000);
});
