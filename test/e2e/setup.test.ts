// `npm start` without credentials (`node lib/start.js`, not in production): the setup flow, read
// as a browser would — the page's form and the manifest it posts to GitHub, GitHub's redirect back
// with a code (answered by a stand-in for GitHub's API), the "existing app" page — and the webhook
// proxy channel it creates on a stand-in smee server.
import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startSmee } from "../helpers/smee-server.js";
import { freePort } from "./server-harness.js";
import { createdApp, importState, setupPage, startGitHubStandIn, startSetup } from "./setup-harness.js";

const root = join(import.meta.dirname, "../..");
const mode = (path: string) => statSync(path).mode & 0o777;

describe("the setup flow's manifest", () => {
  it("behind a public URL: hooks go to its webhook path, with app.yml's permissions and events", async () => {
    const app = await startSetup({ PUBLIC_URL: "https://incidents.example.com/" });
    const { manifest, action, html } = await setupPage(app.url);
    expect(manifest.hook_attributes).toEqual({
      url: "https://incidents.example.com/api/github/webhooks",
      active: true,
    });
    expect(manifest.redirect_url).toBe(`${app.url}/probot/setup`);
    // Permissions and events as app.yml says (its own test checks they are the fewest that work).
    const appYml = parse(readFileSync(join(root, "app.yml"), "utf8"));
    expect(manifest.default_permissions).toEqual(appYml.default_permissions);
    expect(manifest.default_events).toEqual(appYml.default_events);
    expect(manifest.default_events).toEqual(expect.arrayContaining(["issues", "issue_comment"]));
    expect(manifest.public).toBe(false);
    expect(action).toMatch(/^https:\/\/github\.com\/settings\/apps\/new\?state=[0-9a-f]{64}$/);
    expect(html).not.toContain('class="warn"');
    const existing = await (await fetch(`${app.url}/probot/import`)).text();
    expect(existing).toContain("<code>https://incidents.example.com/api/github/webhooks</code>");
    expect(app.readEnv()).toBe(""); // no proxy channel asked for
  });

  it("in development: creates a proxy channel, saves it to .env, and the manifest delivers to it", async () => {
    const smee = await startSmee();
    try {
      const app = await startSetup({ WEBHOOK_PROXY_NEW_CHANNEL_URL: `${smee.url}/new` });
      const channel = `${smee.url}/channel-1`;
      expect(app.readEnv()).toContain(`WEBHOOK_PROXY_URL=${channel}`);
      expect(mode(app.envFile)).toBe(0o600);
      expect(app.output()).toContain(`Webhook proxy channel ${channel} created`);
      expect((await setupPage(app.url)).manifest.hook_attributes.url).toBe(channel);
      expect(await (await fetch(`${app.url}/probot/import`)).text()).toContain(`<code>${channel}</code>`);
    } finally {
      await smee.close();
    }
  });

  it("with WEBHOOK_PROXY_URL given, uses it; with GH_ORG, registers the app under the organization", async () => {
    const app = await startSetup({ WEBHOOK_PROXY_URL: "https://smee.io/AbC123", GH_ORG: "acme" });
    const { manifest, action } = await setupPage(app.url);
    expect(manifest.hook_attributes.url).toBe("https://smee.io/AbC123");
    expect(action).toMatch(/^https:\/\/github\.com\/organizations\/acme\/settings\/apps\/new\?state=/);
  });

  it("when no channel can be made, says so and why the address it shows cannot work", async () => {
    const closed = await freePort();
    const app = await startSetup({ WEBHOOK_PROXY_NEW_CHANNEL_URL: `http://127.0.0.1:${closed}/new` });
    expect(app.output()).toContain(
      `Could not create a webhook proxy channel at http://127.0.0.1:${closed}/new`,
    );
    const html = await (await fetch(`${app.url}/probot`)).text();
    // GitHub would refuse this machine's own address: no Register button, how to get a URL instead.
    expect(html).not.toContain("<form");
    expect(html).not.toContain("Register the GitHub App");
    expect(html).toContain(`this machine's own address (<code>${app.url}/api/github/webhooks</code>)`);
    expect(html).toContain(`Could not create a webhook proxy channel at http://127.0.0.1:${closed}/new`);
    expect(html).toContain('<a href="https://smee.io/new">');
    expect(html).toContain("<code>WEBHOOK_PROXY_URL=https://smee.io/AbC123</code>");
    expect(html).toContain("Set <code>PUBLIC_URL</code>");
    expect(html).toContain('<a href="/probot/import">');
  });

  it("with NO_SMEE_SETUP and no URL either: the same explanation, no Register button", async () => {
    const app = await startSetup({ NO_SMEE_SETUP: "true" });
    const html = await (await fetch(`${app.url}/probot`)).text();
    expect(html).not.toContain("<form");
    expect(html).toContain("Neither\n<code>PUBLIC_URL</code> nor <code>WEBHOOK_PROXY_URL</code> is set");
  });
});

