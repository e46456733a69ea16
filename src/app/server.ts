import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Probot } from "probot";
import type { AlertSecrets } from "./alert-auth.js";
import { ALERTS_PATH, handleAlert, MAX_ALERT_BODY_BYTES } from "./alert-endpoint.js";
import { oneLineError } from "./one-line-error.js";

/** GitHub caps webhook payloads at 25 MB; anything larger is not from GitHub. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;
export const WEBHOOK_PATH = "/api/github/webhooks";

export interface ServerOptions {
  probot: Probot;
  port: number;
  host: string;
  webhookPath?: string;
  maxBodyBytes?: number;
  /** The alert endpoints' secrets (`POST /api/alerts/<source>`); none set: every one answers 404. */
  alerts?: AlertSecrets;
}

export interface RunningServer {
  server: Server;
  url: string;
  /** Deliveries accepted and not yet finished. */
  inFlight(): number;
  /** Stops accepting deliveries (503 from now on) and closes the listening socket. */
  stopAccepting(): Promise<void>;
}

class TooLarge extends Error {}

/** A delivery as one log line names it: `issue_comment.created acme/web#12`. */
export function deliveryName(event: string, payload: unknown): string {
  const p = (payload ?? {}) as {
    action?: unknown;
    repository?: { full_name?: unknown };
    issue?: { number?: unknown };
    pull_request?: { number?: unknown };
  };
  const action = typeof p.action === "string" ? `.${p.action}` : "";
  const repo = typeof p.repository?.full_name === "string" ? ` ${p.repository.full_name}` : "";
  const number = p.issue?.number ?? p.pull_request?.number;
  return `${event}${action}${repo}${typeof number === "number" ? `#${number}` : ""}`;
}

/** The body as text; rejects with `TooLarge` (and stops reading, leaving the connection open) past `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      req.off("data", onData);
      chunks.length = 0;
      reject(new TooLarge());
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
}

function reply(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers }).end(`${text}\n`);
}

/**
 * Refuses an oversized body without keeping it: answers 413, then reads and discards what is still
 * coming for a moment (closing a connection with unread data makes TCP reset it, and the sender
 * would lose the 413), and closes the connection after 2 s at most.
 */
function tooLarge(req: IncomingMessage, res: ServerResponse, max: number): void {
  reply(res, 413, `payload larger than ${max} bytes`);
  req.removeAllListeners("data");
  req.resume();
  setTimeout(() => req.socket.destroy(), 2000).unref();
}

/**
 * The app's HTTP front, as `npm start` runs it. A webhook delivery is checked (size before
 * anything is buffered, then the signature), handed to Probot, and answered `202 Accepted` at once:
 * GitHub waits at most 10 s, and the work (one run per incident, see the work queue) outlives the
 * request. Nothing accepted is dropped silently: on shutdown the queue is drained with a bound and
 * what is left is logged; the start-up sweep repairs it. `GET /ping` answers `PONG` (health checks).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { probot } = options;
  const path = options.webhookPath ?? WEBHOOK_PATH;
  const max = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let accepting = true;
  const inFlight = new Set<Promise<void>>();

  async function delivery(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!accepting) return reply(res, 503, "shutting down; deliver again later", { connection: "close" });
    if (Number(req.headers["content-length"] ?? 0) > max) return tooLarge(req, res, max);
    const name = req.headers["x-github-event"];
    const id = req.headers["x-github-delivery"];
    const signature = req.headers["x-hub-signature-256"];
    if (typeof name !== "string" || typeof id !== "string" || typeof signature !== "string") {
      req.resume();
      return reply(
        res,
        400,
        "not a GitHub webhook: x-github-event, x-github-delivery and x-hub-signature-256 are required",
      );
    }
    let body: string;
    try {
      body = await readBody(req, max);
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      return tooLarge(req, res, max);
    }
    if (!(await probot.webhooks.verify(body, signature))) {
      return reply(res, 401, "signature does not match the webhook secret");
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return reply(res, 400, "the payload is not JSON");
    }
    const started = Date.now();
    const what = deliveryName(name, payload);
    const work = probot
      .receive({ id, name, payload } as never)
      .then(
        () => probot.log.info(`${what}: done (${Date.now() - started} ms)`),
        (error: unknown) =>
          probot.log.error(
            `${what}: failed (${Date.now() - started} ms): ${oneLineError(error)} [delivery ${id}]`,
          ),
      )
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
    reply(res, 202, "accepted");
  }

  /** An alert (`src/app/alert-endpoint.ts`): checked, answered, its work tracked like a delivery's. */
  async function alert(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!accepting) return reply(res, 503, "shutting down; send again later", { connection: "close" });
    if (Number(req.headers["content-length"] ?? 0) > MAX_ALERT_BODY_BYTES)
      return tooLarge(req, res, MAX_ALERT_BODY_BYTES);
    let body: string;
    try {
      body = await readBody(req, MAX_ALERT_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      return tooLarge(req, res, MAX_ALERT_BODY_BYTES);
    }
    const headers = { ...req.headers } as Record<string, string | undefined>;
    const answer = await handleAlert(probot, options.alerts ?? {}, {
      path: url.pathname,
      repo: url.searchParams.get("repo"),
      headers,
      body,
    });
    if (answer.work !== undefined) {
      const work: Promise<void> = answer.work
        .then(() => undefined)
        .catch((error: unknown) => probot.log.error({ err: error }, `alert ${url.pathname} failed`))
        .finally(() => inFlight.delete(work));
      inFlight.add(work);
    }
    reply(res, answer.status, answer.message);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const handle = async () => {
      if (req.method === "POST" && (url.pathname === path || url.pathname === "/")) return delivery(req, res);
      if (req.method === "POST" && url.pathname.startsWith(ALERTS_PATH)) return alert(req, res, url);
      if (req.method === "GET" && url.pathname === "/ping") {
        res.writeHead(200, { "content-type": "text/plain" }).end("PONG"); // as Probot's own server answers
        return;
      }
      if (req.method === "GET" && url.pathname === "/")
        return reply(res, 200, `Incident Workflow is running. GitHub delivers webhooks to POST ${path}.`);
      req.resume();
      reply(res, 404, "not found");
    };
    handle().catch((error: unknown) => {
      probot.log.error({ err: error }, "request failed");
      if (!res.headersSent) reply(res, 500, "internal error");
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host}:${address.port}`,
    inFlight: () => inFlight.size,
    async stopAccepting() {
      accepting = false;
      // Stop listening; connections still open get 503 for any further delivery, then close.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      server.closeAllConnections();
    },
  };
}
