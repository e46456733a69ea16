import { ProbotOctokit } from "probot";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type Client, client } from "./test-client.js";

let emu: Emulator;
let token: string;
let gh: Client;
const repo = { owner: "acme", repo: "web" };

beforeEach(async () => {
  emu = await startEmulator({ ...repo, validateResponses: true });
  token = emu.installationToken();
  gh = client(emu, token);
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const ETAG = /^"[0-9a-f]{40}"$/;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${emu.url}${path}`, { headers: { authorization: `token ${token}`, ...headers } });

/** Octokit throws for a 304; the status and headers of what it threw. */
async function notModified(promise: Promise<unknown>) {
  try {
    await promise;
    return null;
  } catch (err) {
    const e = err as { name: string; status: number; response?: { headers: Record<string, string> } };
    return { name: e.name, status: e.status, etag: e.response?.headers.etag };
  }
}

describe("ETags and conditional requests", () => {
  test("GET answers carry a strong ETag, Cache-Control and Vary; If-None-Match gets 304 with no body", async () => {
    const { number } = emu.as("alice").openIssue({ title: "x" });
    const first = await get(`/repos/acme/web/issues/${number}`);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(ETAG);
    expect(first.headers.get("cache-control")).toBe("private, max-age=60, s-maxage=60");
    expect(first.headers.get("vary")).toMatch(/^Accept, Authorization\b/);
    const again = await get(`/repos/acme/web/issues/${number}`, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    // A list of tags, weak prefixes and `*` match too.
    const listed = await get(`/repos/acme/web/issues/${number}`, { "if-none-match": `"nope", W/${etag}` });
    expect(listed.status).toBe(304);
    expect((await get(`/repos/acme/web/issues/${number}`, { "if-none-match": "*" })).status).toBe(304);
    // A change makes a new representation: 200 with another tag.
    emu.as("alice").label(number, "SEV1");
    const changed = await get(`/repos/acme/web/issues/${number}`, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    // Unauthenticated answers are public; writes have no ETag.
    const anonymous = await fetch(`${emu.url}/repos/acme/web`);
    expect(anonymous.headers.get("cache-control")).toBe("public, max-age=60, s-maxage=60");
    const created = await gh.request("POST /repos/{owner}/{repo}/issues", { ...repo, title: "y" });
    expect(created.headers.etag).toBeUndefined();
  });

  test("pages have their own ETags; requests record 304s and whether they were conditional", async () => {
    for (let i = 0; i < 3; i++) emu.as("alice").openIssue({ title: `i${i}` });
    const page1 = await get("/repos/acme/web/issues?per_page=2");
    const page2 = await get("/repos/acme/web/issues?per_page=2&page=2");
    const tag1 = page1.headers.get("etag") ?? "";
    expect(page2.headers.get("etag")).not.toBe(tag1);
    expect((await get("/repos/acme/web/issues?per_page=2&page=2", { "if-none-match": tag1 })).status).toBe(
      200,
    );
    expect((await get("/repos/acme/web/issues?per_page=2", { "if-none-match": tag1 })).status).toBe(304);
    expect(emu.requests.map((r) => [r.status, r.conditional])).toEqual([
      [200, false],
      [200, false],
      [200, true],
      [304, true],
    ]);
    expect(emu.rateLimited()).toBe(3);
    const mark = emu.mark();
    await get("/repos/acme/web/issues?per_page=2", { "if-none-match": tag1 });
    expect(emu.requestsSince(mark)).toHaveLength(1);
    expect(emu.rateLimited(mark)).toBe(0);
  });

  test("Octokit surfaces a 304 as a RequestError with status 304 (test client and Probot's Octokit)", async () => {
    const { number } = emu.as("alice").openIssue({ title: "x" });
    const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments" as const;
    const params = { ...repo, issue_number: number };
    const { headers } = await gh.request(route, params);
    expect(headers.etag).toMatch(ETAG);
    const conditional = { ...params, headers: { "if-none-match": headers.etag ?? "" } };
    expect(await notModified(gh.request(route, conditional))).toEqual({
      name: "HttpError",
      status: 304,
      etag: headers.etag,
    });
    const probot = new ProbotOctokit({ auth: { token }, baseUrl: emu.url });
    expect(await notModified(probot.request(route, conditional))).toMatchObject({
      status: 304,
      etag: headers.etag,
    });
    // Probot's retry and throttling plugins do not retry a 304: one request each.
    expect(emu.requests.map((r) => r.status)).toEqual([200, 304, 304]);
  });
});
