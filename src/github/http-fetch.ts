/**
 * The subset of `fetch` Octokit uses (`@octokit/request`'s fetch wrapper), over `node:http` and
 * `node:https`, for the Action's cold start. Node's own `fetch` is undici: its first request in a
 * process loads and compiles undici and its WebAssembly HTTP parser, ~100 ms before the first byte
 * is sent (measured; see docs/performance.md), and each later request on loopback costs 3-5× what
 * `node:http` does. A workflow run makes a handful of requests and exits, so that start-up is most
 * of its time.
 *
 * What it does as `fetch` does: method, headers and a string or byte body; redirects followed (the
 * `Authorization` header dropped when one leaves the origin; 303, and 301/302 after a POST, become a
 * GET without body); gzip and deflate bodies decoded; an `AbortSignal` honoured while connecting and
 * while reading (rejecting with the signal's reason). Idle keep-alive sockets do not hold the
 * process open. What it does not: streams, caching, cookies, proxies (the Action uses undici's
 * proxy-aware fetch when the runner names a proxy).
 * `node:https` (TLS) and `node:zlib` are loaded on first use (process.getBuiltinModule): importing
 * them costs a fresh process ~5 ms, for nothing on a plain-HTTP API (GHES over http, the emulator)
 * or an uncompressed body.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import type { Agent as HttpsAgent } from "node:https";

export interface HttpFetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  redirect?: "follow" | "manual" | "error";
  signal?: AbortSignal | null;
}

export interface HttpFetchResponse {
  status: number;
  statusText: string;
  ok: boolean;
  url: string;
  redirected: boolean;
  headers: { get(name: string): string | null; [Symbol.iterator](): Iterator<[string, string]> };
  body: null;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
const https = () => process.getBuiltinModule("node:https");
const zlib = () => process.getBuiltinModule("node:zlib");
const httpAgent = new HttpAgent({ keepAlive: true });
let httpsAgent: HttpsAgent | undefined;
function httpsAgentOnce(): HttpsAgent {
  httpsAgent ??= new (https().Agent)({ keepAlive: true });
  return httpsAgent;
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | undefined,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const secure = url.protocol === "https:";
    if (!secure && url.protocol !== "http:") return reject(new TypeError(`unsupported URL ${url.href}`));
    const outgoing = { ...headers };
    if (body !== undefined) outgoing["content-length"] = String(Buffer.byteLength(body));
    const options = { method, headers: outgoing };
    const req = secure
      ? https().request(url, { ...options, agent: httpsAgentOnce() })
      : httpRequest(url, { ...options, agent: httpAgent });
    const onAbort = () => req.destroy(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    req.once("response", (res) => {
      signal?.removeEventListener("abort", onAbort);
      resolve(res);
    });
    req.once("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(signal?.aborted ? signal.reason : error);
    });
    req.end(body);
  });
}

/** The whole body, decoded; rejects with the signal's reason when aborted while reading. */
function readBody(res: IncomingMessage, signal: AbortSignal | undefined): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
    const stream =
      encoding === "gzip" || encoding === "x-gzip"
        ? res.pipe(zlib().createGunzip())
        : encoding === "deflate"
          ? res.pipe(zlib().createInflate())
          : res;
    const chunks: Buffer[] = [];
    const onAbort = () => {
      res.destroy();
      reject(signal?.reason);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.once("end", () => {
      signal?.removeEventListener("abort", onAbort);
      resolve(Buffer.concat(chunks));
    });
    stream.once("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    });
    res.once("error", reject);
  });
}

function responseHeaders(res: IncomingMessage): HttpFetchResponse["headers"] {
  const entries: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined || name === "set-cookie") continue;
    entries.push([name, Array.isArray(value) ? value.join(", ") : value]);
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const map = new Map(entries);
  return {
    get: (name) => map.get(name.toLowerCase()) ?? null,
    [Symbol.iterator]: () => entries[Symbol.iterator](),
  };
}

export async function httpFetch(input: string | URL, init: HttpFetchInit = {}): Promise<HttpFetchResponse> {
  const signal = init.signal ?? undefined;
  let url = new URL(String(input));
  let method = (init.method ?? "GET").toUpperCase();
  let body = init.body ?? undefined;
  const headers: Record<string, string> = { "accept-encoding": "gzip, deflate" };
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  for (let hops = 0; ; hops++) {
    const res = await send(url, method, headers, body, signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (REDIRECTS.has(status) && location !== undefined && init.redirect !== "manual") {
      res.resume();
      if (init.redirect === "error") throw new TypeError(`redirect to ${location} refused`);
      if (hops >= MAX_REDIRECTS) throw new TypeError(`more than ${MAX_REDIRECTS} redirects from ${input}`);
      const next = new URL(location, url);
      if (next.origin !== url.origin) delete headers.authorization;
      if (status === 303 || ((status === 301 || status === 302) && method === "POST")) {
        if (method !== "HEAD") method = "GET";
        body = undefined;
        delete headers["content-type"];
      }
      url = next;
      continue;
    }
    const empty =
      method === "HEAD" || status === 204 || status === 304 || res.headers["content-length"] === "0";
    if (empty) res.resume();
    const bytes = empty ? Buffer.alloc(0) : await readBody(res, signal);
    return {
      status,
      statusText: res.statusMessage ?? "",
      ok: status >= 200 && status < 300,
      url: url.href,
      redirected: hops > 0,
      headers: responseHeaders(res),
      body: null,
      text: async () => bytes.toString("utf8"),
      json: async () => JSON.parse(bytes.toString("utf8")),
      arrayBuffer: async () =>
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    };
  }
}
