// The setup flow against other sites (issue 17), through `node lib/start.js` as `npm start` runs it:
// a page on attacker.example that re-points its name at 127.0.0.1 (DNS rebinding) sends
// `Host: attacker.example:<port>`; a page elsewhere posting the form sends its own `Origin`; a state
// seen once is replayed; a failed exchange must not put the manifest code in the log.
import { describe, expect, it } from "vitest";
import { freePort } from "./server-harness.js";
import {
  createdApp,
  importState,
  rawRequest,
  setupPage,
  startGitHubStandIn,
  startSetup,
} from "./setup-harness.js";

const KEY = "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----";
const form = (state: string, appId = "77") =>
  new URLSearchParams({ state, appId, webhookSecret: "s3cret", privateKey: KEY }).toString();
const FORM_TYPE = { "content-type": "application/x-www-form-urlencoded" };

describe("the setup server answers only its own host", () => {
  it("refuses a rebound name: no page, no state, no credentials written", async () => {
    const app = await startSetup({ NO_SMEE_SETUP: "true" });
    const attacker = { host: `attacker.example:${app.port}` };
    for (const path of ["/probot", "/probot/import", "/ping"]) {
      const answer = await rawRequest(`${app.url}${path}`, { headers: attacker });
      expect(answer.status).toBe(403);
      expect(answer.text).not.toMatch(/[0-9a-f]{64}/);
    }
    // Even with a state the rightful page handed out, and an Origin that matches the rebound name.
    const state = await importState(app.url);
    const post = await rawRequest(`${app.url}/probot/import`, {
      method: "POST",
      headers: { ...attacker, ...FORM_TYPE, origin: `http://attacker.example:${app.port}` },
      body: form(state),
    });
    expect(post.status).toBe(403);
    expect(app.readEnv()).toBe("");
    expect(app.output()).toContain(
      "refused POST /probot/import: the request's Host header names another server",
    );
    // A forwarded host is held to the same rule; the loopback names are answered.
    const forwarded = { host: `127.0.0.1:${app.port}`, "x-forwarded-host": "attacker.example" };
    expect((await rawRequest(`${app.url}/probot`, { headers: forwarded })).status).toBe(403);
    for (const host of [`localhost:${app.port}`, `127.0.0.1:${app.port}`, `LOCALHOST:${app.port}`]) {
      expect((await rawRequest(`${app.url}/probot`, { headers: { host } })).status).toBe(200);
    }
    expect((await rawRequest(`${app.url}/probot`, { headers: { host: "localhost:1" } })).status).toBe(403);
  });

  it("answers PUBLIC_URL's host too, and nothing else", async () => {
    const app = await startSetup({ NO_SMEE_SETUP: "true", PUBLIC_URL: "https://incidents.example.com/" });
    const get = (host: string) => rawRequest(`${app.url}/probot`, { headers: { host } });
    expect((await get("incidents.example.com")).status).toBe(200);
    expect((await get("incidents.example.com.attacker.example")).status).toBe(403);
  });
});

describe("saving credentials", () => {
  it("needs the setup page's own Origin", async () => {
    const app = await startSetup({ NO_SMEE_SETUP: "true" });
    const post = async (headers: Record<string, string>) =>
      rawRequest(`${app.url}/probot/import`, {
        method: "POST",
        headers: { ...FORM_TYPE, ...headers },
        body: form(await importState(app.url)),
      });
    expect((await post({ origin: "https://attacker.example" })).status).toBe(403);
    expect((await post({ origin: "null" })).status).toBe(403);
    expect((await post({})).status).toBe(403);
    expect(app.readEnv()).toBe("");
    expect((await post({ origin: `http://localhost:${app.port}` })).status).toBe(200);
    expect(app.readEnv()).toContain("APP_ID=77");
  });

  it("takes each state once: a state replayed, or from a page never served, is refused", async () => {
    const app = await startSetup({ NO_SMEE_SETUP: "true" });
    const [first, second] = [await importState(app.url), await importState(app.url)];
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).not.toBe(first);
    const post = (state: string, appId?: string) =>
      fetch(`${app.url}/probot/import`, {
        method: "POST",
        headers: { ...FORM_TYPE, origin: app.url },
        body: form(state, appId),
      });
    // A bad form uses its state up: the same state is then refused even with a good form.
    expect((await post(first, "not-a-number")).status).toBe(400);
    const replay = await post(first);
    expect(replay.status).toBe(400);
    const page = await replay.text();
    expect(page).toContain("Its state is unknown or already used.");
    expect(page).toContain('<a href="/probot/import">Back to the form</a>');
    expect(app.readEnv()).toBe("");
    expect((await post(second)).status).toBe(200);
  });

  it("once saved, refuses the rest and stops: the port is closed, the process done", async () => {
    const app = await startSetup({ NO_SMEE_SETUP: "true" });
    const spare = await importState(app.url);
    const saved = await fetch(`${app.url}/probot/import`, {
      method: "POST",
      headers: { ...FORM_TYPE, origin: app.url },
      body: form(await importState(app.url)),
    });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("The setup server has stopped");
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain("The setup server has stopped. Next:");
    await expect(fetch(`${app.url}/probot`)).rejects.toThrow();
    await expect(
      fetch(`${app.url}/probot/import`, { method: "POST", body: form(spare, "99") }),
    ).rejects.toThrow();
    expect(app.readEnv()).toContain("APP_ID=77");
  });
});

describe("the manifest code never reaches the log", () => {
  it("when GitHub refuses it, or cannot be reached; the state is used up either way", async () => {
    const github = await startGitHubStandIn([
      { status: 422, body: { message: "Validation Failed" } },
      { status: 201, body: createdApp("-----BEGIN RSA PRIVATE KEY-----\nk\n-----END RSA PRIVATE KEY-----") },
    ]);
    try {
      const app = await startSetup({
        NO_SMEE_SETUP: "true",
        PUBLIC_URL: "https://x.example",
        GHE_HOST: github.host,
        GHE_PROTOCOL: "http",
      });
      const { state } = await setupPage(app.url);
      const refused = await fetch(`${app.url}/probot/setup?code=code-4d1e&state=${state}`);
      expect(refused.status).toBe(502);
      const again = await fetch(`${app.url}/probot/setup?code=code-4d1e&state=${state}`);
      expect(again.status).toBe(400);
      expect(github.asked).toHaveLength(1);
      expect(app.output()).toContain("setup: GitHub did not create the app: 422 Validation Failed");
      expect(app.output()).not.toContain("code-4d1e");
      expect(app.readEnv()).toBe("");
    } finally {
      github.server.close();
    }
    const closed = await freePort();
    const app = await startSetup({
      NO_SMEE_SETUP: "true",
      PUBLIC_URL: "https://x.example",
      GHE_HOST: `127.0.0.1:${closed}`,
      GHE_PROTOCOL: "http",
    });
    const { state } = await setupPage(app.url);
    const failed = await fetch(`${app.url}/probot/setup?code=code-9b2c&state=${state}`);
    expect(failed.status).toBe(500);
    expect(app.output()).toContain(
      `setup: GET /probot/setup failed: could not reach http://127.0.0.1:${closed}`,
    );
    expect(app.output()).not.toContain("code-9b2c");
    expect(app.output()).not.toContain(state);
  });
});
