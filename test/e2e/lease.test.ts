// The per-incident lease in Redis (src/app/lease.ts), against a real redis-server: holders of one key
// never overlap, a long run keeps its lease by renewing it, a killed holder's lease frees by expiry,
// and a holder never frees a lease that is no longer its own.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LeaseRedis, LeaseTimeout, redisLease } from "../../src/app/lease.js";
import { SupersededError } from "../../src/github/write-scheduler.js";
import { HANDED_OVER, HandedOverError, KeyedQueue } from "../../src/handlers/work-queue.js";
import { type RedisServer, startRedis } from "../helpers/redis.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the per-incident lease in Redis (needs redis-server)", () => {
  let server: RedisServer;
  const clients: Redis[] = [];
  /** One connection per simulated replica, as each process has its own. */
  const connect = (): Redis & LeaseRedis => {
    const client = new Redis(server.url);
    clients.push(client);
    return client as Redis & LeaseRedis;
  };

  beforeAll(async () => {
    server = await startRedis();
  }, 30_000);
  afterAll(() => {
    for (const c of clients) c.disconnect();
    server?.stop();
  });

  it("two replicas' runs of one incident never overlap; other incidents run meanwhile", async () => {
    const replicas = [redisLease(connect(), { pollMs: 5 }), redisLease(connect(), { pollMs: 5 })];
    const log: string[] = [];
    let inside = 0;
    let most = 0;
    const run = (replica: number, key: string, i: number) =>
      replicas[replica]!.hold(key, async () => {
        if (key === "acme/web#1") {
          inside++;
          most = Math.max(most, inside);
        }
        log.push(`${key} start ${replica}.${i}`);
        await sleep(15);
        log.push(`${key} end ${replica}.${i}`);
        if (key === "acme/web#1") inside--;
        return i;
      });
    const results = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => run(i % 2, "acme/web#1", i)),
      run(0, "acme/web#2", 99),
    ]);
    expect(results.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(1);
    // #2 ran while #1's runs were queued behind each other, not after all of them.
    const lastOfOne = log.lastIndexOf(log.filter((l) => l.startsWith("acme/web#1 end")).at(-1)!);
    expect(log.indexOf("acme/web#2 end 0.99")).toBeLessThan(lastOfOne);
  });

  it("a run longer than the lease's life keeps it by renewing", async () => {
    const a = redisLease(connect(), { ttlMs: 600, pollMs: 5 });
    const b = redisLease(connect(), { ttlMs: 600, pollMs: 5 });
    const order: string[] = [];
    const long = a.hold("acme/web#3", async () => {
      order.push("a start");
      await sleep(2_400); // four lives of the lease
      order.push("a end");
    });
    await sleep(20);
    const waiting = b.hold("acme/web#3", async () => {
      order.push("b");
    });
    await Promise.all([long, waiting]);
    expect(order).toEqual(["a start", "a end", "b"]);
  });

  it("a killed replica's lease frees by itself within its life; its late release frees nothing", async () => {
    const raw = connect();
    // A replica took the lease and died without releasing it.
    await raw.set("incident-workflow:lease:acme/web#4", "dead-replica", "PX", 300, "NX");
    const survivor = redisLease(connect(), { ttlMs: 300, pollMs: 10 });
    const started = Date.now();
    let waited = 0;
    await survivor.hold("acme/web#4", async () => {
      waited = Date.now() - started;
      // The dead replica's release script (compare-and-delete) must not free the survivor's lease.
      await raw.eval(
        `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`,
        1,
        "incident-workflow:lease:acme/web#4",
        "dead-replica",
      );
      expect(await raw.get("incident-workflow:lease:acme/web#4")).not.toBe("dead-replica");
      expect(await raw.get("incident-workflow:lease:acme/web#4")).not.toBeNull();
    });
    expect(waited).toBeGreaterThan(200);
    expect(await raw.get("incident-workflow:lease:acme/web#4")).toBeNull();
  });

  it("waiting is bounded: a lease held past maxWaitMs fails the run, which the queue reports", async () => {
    const raw = connect();
    await raw.set("incident-workflow:lease:acme/web#5", "busy", "PX", 5_000, "NX");
    const given: string[] = [];
    const queue = new KeyedQueue({
      retryDelaysMs: [],
      lease: redisLease(connect(), { maxWaitMs: 100, pollMs: 10 }),
      onGiveUp: (key) => given.push(key),
    });
    let ran = false;
    await expect(
      queue.run(
        "acme/web#5",
        null,
        (a) => a,
        async () => {
          ran = true;
        },
      ),
    ).rejects.toBeInstanceOf(LeaseTimeout);
    expect(ran).toBe(false);
    expect(given).toEqual(["acme/web#5"]);
  });

  it("a replica that starts waiting tells the holder: its unsent writes drop, its callers hear a handover, not a failure", async () => {
    const given: string[] = [];
    const holder = new KeyedQueue({
      retryDelaysMs: [1_000],
      lease: redisLease(connect(), { pollMs: 10 }),
      onGiveUp: (key) => given.push(key),
    });
    const order: string[] = [];
    let attempts = 0;
    const held = holder.run(
      "acme/web#6",
      null,
      (a) => a,
      async (_hint, signal) => {
        attempts++;
        order.push("a holds");
        // A write waiting for its turn (as the scheduler's do) until the run is told to let go.
        await new Promise<void>((_resolve, reject) => {
          const give = () => {
            order.push(`a told: ${String(signal.reason)}`);
            reject(new SupersededError());
          };
          if (signal.aborted) give();
          else signal.addEventListener("abort", give, { once: true });
        });
      },
    );
    await sleep(50);
    const started = Date.now();
    const other = redisLease(connect(), { pollMs: 10 }).hold("acme/web#6", async () => {
      order.push("b holds");
      return Date.now() - started;
    });
    await expect(held).rejects.toBeInstanceOf(HandedOverError);
    const waited = await other;
    expect(order).toEqual(["a holds", `a told: ${HANDED_OVER}`, "b holds"]);
    expect(waited).toBeLessThan(1_000); // not held until some slow write of its own went out
    expect(attempts).toBe(1); // no retry of a run another replica took over
    expect(given).toEqual([]);
  });
});
