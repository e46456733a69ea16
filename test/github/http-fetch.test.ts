// The Action's fetch over node:http, against real HTTP servers on loopback: what Octokit needs of
// fetch (status, headers, body, redirects, aborts), and Octokit itself running on it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { Octokit } from "@octokit/core";
import { afterEach, describe, expect, it } from "vitest";
import { httpFetch } from "../../src/github/http-fetch.js";

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

type Seen = { method: string; url: string; headers: IncomingMessage["headers"]; body: string };

async function serve(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      handler(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe("httpFetch", () => {
  it("sends method, headers and body, and answers status, headers and text", async () => {
    const api = await serve((_req, res, body) => {
      res.writeHead(201, { "content-type": "application/json", "x-b": "2", "x-a": "1" });
      res.end(JSON.stringify({ echo: body }));
    });
    const res = await httpFetch(`${api.url}/things?x=1`, {
      method: "post",
      headers: { "Content-Type": "application/json", Authorization: "token t" },
      body: '{"name":"é"}',
    });
    expect(res.status).toBe(201);
    expect(res.ok).toBe(true);
    expect(res.url).toBe(`${api.url}/things?x=1`);
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect([...res.headers].map(([k]) => k)).toEqual(expect.arrayContaining(["x-a", "x-b"]));
    expect(await res.json()).toEqual({ echo: '{"name":"é"}' });
    expect(api.seen[0]).toMatchObject({ method: "POST", url: "/things?x=1" });
    expect(api.seen[0]?.headers["content-length"]).toBe(String(Buffer.byteLength('{"name":"é"}')));
    expect(api.seen[0]?.headers.authorization).toBe("token t");
  });

  it("decodes gzip bodies, and reads none for 204 and HEAD", async () => {
    const api = await serve((req, res) => {
      if (req.url === "/empty") return void res.writeHead(204, { "content-encoding": "gzip" }).end();
      res.writeHead(200, { "content-encoding": "gzip", "content-type": "text/plain" });
      res.end(req.method === "HEAD" ? undefined : gzipSync("hello, compressed"));
    });
    expect(await (await httpFetch(`${api.url}/z`)).text()).toBe("hello, compressed");
    expect(api.seen[0]?.headers["accept-encoding"]).toContain("gzip");
    expect(await (await httpFetch(`${api.url}/empty`)).text()).toBe("");
    expect(await (await httpFetch(`${api.url}/z`, { method: "HEAD" })).text()).toBe("");
  });

  it("follows redirects: 307 keeps the method and body, 303 becomes a GET, another origin gets no Authorization", async () => {
    const other = await serve((_req, res) => res.writeHead(200).end("elsewhere"));
    const api = await serve((req, res) => {
      if (req.url === "/moved") return void res.writeHead(307, { location: "/here" }).end();
      if (req.url === "/see-other") return void res.writeHead(303, { location: "/here" }).end();
      if (req.url === "/away") return void res.writeHead(302, { location: `${other.url}/x` }).end();
      res.writeHead(200).end(`${req.method} here`);
    });
    const headers = { authorization: "token t", "content-type": "text/plain" };
    const kept = await httpFetch(`${api.url}/moved`, { method: "PATCH", headers, body: "b" });
    expect([await kept.text(), kept.redirected, kept.url]).toEqual(["PATCH here", true, `${api.url}/here`]);
    expect(api.seen[1]).toMatchObject({ method: "PATCH", body: "b" });
    const seen = await httpFetch(`${api.url}/see-other`, { method: "POST", headers, body: "b" });
    expect(await seen.text()).toBe("GET here");
    expect(api.seen[3]).toMatchObject({ method: "GET", body: "" });
    expect(await (await httpFetch(`${api.url}/away`, { headers })).text()).toBe("elsewhere");
    expect(other.seen[0]?.headers.authorization).toBeUndefined();
    const manual = await httpFetch(`${api.url}/moved`, { redirect: "manual" });
    expect([manual.status, manual.headers.get("location")]).toEqual([307, "/here"]);
  });

  it("rejects with the signal's reason when aborted while waiting, and with the error when nothing listens", async () => {
    const api = await serve(() => {}); // never answers
    const started = Date.now();
    const error = await httpFetch(`${api.url}/hang`, { signal: AbortSignal.timeout(150) }).catch((e) => e);
    expect((error as Error).name).toBe("TimeoutError");
    expect(Date.now() - started).toBeLessThan(2000);
    const refused = await httpFetch("http://127.0.0.1:9/").catch((e) => e);
    expect((refused as Error).message).toMatch(/ECONNREFUSED/);
  });

  it("is enough for Octokit: JSON, errors with GitHub's message, pagination links", async () => {
    const api = await serve((req, res) => {
      if (req.url?.startsWith("/repos/o/r/issues/1")) {
        res.writeHead(200, { "content-type": "application/json; charset=utf-8", etag: '"abc"' });
        return void res.end(JSON.stringify({ number: 1, title: "t" }));
      }
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "Not Found", documentation_url: "https://docs.github.com" }));
    });
    const octokit = new Octokit({ auth: "token t", baseUrl: api.url, request: { fetch: httpFetch } });
    const { data, headers, status } = await octokit.request("GET /repos/{owner}/{repo}/issues/{n}", {
      owner: "o",
      repo: "r",
      n: 1,
    });
    expect([status, data, headers.etag]).toEqual([200, { number: 1, title: "t" }, '"abc"']);
    const missing = await octokit.request("GET /nothing").catch((e) => e);
    expect([missing.status, missing.message]).toEqual([404, "Not Found - https://docs.github.com"]);
  });
});
