// The serverless entry (`lib/lambda.js`, exported as `incident-workflow/lambda`) invoked as Lambda
// invokes it: the module loaded once with the function's environment, then `handler(event)` with
// API Gateway events (REST 1.0 and HTTP API 2.0 shapes) signed as GitHub signs deliveries, against
// the emulator as GitHub Enterprise Server. When `handler` resolves, the work is done: nothing here
// polls. `sweep()` is what a schedule invokes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator, type Webhook } from "../../src/emulator/index.js";
import type * as LambdaModule from "../../src/lambda.js";
import { PRIVATE_KEY } from "./probot-harness.js";
import { SECRET, sign } from "./server-harness.js";

let emu: Emulator;
let lambda: typeof LambdaModule;

beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  for (const login of ["alice", "bob"]) emu.setAssociation(login, "MEMBER");
  Object.assign(process.env, {
    APP_ID: String(emu.appId),
    PRIVATE_KEY,
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: new URL(emu.url).host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "fatal",
    INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "0",
    INCIDENT_WORKFLOW_RETRY_DELAYS_MS: "50",
  });
  // Through the package's `exports`, as a deployment would (a variable specifier: lib/ exists
  // only once built, by test/global-setup.ts, so the typecheck must not resolve it).
  const specifier: string = "incident-workflow/lambda";
  lambda = (await import(specifier)) as typeof LambdaModule;
});
afterEach(() => expectNoViolations(emu));
afterAll(() => emu.close());

const boards = (n: number) =>
  emu.comments(n).filter((c) => String(c.body).startsWith("<!-- incident-workflow:board -->"));

function restEvent(hook: Webhook, secret = SECRET): LambdaModule.HttpEvent {
  const body = JSON.stringify(hook.payload);
  return {
    httpMethod: "POST",
    path: "/api/github/webhooks",
    headers: {
      "Content-Type": "application/json",
      "X-GitHub-Event": hook.name,
      "X-GitHub-Delivery": hook.id,
      "X-Hub-Signature-256": sign(body, secret),
    },
    body,
    isBase64Encoded: false,
  };
}

function httpApiEvent(hook: Webhook): LambdaModule.HttpEvent {
  const body = JSON.stringify(hook.payload);
  return {
    rawPath: "/",
    requestContext: { http: { method: "POST" } },
    headers: {
      "content-type": "application/json",
      "x-github-event": hook.name,
      "x-github-delivery": hook.id,
      "x-hub-signature-256": sign(body),
    },
    body: Buffer.from(body).toString("base64"),
    isBase64Encoded: true,
  };
}

describe("handler", () => {
  it("a REST API (1.0) event, the first after a cold start: 200 once the board is on the issue", async () => {
    const { number, payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] });
    const result = await lambda.handler(restEvent(payloads[0]!));
    expect(result.statusCode).toBe(200);
    expect(boards(number)).toHaveLength(1);
    expect(emu.labels(number)).toContain("status:investigating");
  });

  it("an HTTP API (2.0) event with a base64 body: the command is applied before it returns", async () => {
    const { number, payloads } = emu.as("alice").openIssue({ title: "Search slow", labels: ["incident"] });
    expect((await lambda.handler(restEvent(payloads[0]!))).statusCode).toBe(200);
    const command = emu.as("bob").comment(number, "/status identified");
    const result = await lambda.handler(httpApiEvent(command));
    expect(result.statusCode).toBe(200);
    expect(emu.labels(number)).toContain("status:identified");
    expect(emu.reactions(command.commentId).map((r) => r.content)).toEqual(["+1"]);
    expect(String(boards(number)[0]?.body)).toContain("Identified");
  });

  it("refuses what is not a signed delivery: 401 for another secret, 400 without headers or JSON", async () => {
    const { number, payloads } = emu.as("alice").openIssue({ title: "Forged", labels: ["incident"] });
    const mark = emu.mark();
    expect((await lambda.handler(restEvent(payloads[0]!, "not the secret"))).statusCode).toBe(401);
    expect((await lambda.handler({ httpMethod: "POST", headers: {}, body: "{}" })).statusCode).toBe(400);
    const junk = "not json";
    const unparsable = { ...restEvent(payloads[0]!), body: junk };
    unparsable.headers = { ...unparsable.headers, "X-Hub-Signature-256": sign(junk) };
    expect((await lambda.handler(unparsable)).statusCode).toBe(400);
    expect(emu.requestsSince(mark)).toEqual([]);
    expect(emu.comments(number)).toEqual([]);
    expect((await lambda.handler({ requestContext: { http: { method: "GET" } } })).statusCode).toBe(200);
  });

  it("answers 500 when the incident's run fails for good, so GitHub shows the delivery as failed", async () => {
    const { number, payloads } = emu.as("alice").openIssue({ title: "Broken", labels: ["incident"] });
    emu.fault({ method: "GET", pathPattern: `/issues/${number}/timeline`, status: 404, times: Infinity });
    expect((await lambda.handler(restEvent(payloads[0]!))).statusCode).toBe(500);
    emu.clearFaults();
  });
});

describe("sweep", () => {
  it("reconciles what lost deliveries left undone, across the installation's repositories", async () => {
    const { number, payloads } = emu.as("alice").openIssue({ title: "Queue stuck", labels: ["incident"] });
    await lambda.handler(restEvent(payloads[0]!));
    emu.as("bob").comment(number, "/status mitigated"); // its delivery never arrived
    const totals = await lambda.sweep();
    expect(totals.failed).toBe(0);
    expect(totals.reconciled).toBeGreaterThanOrEqual(1);
    expect(emu.labels(number)).toContain("status:mitigated");
  });
});
