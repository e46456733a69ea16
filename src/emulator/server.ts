import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Ctx, Handler, Reply } from "./context.js";
import { type Fault, type Faults, faultReply } from "./faults.js";
import { graphql } from "./graphql.js";
import { conditional, errorBody, pause, readBody, send } from "./http-io.js";
import { HttpError, type World } from "./model.js";
import type { OpenApiValidator } from "./openapi-validator.js";
import {
  createsContent,
  SECONDARY_LIMIT_DOCS,
  SECONDARY_LIMIT_MESSAGE,
  type SecondaryLimitOptions,
  type SecondaryLimits,
} from "./secondary-limits.js";

/** The HTTP front: records, validates, injects faults, authenticates, then dispatches by operationId. */

export interface RecordedRequest {
  method: string;
  /** Path as sent (percent-encoded), without the query string. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** The status answered; 0 when none was (the client gave up, or the emulator closed, first). */
  status: number;
  /** Sent with `If-None-Match` (a conditional request; answered 304 when the ETag still matches). */
  conditional: boolean;
  /** GitHub's operationId, or "graphql" for `POST /graphql`. */
  operationId: string | null;
  /** Who the credentials act as: a login, "app" for an App JWT, or null. */
  actor: string | null;
  /** ms since the epoch. */
  at: number;
  /** It created a comment, an issue, a pull request or a reaction (answered 2xx; see secondary-limits.ts). */
  createdContent: boolean;
  /** The secondary limit it was refused under (403 with `retry-after`), or null. */
  refused: keyof SecondaryLimitOptions | null;
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
  /** Added to every request before it is handled (a real network's round trip). */
  latencyMs: number;
  /** Aborted by `close()`: ends every wait (latency, hangs) at once. */
  closing: AbortController;
  /** GitHub's secondary limits, when enforced (`EmulatorOptions.secondaryLimits`). */
  limits: SecondaryLimits | null;
}

const JWT = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/;

interface Auth {
  actor: string | null;
  app: boolean;
  /** Unknown credentials: answered (401) after faults, which take precedence like GitHub's edge. */
  error?: HttpError;
}

/** Token → acting identity, like GitHub: an App JWT, a known token's login, or 401 for anything else. */
function authenticate(state: ServerState, header: string | undefined): Auth {
  if (!header) return { actor: null, app: false };
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (m?.[1] && JWT.test(m[1])) return { actor: null, app: true };
  const login = m?.[1] ? state.world.tokens.get(m[1]) : undefined;
  if (!login) return { actor: null, app: false, error: new HttpError(401, "Bad credentials") };
  return { actor: login, app: false };
}

type Routed =
  | { operationId: string; params: Record<string, string> }
  | { error: string; reply: Reply; operationId?: string };

/** Which operation a request is: a REST operation of the OpenAPI fixture, or "graphql" (checked later). */
function route(state: ServerState, req: IncomingMessage, url: URL, body: unknown): Routed {
  if (url.pathname === "/graphql") return { operationId: "graphql", params: {} };
  const method = (req.method ?? "GET").toUpperCase();
  const checked = state.validator.validateRequest({
    method,
    path: url.pathname + url.search,
    headers: req.headers,
    body,
  });
  if (!("error" in checked)) return checked;
  const notFound = !checked.operationId || checked.error.includes("/path/");
  const reply = notFound
    ? { status: 404, body: errorBody(404, "Not Found") }
    : { status: 422, body: errorBody(422, `Invalid request.\n\n${checked.error}`) };
  return { ...checked, reply };
}

