/** The setup server's HTTP plumbing: the URL a page was reached at, forms, answers. */
import type { IncomingMessage, ServerResponse } from "node:http";

/** The URL the browser used to reach this page (behind a proxy: its forwarded host and protocol). */
export function baseUrlOf(req: IncomingMessage): string {
  const first = (v: string | string[] | undefined) =>
    String(Array.isArray(v) ? v[0] : (v ?? ""))
      .split(",")[0]
      ?.trim();
  const proto = first(req.headers["x-forwarded-proto"]) === "https" ? "https" : "http";
  const host = first(req.headers["x-forwarded-host"]) || req.headers.host || "localhost";
  return `${proto}://${host}`;
}

/** The urlencoded form a POST carries (at most `max` characters). */
export function readForm(req: IncomingMessage, max = 64 * 1024): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > max) req.destroy(new Error("form too large"));
    });
    req.once("end", () => resolve(new URLSearchParams(body)));
    req.once("error", reject);
  });
}

/** On every answer: never cached (pages hold a state), never framed, no referrer sent on. */
const GUARD_HEADERS = {
  "cache-control": "no-store",
  "x-frame-options": "DENY",
  "content-security-policy": "frame-ancestors 'none'",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
};

/** Answers with `body` as `type` (UTF-8), the guard headers and `headers`. */
export const send = (res: ServerResponse, status: number, type: string, body: string, headers = {}) =>
  void res
    .writeHead(status, { "content-type": `${type}; charset=utf-8`, ...GUARD_HEADERS, ...headers })
    .end(body);
