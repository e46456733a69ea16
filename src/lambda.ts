/**
 * The app on AWS Lambda (or any host that invokes a function with an API Gateway event): `handler`
 * for webhook deliveries behind API Gateway (REST `1.0` or HTTP API `2.0` events) or a function URL,
 * `sweep` for a schedule (EventBridge) that reconciles every open incident, as the server's sweep
 * does. Built to `lib/lambda.js`; the package exports it as `incident-workflow/lambda`.
 *
 * `@probot/adapter-aws-lambda-serverless` verifies the signature and hands the delivery to Probot,
 * which waits for the app's handler, which waits for the incident's run in the work queue: the
 * function returns only when the work is done (Lambda freezes a function once it has returned).
 * Around it: REST and HTTP API event shapes, base64 bodies, 400/401 for what is not a signed
 * delivery (the adapter would throw), 500 when the run failed for good (GitHub shows the delivery
 * as failed; the next event on the incident or the sweep repairs it).
 *
 * Environment: APP_ID, PRIVATE_KEY, WEBHOOK_SECRET (GHE_HOST for GitHub Enterprise Server), and the
 * app's own INCIDENT_WORKFLOW_* settings (docs/deploy.md). Without one of the three (or with
 * Probot's public default secret `development`) the app is not loaded: every invocation of
 * `handler` and `sweep` logs why and fails, so nothing signed with a default secret is accepted.
 */
import adapter from "@probot/adapter-aws-lambda-serverless";
import { createProbot, type Probot } from "probot";
import { alertSecretsFromEnv } from "./app/alert-auth.js";
import { ALERTS_PATH, handleAlert, MAX_ALERT_BODY_BYTES } from "./app/alert-endpoint.js";
import { credentialsRefusal } from "./app/credentials.js";
import { octokitFromEnv } from "./app/octokit.js";
import { runtimeOf } from "./app/runtime.js";
import { type SweepTotals, sweepAll } from "./app/sweep-all.js";
import app from "./index.js";

/** The parts of an API Gateway (REST or HTTP API) or function URL event that are read. */
export interface HttpEvent {
  httpMethod?: string;
  path?: string;
  rawPath?: string;
  /** The query (REST API events; HTTP API and function URL events carry `rawQueryString`). */
  queryStringParameters?: Record<string, string | undefined> | null;
  rawQueryString?: string;
  requestContext?: { http?: { method?: string } };
  headers?: Record<string, string | undefined> | null;
  body?: string | null;
  isBase64Encoded?: boolean;
}

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** Why this container must not run the app (its credentials are incomplete), read once at load. */
const refusal = credentialsRefusal(process.env);
// Loads the app once per container (a warm container reuses it, with its queue and caches), and
// only with complete credentials: Probot would otherwise check signatures against `development`.
const loaded = refusal === undefined ? loadApp() : undefined;

/** The app in a Probot instance, and the adapter's function that hands it a delivery. */
function loadApp() {
  const probot = createProbot({ overrides: { Octokit: octokitFromEnv() } });
  const lambda = adapter.createLambdaFunction(app as never, { probot: probot as never });
  return { probot, lambda };
}

const reply = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/**
 * The loaded app, once Probot is ready; when the credentials are incomplete, logs why (every
 * invocation, so the function's log says it however long the container lives) and throws it.
 */
async function ready(): Promise<NonNullable<typeof loaded>> {
  if (loaded === undefined) {
    const message = `Incident Workflow refuses to run: ${refusal}`;
    console.error(message);
    throw new Error(message);
  }
  await loaded.probot.ready();
  if (runtimeOf(loaded.probot) === undefined) throw new Error("the Incident Workflow app did not load");
  return loaded;
}

/**
 * A webhook delivery (or a GET, answered as a health check). Rejects, logged, when the credentials
 * are incomplete; otherwise answers 400/401/405 for what is not a signed delivery, 200 once its
 * work is done, 500 when that work failed for good.
 */
export async function handler(event: HttpEvent, context?: unknown): Promise<HttpResult> {
  const { probot, lambda } = await ready();
  const method = (event.httpMethod ?? event.requestContext?.http?.method ?? "").toUpperCase();
  if (method === "GET" || method === "HEAD") {
    return reply(200, { ok: true, message: "Incident Workflow: GitHub delivers webhooks here with POST" });
  }
  if (method !== "POST") return reply(405, { error: `${method || "no method"}: only POST (webhooks)` });
  const headers = Object.fromEntries(
    Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v ?? ""]),
  );
  const body = event.isBase64Encoded
    ? Buffer.from(event.body ?? "", "base64").toString("utf8")
    : (event.body ?? "");
  const path = event.path ?? event.rawPath ?? "/";
  if (path.startsWith(ALERTS_PATH)) return alert(probot, event, path, headers, body);
  const signature = headers["x-hub-signature-256"];
  if (!headers["x-github-event"] || !headers["x-github-delivery"] || !signature) {
    return reply(400, {
      error: "not a GitHub webhook: x-github-event, x-github-delivery and x-hub-signature-256 are required",
    });
  }
  if (!(await probot.webhooks.verify(body, signature))) {
    return reply(401, { error: "signature does not match the webhook secret" });
  }
  try {
    JSON.parse(body);
  } catch {
    return reply(400, { error: "the payload is not JSON" });
  }
  try {
    return (await lambda(
      { ...event, httpMethod: "POST", path, headers, body } as never,
      context as never,
    )) as HttpResult;
  } catch (error) {
    probot.log.error({ err: error }, `delivery ${headers["x-github-delivery"]} failed`);
    return reply(500, { error: "the delivery's work failed; see the function's log" });
  }
}

/**
 * An alert (`POST /api/alerts/<source>?repo=…`, `src/app/alert-endpoint.ts`): answered once its
 * work is done (200), 500 when that work failed; refusals as the server answers them.
 */
async function alert(
  probot: Probot,
  event: HttpEvent,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<HttpResult> {
  if (Buffer.byteLength(body, "utf8") > MAX_ALERT_BODY_BYTES)
    return reply(413, { error: `payload larger than ${MAX_ALERT_BODY_BYTES} bytes` });
  const repo =
    event.queryStringParameters?.repo ?? new URLSearchParams(event.rawQueryString ?? "").get("repo");
  const answer = await handleAlert(probot, alertSecretsFromEnv(process.env), { path, repo, headers, body });
  if (answer.work === undefined)
    return reply(
      answer.status,
      answer.status < 300 ? { ok: true, message: answer.message } : { error: answer.message },
    );
  try {
    await answer.work;
    return reply(200, { ok: true, message: answer.message.replace("accepted", "done") });
  } catch (error) {
    probot.log.error({ err: error }, `alert ${path} failed`);
    return reply(500, { error: "the alert's work failed; see the function's log" });
  }
}

/**
 * For a schedule (an EventBridge rule every 5-15 minutes): reconciles every open incident of every
 * installation, repairing what lost or failed deliveries left undone. Resolves with the totals;
 * rejects when the credentials are incomplete or the installations cannot be listed at all.
 */
export async function sweep(): Promise<SweepTotals> {
  const { probot } = await ready();
  const totals = await sweepAll(probot);
  probot.log.info(
    `sweep: ${totals.repositories} repositories, ${totals.listed} incidents listed, ` +
      `${totals.reconciled} reconciled, ${totals.failed} failed`,
  );
  return totals;
}
