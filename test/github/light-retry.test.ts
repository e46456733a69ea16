// The Action's retries and rate-limit waits (no Bottleneck), on a real Octokit with a scripted fetch.
import { Octokit } from "@octokit/core";
import { describe, expect, it } from "vitest";
import { type LightRetryOptions, lightRetry } from "../../src/github/light-retry.js";
import { DO_NOT_RETRY, resilience } from "../../src/github/resilience.js";

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

function scripted(answers: Answer[]) {
  const calls: Array<{ method: string; url: string; at: number }> = [];
  const fetch = async (url: string, init: { method: string }) => {
    calls.push({ method: init.method, url, at: Date.now() });
    const a = answers.shift() ?? { status: 200, body: {} };
    return new Response(a.status === 204 ? null : JSON.stringify(a.body ?? {}), {
      status: a.status,
      headers: { "content-type": "application/json", ...a.headers },
    });
  };
  return { fetch, calls };
}

function octokit(answers: Answer[], retry: LightRetryOptions = {}) {
  const { fetch, calls } = scripted(answers);
  const warnings: string[] = [];
  const Client = Octokit.plugin(lightRetry as never, resilience as never);
  const client = new Client({
    baseUrl: "http://api.test",
    request: { fetch },
    log: { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} },
    retry: { doNotRetry: DO_NOT_RETRY, baseMs: 20, ...retry },
  } as never);
  return { client, calls, warnings };
}

describe("lightRetry", () => {
  it("retries a 502 after base × attempt², and a request that keeps failing gives up after 3 retries", async () => {
    const ok = octokit([{ status: 502 }, { status: 503 }, { status: 200, body: { ok: 1 } }]);
    expect((await ok.client.request("GET /x")).data).toEqual({ ok: 1 });
    expect(ok.calls).toHaveLength(3);
    expect(ok.calls[1]!.at - ok.calls[0]!.at).toBeGreaterThanOrEqual(18);
    expect(ok.calls[2]!.at - ok.calls[1]!.at).toBeGreaterThanOrEqual(75);
    const bad = octokit(Array.from({ length: 6 }, () => ({ status: 500 })));
    expect((await bad.client.request("GET /x").catch((e) => e)).status).toBe(500);
    expect(bad.calls).toHaveLength(4);
  });

  it("never retries what GitHub refused, nor a request that turned retries off (a create it verifies)", async () => {
    const refused = octokit([{ status: 422, body: { message: "Validation Failed" } }]);
    expect((await refused.client.request("POST /x").catch((e) => e)).status).toBe(422);
    expect(refused.calls).toHaveLength(1);
    const create = octokit([{ status: 502 }]);
    const error = await create.client.request("POST /x", { request: { retries: 0 } }).catch((e) => e);
    expect(error.status).toBe(502);
    expect(create.calls).toHaveLength(1);
  });

  it("waits for the primary rate limit's reset when it is near, and fails at once when it is not", async () => {
    const soon = String(Math.floor(Date.now() / 1000));
    const near = octokit([
      { status: 403, body: { message: "API rate limit exceeded" }, headers: rateLimited(soon) },
      { status: 200 },
    ]);
    await near.client.request("GET /x");
    expect(near.calls).toHaveLength(2);
    expect(near.warnings[0]).toMatch(/rate limited, retrying in [12] s/);
    const later = String(Math.floor(Date.now() / 1000) + 3600);
    const far = octokit([
      { status: 403, body: { message: "API rate limit exceeded" }, headers: rateLimited(later) },
    ]);
    expect((await far.client.request("GET /x").catch((e) => e)).status).toBe(403);
    expect(far.calls).toHaveLength(1);
  }, 10_000);

  it("leaves retry-after to the resilience plugin, which waits as asked", async () => {
    const r = octokit([{ status: 429, headers: { "retry-after": "1" } }, { status: 200 }]);
    await r.client.request("POST /x");
    expect(r.calls).toHaveLength(2);
    expect(r.calls[1]!.at - r.calls[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("retries GitHub's GraphQL 'Something went wrong' answer", async () => {
    const r = octokit([
      { status: 200, body: { errors: [{ message: "Something went wrong while executing your query." }] } },
      { status: 200, body: { data: { viewer: { login: "x" } } } },
    ]);
    expect((await r.client.request("POST /graphql", { query: "{ viewer { login } }" })).data).toEqual({
      data: { viewer: { login: "x" } },
    });
  });

  it("spaces writes when asked, and never reads", async () => {
    const r = octokit([], { writeIntervalMs: 100 });
    await Promise.all([r.client.request("POST /a"), r.client.request("POST /b"), r.client.request("GET /c")]);
    const writes = r.calls.filter((c) => c.method === "POST").map((c) => c.at);
    expect(writes[1]! - writes[0]!).toBeGreaterThanOrEqual(95);
  });
});

function rateLimited(reset: string): Record<string, string> {
  return { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset };
}
