import { afterEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, GITHUB_LIMITS, startEmulator } from "../../src/emulator/index.js";
import { maxInWindow } from "../../src/emulator/limit-stats.js";
import { SecondaryLimits } from "../../src/emulator/secondary-limits.js";
import { client, statusOf } from "./test-client.js";

const repo = { owner: "acme", repo: "web" };
let emu: Emulator | undefined;
afterEach(async () => {
  if (emu) {
    expectNoViolations(emu);
    await emu.close();
  }
  emu = undefined;
});

async function withLimits(options: Parameters<typeof startEmulator>[0] = {}) {
  const started = await startEmulator({ ...repo, ...options });
  emu = started;
  const n = started.as("alice").openIssue({ title: "x" }).number;
  return { emu: started, gh: client(started, started.installationToken()), n };
}

describe("secondary limits over HTTP", () => {
  test("off by default: 100 comments in a minute all go ahead, and are still measured", async () => {
    const { emu, gh, n } = await withLimits();
    for (let i = 0; i < 100; i++)
      await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: n,
        body: `c${i}`,
      });
    const stats = emu.limitStats(0, emu.botLogin);
    expect(stats).toMatchObject({ writes: 100, contentCreated: 100, maxContentPerMinute: 100, refusals: 0 });
    expect(stats.maxPointsPerMinute).toBe(500);
  });

  test("the 81st content-creating request in a minute gets GitHub's 403 with retry-after", async () => {
    const { emu, gh, n } = await withLimits({ secondaryLimits: GITHUB_LIMITS });
    const comment = (body: string) =>
      gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: n,
        body,
      });
    for (let i = 0; i < 79; i++) await comment(`c${i}`);
    const { data: last } = await comment("eightieth");
    // A reaction is content too (the safe reading): it is the 81st.
    const res = await fetch(`${emu.url}/repos/acme/web/issues/comments/${last.id}/reactions`, {
      method: "POST",
      headers: { authorization: `token ${emu.installationToken()}`, "content-type": "application/json" },
      body: JSON.stringify({ content: "+1" }),
    });
    expect(res.status).toBe(403);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(55);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await res.json()) as { message: string; documentation_url: string };
    expect(body.message).toMatch(/^You have exceeded a secondary rate limit\. Please wait a few minutes/);
    expect(body.documentation_url).toContain("secondary-rate-limits");
    expect(emu.reactions(Number(last.id))).toEqual([]);
    // Reads and non-content writes still go ahead.
    expect(await statusOf(gh.request("GET /repos/{owner}/{repo}", repo))).toBe(200);
    expect(
      await statusOf(
        gh.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          ...repo,
          comment_id: Number(last.id),
          body: "edited",
        }),
      ),
    ).toBe(200);
    expect(emu.requests.at(-3)).toMatchObject({ refused: "contentPerMinute", createdContent: false });
    expect(emu.limitStats(0, emu.botLogin)).toMatchObject({
      writes: 81,
      contentCreated: 80,
      maxContentPerMinute: 80,
      refusals: 1,
    });
  });

  test("clients are counted apart: a person's token has a budget of its own", async () => {
    const { emu, gh, n } = await withLimits({ secondaryLimits: { contentPerMinute: 2 } });
    const alice = client(emu, emu.registerToken("alice"));
    const post = (c: typeof gh) =>
      statusOf(
        c.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          ...repo,
          issue_number: n,
          body: "x",
        }),
      );
    expect([await post(gh), await post(gh), await post(gh)]).toEqual([201, 201, 403]);
    expect([await post(alice), await post(alice)]).toEqual([201, 201]);
    expect(emu.limitStats(0, "alice").refusals).toBe(0);
    expect(emu.limitStats().refusals).toBe(1);
  });
});

describe("the rolling windows (SecondaryLimits, clock given)", () => {
  const t0 = 1_000_000_000;
  const spendContent = (limits: SecondaryLimits, times: number[]) => {
    for (const at of times) {
      expect(limits.check("bot", "POST", "issues/create-comment", at)).toBeNull();
      limits.spend("bot", "POST", true, at);
    }
  };

  test("a minute's content frees up as it leaves the window; retry-after says when", () => {
    const limits = new SecondaryLimits({ contentPerMinute: 3 });
    spendContent(limits, [t0, t0 + 10_000, t0 + 20_000]);
    expect(limits.check("bot", "POST", "issues/create", t0 + 30_000)).toEqual({
      limit: "contentPerMinute",
      retryAfter: 30,
    });
    expect(limits.check("bot", "GET", "issues/get", t0 + 30_000)).toBeNull();
    expect(limits.check("bot", "POST", "reactions/create-for-issue", t0 + 60_001)).toBeNull();
  });

  test("the hourly budget holds when each minute is within its own", () => {
    const limits = new SecondaryLimits({ contentPerMinute: 80, contentPerHour: 5 });
    spendContent(
      limits,
      [0, 1, 2, 3, 4].map((m) => t0 + m * 61_000),
    );
    expect(limits.check("bot", "POST", "pulls/create", t0 + 10 * 60_000)).toEqual({
      limit: "contentPerHour",
      retryAfter: 50 * 60,
    });
    expect(limits.check("bot", "POST", "pulls/create", t0 + 3_600_001)).toBeNull();
  });

  test("points: a write costs 5, a read 1, 900 a minute", () => {
    const limits = new SecondaryLimits({ pointsPerMinute: 900 });
    for (let i = 0; i < 179; i++) limits.spend("bot", "PATCH", false, t0 + i);
    limits.spend("bot", "GET", false, t0 + 500);
    expect(limits.check("bot", "GET", "repos/get", t0 + 1_000)).toBeNull();
    limits.spend("bot", "GET", false, t0 + 1_000);
    expect(limits.check("bot", "PATCH", "issues/update", t0 + 1_000)).toMatchObject({
      limit: "pointsPerMinute",
    });
    expect(limits.check("bot", "PATCH", "issues/update", t0 + 60_001)).toBeNull();
  });
});

test("maxInWindow: the busiest rolling minute, not calendar minutes", () => {
  const at = (s: number) => ({ at: s * 1000, weight: 1 });
  // 2 in 0:50–0:59 and 2 in 1:00–1:09: calendar minutes say 2, a rolling minute holds all 4.
  expect(maxInWindow([at(50), at(59), at(60), at(69)], 60_000)).toBe(4);
  expect(maxInWindow([at(0), at(60), at(120)], 60_000)).toBe(1);
  expect(maxInWindow([], 60_000)).toBe(0);
});
