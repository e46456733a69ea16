import { describe, expect, it } from "vitest";
import { costOf, MemoryWriteBudget } from "../../src/github/write-budget.js";

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

  it("spaces writes of one installation, not of another", async () => {
    const budget = new MemoryWriteBudget(limits);
    expect(await budget.take("1", EDIT, 0)).toBe(0);
    expect(await budget.take("1", EDIT, 400)).toBe(600);
    expect(await budget.take("2", EDIT, 400)).toBe(0);
    expect(await budget.take("1", EDIT, 1000)).toBe(0);
  });

  it("lets 80 content-creating requests through a minute; an edit still goes meanwhile", async () => {
    const budget = new MemoryWriteBudget({ ...limits, spacingMs: 0 });
    for (let i = 0; i < 80; i++) expect(await budget.take("1", CREATE, i * 100)).toBe(0);
    expect(await budget.take("1", CREATE, 8_000)).toBe(60_000 - 8_000);
    expect(await budget.take("1", EDIT, 8_000)).toBe(0);
    expect(await budget.usage("1", 8_000)).toEqual({ minute: 80, hour: 80 });
    expect(await budget.take("1", CREATE, 60_000)).toBe(0);
  });

  it("lets 500 content-creating requests through an hour", async () => {
    const budget = new MemoryWriteBudget({ ...limits, spacingMs: 0 });
    for (let i = 0; i < 500; i++) expect(await budget.take("1", CREATE, i * 1000)).toBe(0);
    expect(await budget.take("1", CREATE, 500_000)).toBe(3_600_000 - 500_000);
    expect(await budget.usage("1", 500_000)).toEqual({ minute: 59, hour: 500 });
    expect(await budget.take("1", CREATE, 3_600_000)).toBe(0);
  });

  it("keeps within 900 points a minute, reads included", async () => {
    const budget = new MemoryWriteBudget({ ...limits, spacingMs: 0 });
    await budget.note("1", { creates: false, points: 1 }, 0);
    for (let i = 1; i < 180; i++) expect(await budget.take("1", EDIT, i)).toBe(0);
    expect(await budget.take("1", EDIT, 200)).toBe(60_000 - 200);
  });

  it("takes nothing while GitHub asked to wait (retry-after)", async () => {
    const budget = new MemoryWriteBudget(limits);
    await budget.pause("1", 5_000);
    expect(await budget.take("1", EDIT, 1_000)).toBe(4_000);
    expect(await budget.take("1", EDIT, 5_000)).toBe(0);
  });
});
