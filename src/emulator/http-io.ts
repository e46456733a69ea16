import { createHash } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { Reply } from "./context.js";

/** Low-level HTTP for the server: bodies, error JSON, conditional requests and abortable waits. */

const DOCS = "https://docs.github.com/rest";

export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}) {
  return { message, ...extra, documentation_url: DOCS, status: String(status) };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function bodyText(reply: Reply): string | undefined {
  if (reply.raw !== undefined) return reply.raw;
  if (reply.body === undefined || reply.status === 204 || reply.status === 304) return undefined;
  return JSON.stringify(reply.body);
}

export function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = {
    "x-github-request-id": Math.random().toString(16).slice(2, 10).toUpperCase(),
    "x-github-media-type": "github.v3; format=json",
    ...reply.headers,
  };
  const text = bodyText(reply);
  if (text !== undefined && reply.raw === undefined)
    headers["content-type"] ??= "application/json; charset=utf-8";
  res.writeHead(reply.status, headers).end(text);
}

/** The entity tags an `If-None-Match` header lists (weak `W/` prefixes dropped), or `*`. */
function listedTags(header: string | string[] | undefined): string[] {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return [...value.matchAll(/(?:W\/)?("[^"]*"|\*)/g)].map((m) => m[1]!);
}

/**
 * GitHub's caching headers on a successful GET: a strong ETag (the sha1 of the body as sent, so each
 * page of a list has its own), `Cache-Control` and `Vary`. A request whose `If-None-Match` lists that
 * tag gets `304 Not Modified` with no body (and, on GitHub, costs no rate limit).
 */
export function conditional(headers: IncomingHttpHeaders, reply: Reply, authenticated: boolean): Reply {
  const text = bodyText(reply);
  if (reply.status !== 200 || text === undefined) return reply;
  const etag = `"${createHash("sha1").update(text).digest("hex")}"`;
  const caching = {
    etag,
    "cache-control": `${authenticated ? "private" : "public"}, max-age=60, s-maxage=60`,
    vary: "Accept, Authorization, Cookie, X-GitHub-OTP",
  };
  const tags = listedTags(headers["if-none-match"]);
  if (tags.includes(etag) || tags.includes("*")) return { status: 304, headers: caching };
  return { ...reply, headers: { ...reply.headers, ...caching } };
}

/**
 * Waits `ms`, ending early when the client hangs up or the emulator closes (so `close()` never waits
 * for a hung request). Resolves true when the wait ran its full course and the client is still there.
 */
export function pause(ms: number, res: ServerResponse, closing: AbortSignal): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(!res.destroyed);
  return new Promise((resolve) => {
    const finish = (completed: boolean) => {
      clearTimeout(timer);
      closing.removeEventListener("abort", onAbort);
      res.off("close", onAbort);
      resolve(completed && !res.destroyed && !closing.aborted);
    };
    const onAbort = () => finish(false);
    const timer = setTimeout(() => finish(true), ms);
    closing.addEventListener("abort", onAbort);
    res.once("close", onAbort);
  });
}
