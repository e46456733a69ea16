import { generateKeyPairSync } from "node:crypto";
import { createAppAuth } from "@octokit/auth-app";
import { Octokit } from "@octokit/core";
import { throttling } from "@octokit/plugin-throttling";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type Client, client, statusOf } from "./test-client.js";

let emu: Emulator;
let gh: Client;
const repo = { owner: "acme", repo: "web" };

beforeEach(async () => {
  emu = await startEmulator(repo);
  gh = client(emu, emu.installationToken());
});
afterEach(() => emu.close());

describe("identity", () => {
  test("an App (JWT → installation token) acts as incident-workflow[bot]", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const app = new Octokit({
      baseUrl: emu.url,
      authStrategy: createAppAuth,
      auth: { appId: emu.appId, privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString() },
    });
    const me = await app.request("GET /app");
    expect(me.data?.slug).toBe("incident-workflow");
    const installation = await app.request("GET /repos/{owner}/{repo}/installation", repo);
    expect(installation.data.id).toBe(emu.installationId);
    const inst = new Octokit({
      baseUrl: emu.url,
      authStrategy: createAppAuth,
      auth: {
        appId: emu.appId,
        privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
        installationId: emu.installationId,
      },
    });
    const issue = await inst.request("POST /repos/{owner}/{repo}/issues", { ...repo, title: "via app" });
    expect(issue.data.user?.login).toBe("incident-workflow[bot]");
    expect(emu.requests.map((r) => `${r.operationId} ${r.actor}`)).toEqual([
      "apps/get-authenticated app",
      "apps/get-repo-installation app",
      "apps/create-installation-access-token app",
      "issues/create incident-workflow[bot]",
    ]);
    // Installation tokens cannot call App-only endpoints.
    expect(await statusOf(gh.request("GET /app"))).toBe(401);
    expectNoViolations(emu);
  });

  test("ghs_actions acts as github-actions[bot]; registered tokens act as people; bad tokens are 401", async () => {
    const actions = client(emu, emu.actionsToken);
    const issue = await actions.request("POST /repos/{owner}/{repo}/issues", {
      ...repo,
      title: "from a workflow",
    });
    expect(issue.data.user).toMatchObject({ login: "github-actions[bot]", id: 41898282, type: "Bot" });
    const alice = client(emu, emu.registerToken("alice"));
    const comment = await alice.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: issue.data.number,
      body: "hi",
    });
    expect(comment.data.user).toMatchObject({ login: "alice", type: "User" });
    expect(await statusOf(client(emu, "ghp_bogus").request("GET /repos/{owner}/{repo}", repo))).toBe(401);
    expect(
      await statusOf(client(emu).request("POST /repos/{owner}/{repo}/issues", { ...repo, title: "anon" })),
    ).toBe(401);
    expect((await client(emu).request("GET /repos/{owner}/{repo}", repo)).data.full_name).toBe("acme/web");
    expectNoViolations(emu);
  });
});

describe("contract violations", () => {
  test("an invalid body and an unknown route are recorded and answered like GitHub would", async () => {
    const bad = gh.request("POST /repos/{owner}/{repo}/labels", { ...repo, name: 42 as unknown as string });
    expect(await statusOf(bad)).toBe(422);
    const unknown = gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/events", {
      ...repo,
      issue_number: 1,
    });
    expect(await statusOf(unknown)).toBe(404);
    expect(emu.violations).toEqual([
      expect.objectContaining({
        method: "POST",
        operationId: "issues/create-label",
        error: expect.stringMatching(/name must be string/),
      }),
      expect.objectContaining({ method: "GET", path: "/repos/acme/web/issues/1/events", operationId: null }),
    ]);
    expect(emu.repoLabels()).toEqual([]);
    expect(() => expectNoViolations(emu)).toThrow(/issues\/create-label[\s\S]*issues\/1\/events/);
  });

  test("requests are recorded with operation, status and query; mark() counts calls per event", async () => {
    await gh.request("GET /repos/{owner}/{repo}", repo);
    const mark = emu.mark();
    await gh.request("GET /repos/{owner}/{repo}/labels", { ...repo, per_page: 100 });
    expect(
      await statusOf(
        gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}", { ...repo, issue_number: 99 }),
      ),
    ).toBe(404);
    expect(emu.requestsSince(mark)).toEqual([
      expect.objectContaining({
        method: "GET",
        path: "/repos/acme/web/labels",
        query: { per_page: "100" },
        status: 200,
        operationId: "issues/list-labels-for-repo",
      }),
      expect.objectContaining({ method: "GET", status: 404, operationId: "issues/get" }),
    ]);
    expectNoViolations(emu);
  });
});

