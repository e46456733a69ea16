import { randomUUID } from "node:crypto";
import {
  type BudgetLimits,
  type BudgetUsage,
  GITHUB_LIMITS,
  type WriteBudget,
  type WriteCost,
} from "../github/write-budget.js";

/** The Redis commands the budget uses (ioredis' signatures), so tests and fakes stay small. */
export interface BudgetRedis {
  eval(script: string, keys: number, ...args: Array<string | number>): Promise<unknown>;
}

/**
 * `take`, atomic in Redis: the same rule as `MemoryWriteBudget.take` — the write spacing, the pause
 * GitHub asked for, content-creating requests in the last minute and hour, points in the last minute
 * — over keys every replica shares. KEYS: next, paused, created (sorted set of times), spent (sorted
 * set of `points:id` by time), claim (the rank of the most urgent write a replica waits with).
 * ARGV: now, creates (1/0), points, spacing, per minute, per hour, points per minute, a unique id,
 * rank (lower is more urgent). Returns 0 when taken, else the ms to wait.
 *
 * The claim keeps the priorities of each replica's scheduler between replicas: a write refused for
 * the spacing (or GitHub's pause, or points) leaves its rank for a moment past its turn, and until
 * that turn is taken, a less urgent write of any replica is refused (and asks again in 100 ms), so a
 * board waiting on one replica is not passed by another replica's label or 👍. Waits for the content
 * limits (minutes) leave no claim: an edit must not stand behind a comment the hour holds back.
 */
const TAKE = `
local now = tonumber(ARGV[1])
local creates = ARGV[2] == "1"
local points = tonumber(ARGV[3])
local perMinute = tonumber(ARGV[5])
local perHour = tonumber(ARGV[6])
local pointsPerMinute = tonumber(ARGV[7])
local rank = tonumber(ARGV[9])
redis.call("ZREMRANGEBYSCORE", KEYS[3], "-inf", now - 3600000)
redis.call("ZREMRANGEBYSCORE", KEYS[4], "-inf", now - 60000)
local wait = math.max(0, tonumber(redis.call("GET", KEYS[2]) or "0") - now, tonumber(redis.call("GET", KEYS[1]) or "0") - now)
local contentWait = 0
if creates then
  local hour = redis.call("ZRANGEBYSCORE", KEYS[3], "-inf", "+inf", "WITHSCORES")
  local times = {}
  local minute = {}
  for i = 2, #hour, 2 do
    local t = tonumber(hour[i])
    times[#times + 1] = t
    if t > now - 60000 then minute[#minute + 1] = t end
  end
  if #minute >= perMinute then contentWait = math.max(contentWait, minute[#minute - perMinute + 1] + 60000 - now) end
  if #times >= perHour then contentWait = math.max(contentWait, times[#times - perHour + 1] + 3600000 - now) end
end
local spent = redis.call("ZRANGEBYSCORE", KEYS[4], "-inf", "+inf", "WITHSCORES")
local total = points
for i = 1, #spent, 2 do total = total + tonumber(string.match(spent[i], "^[^:]+")) end
local i = 1
while total > pointsPerMinute and i <= #spent do
  total = total - tonumber(string.match(spent[i], "^[^:]+"))
  wait = math.max(wait, tonumber(spent[i + 1]) + 60000 - now)
  i = i + 2
end
local held = redis.call("GET", KEYS[5])
local claim = held and tonumber(held) or nil
if contentWait > wait then return contentWait end
if wait > 0 then
  if claim == nil or rank < claim then redis.call("SET", KEYS[5], rank, "PX", math.floor(wait) + 300) end
  return wait
end
if claim ~= nil and rank > claim then return math.max(1, math.min(100, redis.call("PTTL", KEYS[5]))) end
if claim ~= nil and rank == claim then redis.call("DEL", KEYS[5]) end
redis.call("SET", KEYS[1], now + tonumber(ARGV[4]), "PX", 3600000)
if creates then
  redis.call("ZADD", KEYS[3], now, ARGV[8])
  redis.call("PEXPIRE", KEYS[3], 3600000)
end
redis.call("ZADD", KEYS[4], now, points .. ":" .. ARGV[8])
redis.call("PEXPIRE", KEYS[4], 60000)
return 0
`;

/** Counts a read's points (KEYS: spent; ARGV: now, points, id). */
const NOTE = `
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", tonumber(ARGV[1]) - 60000)
redis.call("ZADD", KEYS[1], tonumber(ARGV[1]), ARGV[2] .. ":" .. ARGV[3])
redis.call("PEXPIRE", KEYS[1], 60000)
return 0
`;

/** Raises the pause, never lowers it (KEYS: paused; ARGV: until). */
const PAUSE = `
local stop = tonumber(ARGV[1])
if stop > tonumber(redis.call("GET", KEYS[1]) or "0") then redis.call("SET", KEYS[1], stop, "PX", 3600000) end
return 0
`;

/** Content created in the last minute and hour (KEYS: created; ARGV: now). */
const USAGE = `
local now = tonumber(ARGV[1])
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", now - 3600000)
return { redis.call("ZCOUNT", KEYS[1], "(" .. (now - 60000), "+inf"), redis.call("ZCARD", KEYS[1]) }
`;

/** The rank of a write that says none: behind every write that does. */
const LEAST_URGENT = 999;

/** Infinity has no place in a Lua number argument: a limit that large is no limit. */
const finite = (n: number) => (Number.isFinite(n) ? n : 1e15);

/**
 * One installation's write budget kept in Redis, so every replica spends from the same one: the
 * spacing, GitHub's content limits (80 a minute, 500 an hour) and points hold for the app as a
 * whole, as GitHub counts them, not once per process. Every operation is one Lua script (atomic).
 * Times are the replicas' clocks (milliseconds): keep them in sync (NTP), as any server's.
 */
export class RedisWriteBudget implements WriteBudget {
  constructor(
    private readonly redis: BudgetRedis,
    private readonly limits: BudgetLimits = GITHUB_LIMITS,
    private readonly prefix = "incident-workflow:budget:",
  ) {}

  private keys(installation: string): {
    next: string;
    paused: string;
    created: string;
    spent: string;
    claim: string;
  } {
    const base = `${this.prefix}${installation}:`;
    return {
      next: `${base}next`,
      paused: `${base}paused`,
      created: `${base}created`,
      spent: `${base}spent`,
      claim: `${base}claim`,
    };
  }

  async take(installation: string, cost: WriteCost, now: number, rank = LEAST_URGENT): Promise<number> {
    const k = this.keys(installation);
    const { spacingMs, perMinute, perHour, pointsPerMinute } = this.limits;
    const wait = await this.redis.eval(
      TAKE,
      5,
      k.next,
      k.paused,
      k.created,
      k.spent,
      k.claim,
      now,
      cost.creates ? 1 : 0,
      cost.points,
      spacingMs,
      finite(perMinute),
      finite(perHour),
      finite(pointsPerMinute),
      randomUUID(),
      rank,
    );
    return Number(wait);
  }

  async note(installation: string, cost: WriteCost, now: number): Promise<void> {
    await this.redis.eval(NOTE, 1, this.keys(installation).spent, now, cost.points, randomUUID());
  }

  async pause(installation: string, until: number): Promise<void> {
    await this.redis.eval(PAUSE, 1, this.keys(installation).paused, until);
  }

  async usage(installation: string, now: number): Promise<BudgetUsage> {
    const counts = (await this.redis.eval(USAGE, 1, this.keys(installation).created, now)) as [
      number,
      number,
    ];
    return { minute: Number(counts[0]), hour: Number(counts[1]) };
  }
}
