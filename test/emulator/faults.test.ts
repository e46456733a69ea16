import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type Client, client, statusOf } from "./test-client.js";

let emu: Emulator;
let gh: Client;
let n: number;
const repo = { owner: "acme", repo: "web" };

beforeEach(async () => {
  emu = await startEmulator(repo);
  gh = client(emu, emu.installationToken());
  n = emu.as("alice").openIssue({ title: "x" }).number;
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const comment = (octokit: Client, body: string, signal?: AbortSignal) =>
  octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: n,
    body,
    ...(signal ? { request: { signal } } : {}),
  });

describe("partial failures and hangs", () => {
  test("applyThenFail: the comment is stored, the client gets 502; a retry makes a duplicate", async () => {
    const fault = emu.fault({ operationId: "issues/create-comment", status: 502, applyThenFail: true });
    expect(await statusOf(comment(gh, "board"))).toBe(502);
    expect(fault.hits).toBe(1);
    expect(emu.comments(n).map((c) => c.body)).toEqual(["board"]);
    expect(await statusOf(comment(gh, "board"))).toBe(201);
    expect(emu.comments(n).map((c) => c.body)).toEqual(["board", "board"]);
    expect(emu.requests.map((r) => r.status)).toEqual([502, 201]);
  });

  test("a hang past the client's timeout: nothing applied, the request is recorded with status 0", async () => {
    emu.fault({ operationId: "issues/create-comment", delayMs: 60_000 });
    const started = Date.now();
    await expect(comment(gh, "lost", AbortSignal.timeout(500))).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the server notices the hang-up
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(emu.comments(n)).toEqual([]);
    expect(emu.requests.map((r) => [r.operationId, r.status])).toEqual([["issues/create-comment", 0]]);
  });

  test("applyThenFail with only a hang: stored, but the client timed out", async () => {
    emu.fault({ operationId: "issues/create-comment", delayMs: 60_000, applyThenFail: true });
    await expect(comment(gh, "stored", AbortSignal.timeout(500))).rejects.toThrow();
    expect(emu.comments(n).map((c) => c.body)).toEqual(["stored"]);
  });

  test("close() does not wait for hung requests", async () => {
    const own = await startEmulator(repo);
    own.fault({ delayMs: 60_000, times: Number.POSITIVE_INFINITY });
    const hung = client(own, own.installationToken()).request("GET /repos/{owner}/{repo}", repo);
    hung.catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(hung).rejects.toThrow();
    expect(own.requests.map((r) => r.status)).toEqual([0]);
  });
});

describe("rate limits, actors and latency", () => {
  test("retry-after is sent verbatim with a 429 secondary limit", async () => {
    emu.fault({ operationId: "repos/get", status: 429, retryAfter: 5 });
    const res = await fetch(`${emu.url}/repos/acme/web`);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(((await res.json()) as { message: string }).message).toMatch(/secondary rate limit/);
  });

  test("a fault with `actor` only hits that login's requests (or the App's with 'app')", async () => {
    const alice = client(emu, emu.registerToken("alice"));
    const fault = emu.fault({ actor: "Alice", status: 403, times: Number.POSITIVE_INFINITY });
    expect(await statusOf(comment(gh, "bot"))).toBe(201);
    expect(await statusOf(comment(alice, "alice"))).toBe(403);
    expect(await statusOf(alice.request("GET /repos/{owner}/{repo}", repo))).toBe(403);
    expect(fault.hits).toBe(2);
    emu.clearFaults();
    emu.fault({ actor: "app", status: 500 });
    expect(await statusOf(gh.request("GET /repos/{owner}/{repo}", repo))).toBe(200);
    expect(emu.requests.map((r) => `${r.actor} ${r.status}`)).toEqual([
      "incident-workflow[bot] 201",
      "alice 403",
      "alice 403",
      "incident-workflow[bot] 200",
    ]);
  });

  test("setLatency adds a delay to every request until set back to 0", async () => {
    emu.setLatency(300);
    const started = Date.now();
    await gh.request("GET /repos/{owner}/{repo}", repo);
    await comment(gh, "slow");
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    emu.setLatency(0);
    const quick = Date.now();
    await gh.request("GET /repos/{owner}/{repo}", repo);
    expect(Date.now() - quick).toBeLessThan(300);
  });
});