describe("fault injection", () => {
  test("5xx for a number of matching requests, then normal service", async () => {
    const fault = emu.fault({ method: "POST", pathPattern: /\/comments$/, status: 502, times: 2 });
    const { number: n } = emu.as("alice").openIssue({ title: "x" });
    const post = () =>
      gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: n,
        body: "b",
      });
    expect(await statusOf(post())).toBe(502);
    expect(await statusOf(gh.request("GET /repos/{owner}/{repo}", repo))).toBe(200); // does not match
    expect(await statusOf(post())).toBe(502);
    expect(await statusOf(post())).toBe(201);
    expect(fault.hits).toBe(2);
    expect(emu.comments(n)).toHaveLength(1);
    expect(emu.requests.map((r) => r.status)).toEqual([502, 200, 502, 201]);
  });

  test("secondary rate limit: 403 with retry-after; primary: 429 with x-ratelimit-remaining 0", async () => {
    emu.fault({ operationId: "issues/create", status: 403, retryAfter: 7 });
    try {
      await gh.request("POST /repos/{owner}/{repo}/issues", { ...repo, title: "x" });
      expect.unreachable();
    } catch (err) {
      const e = err as {
        status: number;
        response: { headers: Record<string, string>; data: { message: string } };
      };
      expect(e.status).toBe(403);
      expect(e.response.headers["retry-after"]).toBe("7");
      expect(e.response.data.message).toMatch(/secondary rate limit/);
    }
    emu.fault({ pathPattern: "/issues", status: 429, rateLimitResetIn: 30 });
    try {
      await gh.request("GET /repos/{owner}/{repo}/issues", repo);
      expect.unreachable();
    } catch (err) {
      const e = err as { status: number; response: { headers: Record<string, string> } };
      expect(e.status).toBe(429);
      expect(e.response.headers["x-ratelimit-remaining"]).toBe("0");
      expect(Number(e.response.headers["x-ratelimit-reset"])).toBeGreaterThan(Date.now() / 1000);
    }
    expect((await gh.request("POST /repos/{owner}/{repo}/issues", { ...repo, title: "x" })).status).toBe(201);
  });

  test("Octokit's throttling plugin recognises the injected secondary limit and retries after retry-after", async () => {
    const waits: number[] = [];
    const Throttled = Octokit.plugin(throttling);
    const octokit = new Throttled({
      baseUrl: emu.url,
      auth: emu.installationToken(),
      throttle: {
        onRateLimit: () => false,
        onSecondaryRateLimit: (retryAfter: number) => {
          waits.push(retryAfter);
          return true;
        },
      },
    });
    emu.fault({ operationId: "issues/list-for-repo", status: 403, retryAfter: 1 });
    const started = Date.now();
    const issues = await octokit.request("GET /repos/{owner}/{repo}/issues", repo);
    expect(issues.status).toBe(200);
    expect(waits).toEqual([1]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(emu.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  test("latency-only faults delay without failing", async () => {
    emu.fault({ delayMs: 150, times: Number.POSITIVE_INFINITY });
    const started = Date.now();
    await gh.request("GET /repos/{owner}/{repo}", repo);
    await gh.request("GET /repos/{owner}/{repo}", repo);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    emu.clearFaults();
  });
});
