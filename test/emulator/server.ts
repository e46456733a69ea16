import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { Ctx, Handler, Reply } from "./context.js";
import { type Faults, faultReply } from "./faults.js";
import { HttpError, type World } from "./model.js";
import type { OpenApiValidator } from "./openapi-validator.js";

/** The HTTP front: records, validates, injects faults, authenticates, then dispatches by operationId. */

export interface RecordedRequest {
  method: string;
  /** Path as sent (percent-encoded), without the query string. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  status: number;
  operationId: string | null;
  /** Who the credentials act as: a login, "app" for an App JWT, or null. */
  actor: string | null;
  /** ms since the epoch. */
  at: number;
}

export interface Violation {
  method: string;
  path: string;
  operationId: string | null;
  error: string;
}

export interface ServerState {
  world: World;
  validator: OpenApiValidator;
  routes: Record<string, Handler>;
  faults: Faults;
  requests: RecordedRequest[];
  violations: Violation[];
  responseViolations: Violation[];
  validateResponses: boolean;
}

const DOCS = "https://docs.github.com/rest";
const JWT = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/;

function errorBody(status: number, message: string, extra: Record<string, unknown> = {}) {
  return { message, ...extra, documentation_url: DOCS, status: String(status) };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    "x-github-request-id": Math.random().toString(16).slice(2, 10).toUpperCase(),
    "x-github-media-type": "github.v3; format=json",
    ...reply.headers,
  };
  if (reply.raw !== undefined) {
    res.writeHead(reply.status, headers).end(reply.raw);
  } else if (reply.body === undefined || reply.status === 204) {
    res.writeHead(reply.status, headers).end();
  } else {
    res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(reply.body));
  }
}

/** Token → acting identity; throws 401 for unknown credentials like GitHub. */
function authenticate(
  state: ServerState,
  header: string | undefined,
): { actor: string | null; app: boolean } {
  if (!header) return { actor: null, app: false };
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (!m?.[1]) throw new HttpError(401, "Bad credentials");
  if (JWT.test(m[1])) return { actor: null, app: true };
  const login = state.world.tokens.get(m[1]);
  if (!login) throw new HttpError(401, "Bad credentials");
  return { actor: login, app: false };
}

async function handle(state: ServerState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", state.world.baseUrl);
  const method = (req.method ?? "GET").toUpperCase();
  const text = await readBody(req);
  const query = Object.fromEntries(url.searchParams);
  const record: RecordedRequest = {
    method,
    path: url.pathname,
    query,
    headers: { ...req.headers },
    body: undefined,
    status: 0,
    operationId: null,
    actor: null,
    at: Date.now(),
  };
  state.requests.push(record);
  const violation = (error: string) =>
    state.violations.push({ method, path: url.pathname, operationId: record.operationId, error });
  const reply = (r: Reply) => {
    record.status = r.status;
    send(res, r);
  };

  if (text) {
    try {
      record.body = JSON.parse(text);
    } catch {
      record.body = text;
      violation("body is not JSON");
      return reply({ status: 400, body: errorBody(400, "Problems parsing JSON") });
    }
  }
  const checked = state.validator.validateRequest({
    method,
    path: url.pathname + url.search,
    headers: req.headers,
    body: record.body,
  });
  record.operationId = checked.operationId ?? null;
  if ("error" in checked) {
    violation(checked.error);
    const notFound = !checked.operationId || checked.error.includes("/path/");
    return reply(
      notFound
        ? { status: 404, body: errorBody(404, "Not Found") }
        : { status: 422, body: errorBody(422, `Invalid request.\n\n${checked.error}`) },
    );
  }

  const fault = state.faults.take(method, url.pathname, checked.operationId);
  if (fault?.delayMs) await sleep(fault.delayMs);
  const injected = fault ? faultReply(fault, state.world.installationId) : null;
  if (injected) return reply(injected);

  try {
    const auth = authenticate(state, req.headers.authorization);
    record.actor = auth.app ? "app" : auth.actor;
    const handler = state.routes[checked.operationId];
    if (!handler) {
      violation(`${checked.operationId} is in the OpenAPI fixture but not emulated`);
      return reply({ status: 404, body: errorBody(404, "Not Found") });
    }
    const ctx: Ctx = {
      world: state.world,
      operationId: checked.operationId,
      params: checked.params,
      query,
      headers: req.headers,
      body: record.body,
      actor: auth.actor,
      app: auth.app,
      url,
    };
    const result = handler(ctx);
    if (state.validateResponses && result.raw === undefined && result.body !== undefined) {
      const error = state.validator.validateResponse(checked.operationId, result.status, result.body);
      if (error)
        state.responseViolations.push({
          method,
          path: url.pathname,
          operationId: checked.operationId,
          error,
        });
    }
    reply(result);
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    reply({ status: err.status, body: errorBody(err.status, err.message, err.extra) });
  }
}

export async function listen(state: ServerState): Promise<Server> {
  const server = createServer((req, res) => {
    handle(state, req, res).catch((err: unknown) => {
      state.violations.push({
        method: req.method ?? "",
        path: req.url ?? "",
        operationId: null,
        error: `emulator crashed: ${err instanceof Error ? err.stack : String(err)}`,
      });
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify(errorBody(500, "Emulator error")));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  state.world.baseUrl = `http://127.0.0.1:${port}`;
  return server;
}
