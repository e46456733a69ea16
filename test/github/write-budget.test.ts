import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisWriteBudget } from "../../src/app/redis-write-budget.js";
import {
  type BudgetLimits,
  costOf,
  MemoryWriteBudget,
  type WriteBudget,
} from "../../src/github/write-budget.js";
import { type RedisServer, startRedis } from "../helpers/redis.js";

const EDIT = { creates: false, points: 5 };
const CREATE = { creates: true, points: 5 };
const limits = { spacingMs: 1000, perMinute: 80, perHour: 500, pointsPerMinute: 900 };

describe("an installation's write budget (GitHub's secondary limits)", () => {
  it("counts as content-creating the POSTs that create a comment, an issue, a pull request or a reaction", () => {
    expect(costOf("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments")).toEqual(CREATE);
    expect(costOf("POST", "/repos/{owner}/{repo}/issues")).toEqual(CREATE);
    expect(costOf("POST", "/repos/{owner}/{repo}/pulls")).toEqual(CREATE);
    expect(costOf("POST", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions")).toEqual(CREATE);
    expect(costOf("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}")).toEqual(EDIT);
    expect(costOf("POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels")).toEqual(EDIT);
    expect(costOf("DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}")).toEqual(EDIT);
    expect(costOf("GET", "/repos/{owner}/{repo}/issues/{issue_number}/timeline")).toEqual({
      creates: false,
      points: 1,
    });
    expect(costOf("POST", "/graphql").points).toBe(1);
  });
});

// The same rules for the budget in this process and for the one every replica shares in Redis.
let server: RedisServer | undefined;
let client: Redis | undefined;
beforeAll(async () => {
  server = await startRedis();
  client = new Redis(server.url);
}, 30_000);
afterAll(() => {
  client?.disconnect();
  server?.stop();
});

const kinds: Array<[string, (limits: BudgetLimits) => WriteBudget]> = [
  ["in memory", (l) => new MemoryWriteBudget(l)],
  [
    "in Redis (shared by every replica)",
    (l) => new RedisWriteBudget(client as Redis, l, `test:${randomUUID()}:`),
  ],
];

describe.each(kinds)("an installation's write budget %s", (_name, make) => {
  it("spaces writes of one installation, not of another", async () => {
    const budget = make(limits);
    expect(await budget.take("1", EDIT, 0)).toBe(0);
    expect(await budget.take("1", EDIT, 400)).toBe(600);
    expect(await budget.take("2", EDIT, 400)).toBe(0);
    expect(await budget.take("1", EDIT, 1000)).toBe(0);
  });

  it("lets 80 content-creating requests through a minute; an edit still goes meanwhile", async () => {
    const budget = make({ ...limits, spacingMs: 0 });
    for (let i = 0; i < 80; i++) expect(await budget.take("1", CREATE, i * 100)).toBe(0);
    expect(await budget.take("1", CREATE, 8_000)).toBe(60_000 - 8_000);
    expect(await budget.take("1", EDIT, 8_000)).toBe(0);
    expect(await budget.usage("1", 8_000)).toEqual({ minute: 80, hour: 80 });
    expect(await budget.take("1", CREATE, 60_000)).toBe(0);
  });

  it("lets 500 content-creating requests through an hour", async () => {
    const budget = make({ ...limits, spacingMs: 0 });
    for (let i = 0; i < 500; i++) expect(await budget.take("1", CREATE, i * 1000)).toBe(0);
    expect(await budget.take("1", CREATE, 500_000)).toBe(3_600_000 - 500_000);
    expect(await budget.usage("1", 500_000)).toEqual({ minute: 59, hour: 500 });
    expect(await budget.take("1", CREATE, 3_600_000)).toBe(0);
  });

  it("keeps within 900 points a minute, reads included", async () => {
    const budget = make({ ...limits, spacingMs: 0 });
    await budget.note("1", { creates: false, points: 1 }, 0);
    for (let i = 1; i < 180; i++) expect(await budget.take("1", EDIT, i)).toBe(0);
    expect(await budget.take("1", EDIT, 200)).toBe(60_000 - 200);
  });

  it("takes nothing while GitHub asked to wait (retry-after)", async () => {
    const budget = make(limits);
    await budget.pause("1", 5_000);
    expect(await budget.take("1", EDIT, 1_000)).toBe(4_000);
    expect(await budget.take("1", EDIT, 5_000)).toBe(0);
  });
});

describe("the budget in Redis", () => {
  it("is one budget for two replicas: the spacing and the minute's content hold across both", async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = new RedisWriteBudget(client as Redis, { ...limits, perMinute: 3 }, prefix);
    const b = new RedisWriteBudget(client as Redis, { ...limits, perMinute: 3 }, prefix);
    expect(await a.take("1", CREATE, 0)).toBe(0);
    expect(await b.take("1", CREATE, 10)).toBe(990);
    expect(await b.take("1", CREATE, 1_000)).toBe(0);
    expect(await a.take("1", CREATE, 2_000)).toBe(0);
    expect(await b.take("1", CREATE, 3_000)).toBe(57_000);
    expect(await a.usage("1", 3_000)).toEqual({ minute: 3, hour: 3 });
  });

  it("keeps the next turn for the most urgent write waiting on any replica (a board before a label)", async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = new RedisWriteBudget(client as Redis, limits, prefix);
    const b = new RedisWriteBudget(client as Redis, limits, prefix);
    expect(await a.take("1", EDIT, 0, 1)).toBe(0);
    // Replica b waits with a board (rank 0); replica a then asks with a label (rank 1).
    expect(await b.take("1", EDIT, 100, 0)).toBe(900);
    expect(await a.take("1", EDIT, 200, 1)).toBe(800);
    // The turn comes: a asks first, but b's board is waiting for it.
    expect(await a.take("1", EDIT, 1_000, 1)).toBeGreaterThan(0);
    expect(await b.take("1", EDIT, 1_010, 0)).toBe(0);
    expect(await a.take("1", EDIT, 2_010, 1)).toBe(0);
  });

  it("leaves no claim behind a content limit: an edit passes a comment the minute holds back", async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = new RedisWriteBudget(client as Redis, { ...limits, perMinute: 1 }, prefix);
    expect(await a.take("1", CREATE, 0, 0)).toBe(0);
    expect(await a.take("1", CREATE, 1_000, 0)).toBe(59_000);
    expect(await a.take("1", EDIT, 1_000, 3)).toBe(0);
  });
});
