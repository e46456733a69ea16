import { randomUUID } from "node:crypto";
import { HANDED_OVER, type Lease } from "../handlers/work-queue.js";
import { sharedRedis } from "./redis-client.js";

/** The few Redis commands the lease uses (ioredis' signatures), so tests and fakes stay small. */
export interface LeaseRedis {
  set(key: string, value: string, px: "PX", ms: number, nx: "NX"): Promise<"OK" | null>;
  eval(script: string, keys: number, ...args: Array<string | number>): Promise<unknown>;
}

export interface RedisLeaseOptions {
  /** How long a lease lives without renewal; a killed replica's lease frees after at most this. */
  ttlMs?: number;
  /** Pause between attempts while another replica holds the key. */
  pollMs?: number;
  /** Give up waiting after this long (the run fails, is retried by the queue, then by the sweep). */
  maxWaitMs?: number;
  /** Prefix of every key (several deployments may share one Redis). */
  prefix?: string;
  log?: { warn(message: string): void };
}

/** Extends the lease only while this holder still has it. */
const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;
/** Marks that a replica waits for the lease, for a little longer than its next poll. */
const WAITING = `return redis.call("set", KEYS[1], ARGV[1], "PX", ARGV[2])`;
/** Whether another replica waits for the lease (a waiting mark, refreshed while it polls, not ours). */
const WAITED = `local v = redis.call("get", KEYS[1]) if v and v ~= ARGV[1] then return 1 else return 0 end`;
/** Frees the lease only while this holder still has it (an expired and retaken lease is not ours). */
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export class LeaseTimeout extends Error {
  constructor(key: string, waitedMs: number) {
    super(`${key}: another replica has held it for ${Math.round(waitedMs / 1000)} s; not run now`);
    this.name = "LeaseTimeout";
  }
}

/**
 * A lease in Redis, shared by every replica: `SET key token NX PX ttl`, renewed every third of
 * `ttlMs` while the work runs and released by compare-and-act scripts. A replica killed while holding
 * it frees it within `ttlMs`. A replica waiting for it leaves a short-lived mark (`<key>:waiting`,
 * refreshed at each poll); the holder looks for it every other poll and, when it is there, aborts the
 * `handover` signal its work was given (reason `HANDED_OVER`): the run drops the writes it has not sent
 * yet, as it does for a newer run in its own process, and the waiting replica redoes them from the
 * newest history. Before this, a run held its lease to the end of its slowest write (labels behind
 * other incidents' boards) while the other replica's newer run waited.
 */
export function redisLease(redis: LeaseRedis, options: RedisLeaseOptions = {}): Lease {
  const ttlMs = options.ttlMs ?? 3_000;
  const pollMs = options.pollMs ?? 100;
  const maxWaitMs = options.maxWaitMs ?? 120_000;
  const prefix = options.prefix ?? "incident-workflow:lease:";
  return {
    async hold(key, work) {
      const name = `${prefix}${key}`;
      const token = randomUUID();
      const waitingMark = `${name}:waiting`;
      const started = Date.now();
      while ((await redis.set(name, token, "PX", ttlMs, "NX")) !== "OK") {
        if (Date.now() - started > maxWaitMs) throw new LeaseTimeout(key, Date.now() - started);
        await redis.eval(WAITING, 1, waitingMark, token, Math.max(pollMs * 4, 200));
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
      const handover = new AbortController();
      const watch = setInterval(
        () => {
          redis.eval(WAITED, 1, waitingMark, token).then(
            (waited) => {
              if (waited === 1 && !handover.signal.aborted) handover.abort(HANDED_OVER);
            },
            (error: unknown) =>
              options.log?.warn(`${key}: could not look for a waiting replica (${String(error)})`),
          );
        },
        Math.max(1, pollMs * 2),
      );
      const renewal = setInterval(
        () => {
          redis.eval(RENEW, 1, name, token, ttlMs).then(
            (kept) => {
              if (kept !== 1) options.log?.warn(`${key}: the lease expired while its run was under way`);
            },
            (error: unknown) => options.log?.warn(`${key}: could not renew the lease (${String(error)})`),
          );
        },
        Math.max(1, Math.floor(ttlMs / 3)),
      );
      try {
        return await work(handover.signal);
      } finally {
        clearInterval(watch);
        clearInterval(renewal);
        await redis.eval(RELEASE, 1, name, token).catch((error: unknown) => {
          // It expires on its own within ttlMs; say so rather than fail a run that did its work.
          options.log?.warn(`${key}: could not release the lease (${String(error)}); it expires by itself`);
        });
      }
    },
  };
}

/** The lease over `REDIS_URL`, on the process's shared connection (`redis-client.ts`). */
export function redisLeaseFromUrl(url: string, options: RedisLeaseOptions = {}): Lease {
  return redisLease(sharedRedis(url, options.log), options);
}