describe("the setup flow's errors: a page saying what is wrong, with a way back", () => {
  it("a form missing its fields, a used state, an unknown path", async () => {
    const app = await startSetup({ NO_SMEE_SETUP: "true", PUBLIC_URL: "https://x.example" });
    const state = await importState(app.url);
    const bad = await fetch(`${app.url}/probot/import`, {
      method: "POST",
      headers: { origin: app.url },
      body: new URLSearchParams({ state, appId: "seventy", webhookSecret: "", privateKey: "nope" }),
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("text/html");
    const page = await bad.text();
    expect(page).toContain(
      "Needed: an app id (digits), a webhook secret, a PEM private key (the whole .pem file). Nothing was saved.",
    );
    expect(page).toContain('<a href="/probot/import">Back to the form</a>');
    const used = await fetch(`${app.url}/probot/setup?code=c&state=nope`);
    expect(used.status).toBe(400);
    expect(await used.text()).toContain('<a href="/probot">Start again</a>');
    const lost = await fetch(`${app.url}/nowhere`);
    expect(lost.status).toBe(404);
    expect(await lost.text()).toContain('<a href="/probot">Set it up</a>');
    expect(app.readEnv()).toBe("");
  });
});

describe("the setup flow's way back from GitHub", () => {
  it("exchanges the code for the new app's credentials, writes .env and sends the browser to install it", async () => {
    const pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\nline two\n-----END RSA PRIVATE KEY-----\n";
    const github = await startGitHubStandIn([{ status: 201, body: createdApp(pem) }]);
    try {
      const { host } = github;
      const app = await startSetup({
        NO_SMEE_SETUP: "true",
        PUBLIC_URL: "https://x.example",
        GHE_HOST: host,
        GHE_PROTOCOL: "http",
      });
      const { state, action } = await setupPage(app.url);
      expect(action).toBe(`http://${host}/settings/apps/new?state=${state}`);
      const wrong = await fetch(`${app.url}/probot/setup?code=code-7f3a9&state=nope`, { redirect: "manual" });
      expect(wrong.status).toBe(400);
      const back = await fetch(`${app.url}/probot/setup?code=code-7f3a9&state=${state}`, {
        redirect: "manual",
      });
      expect(back.status).toBe(302);
      expect(back.headers.get("location")).toBe(
        "https://github.example/apps/incident-workflow-test/installations/new",
      );
      expect(github.asked).toEqual(["POST /api/v3/app-manifests/code-7f3a9/conversions"]);
      // Read back as `npm start` reads it (Node's own .env parser).
      expect(parseEnv(app.readEnv())).toEqual({
        APP_ID: "4242",
        PRIVATE_KEY: pem,
        WEBHOOK_SECRET: "whs 123",
        GITHUB_CLIENT_ID: "Iv1.abc",
        GITHUB_CLIENT_SECRET: "client-secret-value",
      });
      expect(mode(app.envFile)).toBe(0o600);
      expect(app.output()).toContain("GitHub App incident-workflow-test registered");
      // Its work done, the setup server stops and says what to do next; it logged no secret.
      expect(await app.exited).toBe(0);
      expect(app.output()).toContain("The setup server has stopped. Next: install the app");
      for (const secret of ["code-7f3a9", state, "MIIBOgIBAAJBAK", "whs 123", "client-secret-value"]) {
        expect(app.output()).not.toContain(secret);
      }
    } finally {
      github.server.close();
    }
  });

  it("saves an existing app's credentials from the form, only with the page's state", async () => {
    const app = await startSetup({ NO_SMEE_SETUP: "true", PUBLIC_URL: "https://x.example" });
    const state = await importState(app.url);
    const key = "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----";
    const post = (s: string) =>
      fetch(`${app.url}/probot/import`, {
        method: "POST",
        headers: { origin: app.url },
        body: new URLSearchParams({ state: s, appId: "77", webhookSecret: "s3cret", privateKey: key }),
      });
    expect((await post("forged")).status).toBe(400);
    expect(app.readEnv()).toBe("");
    expect((await post(state)).status).toBe(200);
    expect(app.readEnv()).toBe(
      `APP_ID=77\nPRIVATE_KEY="${key.replace(/\n/g, "\\n")}"\nWEBHOOK_SECRET=s3cret\n`,
    );
    expect(await app.exited).toBe(0);
  });

  it("leaves .env readable by its owner only, when it was a world-readable copy of .env.example", async () => {
    const app = await startSetup({ NO_SMEE_SETUP: "true", PUBLIC_URL: "https://x.example" }, (cwd) => {
      writeFileSync(join(cwd, ".env"), readFileSync(join(root, ".env.example")), { mode: 0o644 });
      chmodSync(join(cwd, ".env"), 0o644); // whatever the umask, as `cp .env.example .env` leaves it
    });
    expect(mode(app.envFile)).toBe(0o644);
    const key = "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----";
    const saved = await fetch(`${app.url}/probot/import`, {
      method: "POST",
      headers: { origin: app.url },
      body: new URLSearchParams({
        state: await importState(app.url),
        appId: "77",
        webhookSecret: "s",
        privateKey: key,
      }),
    });
    expect(saved.status).toBe(200);
    expect(parseEnv(app.readEnv())).toMatchObject({ APP_ID: "77", PRIVATE_KEY: key, WEBHOOK_SECRET: "s" });
    expect(mode(app.envFile)).toBe(0o600);
  });
});
