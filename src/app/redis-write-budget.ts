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
 * set of `points:id` by time). ARGV: now, creates (1/0), points, spacing, per minute, per hour,
 * points per minute, a unique id. Returns 0 when taken, else the ms to wait.
 */
const TAKE = `
local now = tonumber(ARGV[1])
local creates = ARGV[2] == "1"
local points = tonumber(ARGV[3])
local perMinute = tonumber(ARGV[5])
local perHour = tonumber(ARGV[6])
local pointsPerMinute = tonumber(ARGV[7])
redis.call("ZREMRANGEBYSCORE", KEYS[3], "-inf", now - 3600000)
redis.call("ZREMRANGEBYSCORE", KEYS[4], "-inf", now - 60000)
local wait = math.max(0, tonumber(redis.call("GET", KEYS[2]) or "0") - now, tonumber(redis.call("GET", KEYS[1]) or "0") - now)
if creates then
  local hour = redis.call("ZRANGEBYSCORE", KEYS[3], "-inf", "+inf", "WITHSCORES")
  local times = {}
  local minute = {}
  for i = 2, #hour, 2 do
    local t = tonumber(hour[i])
    times[#times + 1] = t
    if t > now - 60000 then minute[#minute + 1] = t end
  end
  if #minute >= perMinute then wait = math.max(wait, minute[#minute - perMinute + 1] + 60000 - now) end
  if #times >= perHour then wait = math.max(wait, times[#times - perHour + 1] + 3600000 - now) end
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
if wait > 0 then return wait end
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

  private keys(installation: string): { next: string; paused: string; created: string; spent: string } {
    const base = `${this.prefix}${installation}:`;
    return { next: `${base}next`, paused: `${base}paused`, created: `${base}created`, spent: `${base}spent` };
  }

  async take(installation: string, cost: WriteCost, now: number): Promise<number> {
    const k = this.keys(installation);
    const { spacingMs, perMinute, perHour, pointsPerMinute } = this.limits;
    const wait = await this.redis.eval(
      TAKE,
      4,
      k.next,
      k.paused,
      k.created,
      k.spent,
      now,
      cost.creates ? 1 : 0,
      cost.points,
      spacingMs,
      finite(perMinute),
      finite(perHour),
      finite(pointsPerMinute),
      randomUUID(),
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
