// Issue 19: the alert endpoints in the serverless entry (`lib/lambda.js`), invoked as API Gateway
// invokes it. When `handler` resolves, the alert's work is done.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import type * as LambdaModule from "../../src/lambda.js";
import { fixture, group, incidents, PD_SECRET, pdSignature, TOKEN, writes } from "./alerts-harness.js";
import { PRIVATE_KEY } from "./probot-harness.js";
import { SECRET } from "./server-harness.js";

let emu: Emulator;
let lambda: typeof LambdaModule;

beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  Object.assign(process.env, {
    APP_ID: String(emu.appId),
    PRIVATE_KEY,
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: new URL(emu.url).host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "fatal",
    INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "0",
    INCIDENT_WORKFLOW_RETRY_DELAYS_MS: "50",
    INCIDENT_WORKFLOW_ALERT_TOKEN: TOKEN,
    INCIDENT_WORKFLOW_PAGERDUTY_SECRET: PD_SECRET,
  });
  const specifier: string = "incident-workflow/lambda";
  lambda = (await import(specifier)) as typeof LambdaModule;
}, 60_000);
afterEach(() => expectNoViolations(emu));
afterAll(() => emu.close());

const rest = (source: string, body: string, headers: Record<string, string>): LambdaModule.HttpEvent => ({
  httpMethod: "POST",
  path: `/api/alerts/${source}`,
  queryStringParameters: { repo: "acme/web" },
  headers: { "Content-Type": "application/json", ...headers },
  body,
  isBase64Encoded: false,
});

describe("alerts through the Lambda entry", () => {
  it("an Alertmanager group (REST event): 200 once the incident is open; a repeat is counted on it", async () => {
    const body = JSON.stringify(fixture("alertmanager-v4.json"));
    const answer = await lambda.handler(rest("alertmanager", body, { Authorization: `Bearer ${TOKEN}` }));
    expect(answer.statusCode, answer.body).toBe(200);
    const [incident] = incidents(emu);
    expect(incident?.title).toBe("API 5xx rate above 5%");
    const again = JSON.stringify(group("firing"));
    expect(
      (await lambda.handler(rest("alertmanager", again, { Authorization: `Bearer ${TOKEN}` }))).statusCode,
    ).toBe(200);
    expect(incidents(emu)).toHaveLength(1);
    const counted = emu.comments(Number(incident?.number)).map((c) => String(c.body));
    expect(counted.some((b) => b.startsWith("<!-- incident-workflow:alert-count:2 -->"))).toBe(true);
  });

  it("a signed PagerDuty body (HTTP API event, base64, raw query string) opens an incident", async () => {
    const body = JSON.stringify(fixture("pagerduty-v3.json"));
    const answer = await lambda.handler({
      rawPath: "/api/alerts/pagerduty",
      rawQueryString: "repo=acme%2Fweb",
      requestContext: { http: { method: "POST" } },
      headers: { "content-type": "application/json", "x-pagerduty-signature": pdSignature(body) },
      body: Buffer.from(body).toString("base64"),
      isBase64Encoded: true,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(incidents(emu).map((i) => i.title)).toContain("Checkout latency above 2 s");
  });

  it("a wrong token: 401 and nothing written", async () => {
    const mark = emu.mark();
    const answer = await lambda.handler(
      rest("grafana", JSON.stringify(fixture("grafana.json")), { Authorization: "Bearer nope" }),
    );
    expect(answer.statusCode).toBe(401);
    expect(writes(emu.requestsSince(mark))).toEqual([]);
  });
});