/** Runs the operation's handler; HttpErrors become GitHub's error JSON. */
function dispatch(state: ServerState, ctx: Ctx, method: string, violation: (error: string) => void): Reply {
  if (ctx.operationId === "graphql") {
    const outcome = graphql(ctx.world, method, ctx.body, ctx.actor, ctx.app);
    if (outcome.violation) violation(outcome.violation);
    return outcome.reply;
  }
  const handler = state.routes[ctx.operationId];
  if (!handler) {
    violation(`${ctx.operationId} is in the OpenAPI fixture but not emulated`);
    return { status: 404, body: errorBody(404, "Not Found") };
  }
  try {
    const result = handler(ctx);
    if (state.validateResponses && result.raw === undefined && result.body !== undefined) {
      const error = state.validator.validateResponse(ctx.operationId, result.status, result.body);
      if (error)
        state.responseViolations.push({
          method,
          path: ctx.url.pathname,
          operationId: ctx.operationId,
          error,
        });
    }
    return result;
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    return { status: err.status, body: errorBody(err.status, err.message, err.extra) };
  }
}

/**
 * GitHub Enterprise Server serves the REST API under `/api/v3` and GraphQL at `/api/graphql`
 * (Probot's `GHE_HOST`): both are accepted, as the same API.
 */
function enterprisePath(raw: string): string {
  if (raw.startsWith("/api/v3/")) return raw.slice("/api/v3".length);
  if (raw === "/api/graphql" || raw.startsWith("/api/graphql?")) return raw.slice("/api".length);
  return raw;
}

async function handle(state: ServerState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(enterprisePath(req.url ?? "/"), state.world.baseUrl);
  const method = (req.method ?? "GET").toUpperCase();
  const text = await readBody(req);
  const record: RecordedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { ...req.headers },
    body: undefined,
    status: 0,
    conditional: req.headers["if-none-match"] !== undefined,
    operationId: null,
    actor: null,
    at: Date.now(),
    createdContent: false,
    refused: null,
  };
  state.requests.push(record);
  const violation = (error: string) =>
    state.violations.push({ method, path: url.pathname, operationId: record.operationId, error });
  const reply = (r: Reply) => {
    record.status = r.status;
    send(res, r);
  };
  const wait = (ms: number) => pause(ms, res, state.closing.signal);

  if (state.latencyMs > 0 && !(await wait(state.latencyMs))) return;
  if (text) {
    try {
      record.body = JSON.parse(text);
    } catch {
      record.body = text;
      violation("body is not JSON");
      return reply({ status: 400, body: errorBody(400, "Problems parsing JSON") });
    }
  }
  const routed = route(state, req, url, record.body);
  record.operationId = routed.operationId ?? null;
  if ("error" in routed) {
    violation(routed.error);
    return reply(routed.reply);
  }
  const auth = authenticate(state, req.headers.authorization);
  record.actor = auth.app ? "app" : auth.actor;

  const fault: Fault | undefined = state.faults.take(method, url.pathname, routed.operationId, record.actor);
  if (fault && !fault.applyThenFail) {
    if (fault.delayMs && !(await wait(fault.delayMs))) return;
    const injected = faultReply(fault, state.world.installationId);
    if (injected) return reply(injected);
  }
  if (auth.error) return reply({ status: 401, body: errorBody(401, auth.error.message) });
  const client = record.actor ?? "anonymous";
  const refusal = state.limits?.check(client, method, routed.operationId, Date.now()) ?? null;
  if (refusal) {
    record.refused = refusal.limit;
    const body = { message: SECONDARY_LIMIT_MESSAGE, documentation_url: SECONDARY_LIMIT_DOCS, status: "403" };
    return reply({ status: 403, headers: { "retry-after": String(refusal.retryAfter) }, body });
  }

  const ctx: Ctx = {
    world: state.world,
    operationId: routed.operationId,
    params: routed.params,
    query: record.query,
    headers: req.headers,
    body: record.body,
    actor: auth.actor,
    app: auth.app,
    url,
  };
  const result = dispatch(state, ctx, method, violation);
  record.createdContent = createsContent(routed.operationId) && result.status >= 200 && result.status < 300;
  state.limits?.spend(client, method, record.createdContent, Date.now());
  if (fault?.applyThenFail) {
    if (fault.delayMs && !(await wait(fault.delayMs))) return;
    const injected = faultReply(fault, state.world.installationId);
    if (injected) return reply(injected);
  }
  reply(method === "GET" ? conditional(req.headers, result, auth.actor !== null || auth.app) : result);
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
