// `npm start` without credentials (`node lib/start.js`, not in production): the setup flow, read
// as a browser would — the page's form and the manifest it posts to GitHub, GitHub's redirect back
// with a code (answered by a stand-in for GitHub's API), the "existing app" page — and the webhook
// proxy channel it creates on a stand-in smee server.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startSmee } from "../helpers/smee-server.js";
import { freePort } from "./server-harness.js";

const root = join(import.meta.dirname, "../..");
const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});

async function startSetup(env: Record<string, string>) {
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), "iw-setup-"));
  const child = spawn(process.execPath, [join(root, "lib/start.js")], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), HOST: "127.0.0.1", PORT: String(port), ...env },
  });
  running.push(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`setup did not start:\n${output}`)), 20_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Setup: open/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
  });
  const url = `http://127.0.0.1:${port}`;
  const envFile = join(cwd, ".env");
  return {
    url,
    output: () => output,
    envFile,
    readEnv: () => (existsSync(envFile) ? readFileSync(envFile, "utf8") : ""),
  };
}

const htmlText = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The setup page as a browser gets it: the form's target and the manifest it would post. */
async function setupPage(url: string) {
  const html = await (await fetch(`${url}/probot`)).text();
  const action = htmlText(/<form action="([^"]+)" method="post">/.exec(html)?.[1] ?? "");
  const manifest = JSON.parse(htmlText(/name="manifest" value="([^"]*)"/.exec(html)?.[1] ?? "null"));
  return { html, action, manifest, state: new URL(action).searchParams.get("state") ?? "" };
}

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
    expect(action).toMatch(/^https:\/\/github\.com\/settings\/apps\/new\?state=[0-9a-f]{32}$/);
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
    const { manifest, html } = await setupPage(app.url);
    expect(manifest.hook_attributes.url).toBe(`${app.url}/api/github/webhooks`);
    expect(html).toContain("Neither PUBLIC_URL nor WEBHOOK_PROXY_URL is set");
  });
});

describe("the setup flow's way back from GitHub", () => {
  it("exchanges the code for the new app's credentials, writes .env and sends the browser to install it", async () => {
    const pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\nline two\n-----END RSA PRIVATE KEY-----\n";
    const asked: string[] = [];
    const github = createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`);
      res.writeHead(201, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: 4242,
          slug: "incident-workflow-test",
          html_url: "https://github.example/apps/incident-workflow-test",
          client_id: "Iv1.abc",
          client_secret: "cs",
          webhook_secret: "whs 123",
          pem,
        }),
      );
    });
    await new Promise<void>((r) => github.listen(0, "127.0.0.1", r));
    try {
      const host = `127.0.0.1:${(github.address() as AddressInfo).port}`;
      const app = await startSetup({ NO_SMEE_SETUP: "true", GHE_HOST: host, GHE_PROTOCOL: "http" });
      const { state, action } = await setupPage(app.url);
      expect(action).toBe(`http://${host}/settings/apps/new?state=${state}`);
      const wrong = await fetch(`${app.url}/probot/setup?code=abc&state=nope`, { redirect: "manual" });
      expect(wrong.status).toBe(400);
      const back = await fetch(`${app.url}/probot/setup?code=abc&state=${state}`, { redirect: "manual" });
      expect(back.status).toBe(302);
      expect(back.headers.get("location")).toBe(
        "https://github.example/apps/incident-workflow-test/installations/new",
      );
      expect(asked).toEqual(["POST /api/v3/app-manifests/abc/conversions"]);
      // Read back as `npm start` reads it (Node's own .env parser).
      expect(parseEnv(app.readEnv())).toEqual({
        APP_ID: "4242",
        PRIVATE_KEY: pem,
        WEBHOOK_SECRET: "whs 123",
        GITHUB_CLIENT_ID: "Iv1.abc",
        GITHUB_CLIENT_SECRET: "cs",
      });
      expect(app.output()).toContain("GitHub App incident-workflow-test registered");
    } finally {
      github.close();
    }
  });

  it("saves an existing app's credentials from the form, only with the page's state", async () => {
    const app = await startSetup({ NO_SMEE_SETUP: "true", PUBLIC_URL: "https://x.example" });
    const html = await (await fetch(`${app.url}/probot/import`)).text();
    const state = /name="state" value="([0-9a-f]+)"/.exec(html)?.[1] ?? "";
    const key = "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----";
    const post = (s: string) =>
      fetch(`${app.url}/probot/import`, {
        method: "POST",
        body: new URLSearchParams({ state: s, appId: "77", webhookSecret: "s3cret", privateKey: key }),
      });
    expect((await post("forged")).status).toBe(400);
    expect(app.readEnv()).toBe("");
    expect((await post(state)).status).toBe(200);
    expect(app.readEnv()).toBe(
      `APP_ID=77\nPRIVATE_KEY="${key.replace(/\n/g, "\\n")}"\nWEBHOOK_SECRET=s3cret\n`,
    );
  });
});
