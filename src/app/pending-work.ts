import type { SharedRedis } from "./redis-client.js";

/** Where a delivery's work is: enough for any replica to run it again. */
export interface WorkRef {
  installation: number;
  owner: string;
  repo: string;
  number: number;
  /** Only the incident's dashboard row is left to write (`keep-dashboard.ts`). */
  dashboard?: boolean;
}

/**
 * The deliveries accepted and not yet done, shared by every replica (with `REDIS_URL`): a replica
 * records a delivery's incident when it accepts it (202) and clears it when the incident's run is
 * done, unless a newer delivery for it was accepted meanwhile. What a killed replica had accepted
 * stays recorded, and the others adopt it (`orphans`) once nobody holds its lease: GitHub does not
 * redeliver what a process accepted before it died, so without this it waited for the incident's
 * next event or the sweep.
 */
export interface PendingWork {
  accepted(key: string, ref: WorkRef, at: number): Promise<void>;
  /** The work for `key` accepted at or before `acceptedAt` is done. */
  done(key: string, acceptedAt: number): Promise<void>;
  /** Work accepted before `olderThan`, nobody's lease held on it, at most `limit`; each is re-armed (tried again after the grace at the earliest, three times at most). */
  orphans(olderThan: number, now: number, limit: number): Promise<Array<{ key: string; ref: WorkRef }>>;
}

const ACCEPT = `
redis.call("ZADD", KEYS[1], ARGV[1], ARGV[2])
redis.call("HSET", KEYS[2], ARGV[2], ARGV[3])
redis.call("HDEL", KEYS[3], ARGV[2])
return 0
`;

const DONE = `
local at = redis.call("ZSCORE", KEYS[1], ARGV[2])
if at and tonumber(at) <= tonumber(ARGV[1]) then
  redis.call("ZREM", KEYS[1], ARGV[2])
  redis.call("HDEL", KEYS[2], ARGV[2])
  redis.call("HDEL", KEYS[3], ARGV[2])
end
return 0
`;

/** KEYS: at, refs, tries; ARGV: older-than, now, limit, lease prefix. Returns key, ref pairs. */
const ORPHANS = `
local out = {}
local keys = redis.call("ZRANGEBYSCORE", KEYS[1], "-inf", ARGV[1], "LIMIT", 0, tonumber(ARGV[3]) * 4)
for _, key in ipairs(keys) do
  if #out >= tonumber(ARGV[3]) * 2 then break end
  if redis.call("EXISTS", ARGV[4] .. key) == 0 then
    local tries = redis.call("HINCRBY", KEYS[3], key, 1)
    if tries > 3 then
      redis.call("ZREM", KEYS[1], key)
      redis.call("HDEL", KEYS[2], key)
      redis.call("HDEL", KEYS[3], key)
    else
      redis.call("ZADD", KEYS[1], ARGV[2], key)
      out[#out + 1] = key
      out[#out + 1] = redis.call("HGET", KEYS[2], key) or ""
    end
  end
end
return out
`;

/** The record in Redis: a sorted set of keys by acceptance time, their references, their tries. */
export function redisPendingWork(redis: SharedRedis, prefix = "incident-workflow:"): PendingWork {
  const keys = [`${prefix}pending:at`, `${prefix}pending:ref`, `${prefix}pending:tries`] as const;
  return {
    async accepted(key, ref, at) {
      await redis.eval(ACCEPT, 3, ...keys, at, key, JSON.stringify(ref));
    },
    async done(key, acceptedAt) {
      await redis.eval(DONE, 3, ...keys, acceptedAt, key);
    },
    async orphans(olderThan, now, limit) {
      const flat = (await redis.eval(
        ORPHANS,
        3,
        ...keys,
        olderThan,
        now,
        limit,
        `${prefix}lease:`,
      )) as string[];
      const out: Array<{ key: string; ref: WorkRef }> = [];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const key = flat[i] ?? "";
        try {
          out.push({ key, ref: JSON.parse(flat[i + 1] ?? "") as WorkRef });
        } catch {
          // A reference this version cannot read: the sweep reconciles that incident.
        }
      }
      return out;
    },
  };
}
