import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookUrlAt } from "../webhook-url.js";
import { updateEnvFile } from "./env-file.js";
import { appManifest } from "./manifest.js";
import { donePage, importPage, setupPage } from "./pages.js";

export interface SetupServerOptions {
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
  /** The `.env` file the credentials are written to. */
  envFile: string;
  /** `app.yml`, parsed. */
  appYml: Record<string, unknown>;
  /** The webhook URL when the environment names it (proxy channel or PUBLIC_URL). */
  hookUrl: string | undefined;
  log: (message: string) => void;
}

export interface RunningSetup {
  server: Server;
  url: string;
}

const NOT_REACHABLE =
  "Neither PUBLIC_URL nor WEBHOOK_PROXY_URL is set, so the webhook URL is this machine's own address, " +
  "which GitHub cannot reach (it refuses to register a localhost URL). Set PUBLIC_URL to the address the " +
  "app is reached at, or WEBHOOK_PROXY_URL to a channel from https://smee.io/new, and restart.";

/** The URL the browser used to reach this page (behind a proxy: its forwarded host and protocol). */
function baseUrlOf(req: IncomingMessage): string {
  const first = (v: string | string[] | undefined) =>
    String(Array.isArray(v) ? v[0] : (v ?? ""))
      .split(",")[0]
      ?.trim();
  const proto = first(req.headers["x-forwarded-proto"]) || "http";
  const host = first(req.headers["x-forwarded-host"]) || req.headers.host || "localhost";
  return `${proto}://${host}`;
}

function readForm(req: IncomingMessage, max = 64 * 1024): Promise<URLSearchParams> {
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

const send = (res: ServerResponse, status: number, type: string, body: string, headers = {}) =>
  void res.writeHead(status, { "content-type": `${type}; charset=utf-8`, ...headers }).end(body);

/**
 * The setup flow `npm start` serves while the app has no credentials: a page that registers a
 * GitHub App from `app.yml` through GitHub's manifest flow (with a `state` checked on the way
 * back), GitHub's redirect back (`/probot/setup?code=…`: the code is exchanged for the new app's
 * id, key and secrets, written to `.env`), and a form for an app that already exists. The paths
 * are Probot's. The manifest's webhook URL is the real one: the proxy channel, or the public
 * URL's webhook path.
 */
export async function startSetupServer(o: SetupServerOptions): Promise<RunningSetup> {
  const state = randomBytes(16).toString("hex");
  const web = `${o.env.GHE_PROTOCOL || "https"}://${o.env.GHE_HOST || "github.com"}`;
  const api = o.env.GHE_HOST ? `${web}/api/v3` : "https://api.github.com";
  const org = o.env.GH_ORG ? `/organizations/${encodeURIComponent(o.env.GH_ORG)}` : "";
  const hookFor = (req: IncomingMessage) => o.hookUrl ?? webhookUrlAt(baseUrlOf(req), o.env);
  const warning = o.hookUrl === undefined ? NOT_REACHABLE : undefined;

  async function exchange(code: string, res: ServerResponse): Promise<void> {
    const answer = await fetch(`${api}/app-manifests/${encodeURIComponent(code)}/conversions`, {
      method: "POST",
      headers: { accept: "application/vnd.github+json", "user-agent": "incident-workflow-setup" },
    });
    const data = (await answer.json().catch(() => ({}))) as Record<string, unknown>;
    if (!answer.ok) {
      const why = typeof data.message === "string" ? data.message : answer.statusText;
      return send(res, 502, "text/plain", `GitHub did not create the app: ${answer.status} ${why}\n`);
    }
    updateEnvFile(
      o.envFile,
      {
        APP_ID: String(data.id),
        PRIVATE_KEY: String(data.pem),
        WEBHOOK_SECRET: String(data.webhook_secret),
        GITHUB_CLIENT_ID: String(data.client_id),
        GITHUB_CLIENT_SECRET: String(data.client_secret),
      },
      o.env,
    );
    o.log(
      `GitHub App ${String(data.slug ?? data.id)} registered; its credentials are in ${o.envFile}. Restart npm start.`,
    );
    const next = `${String(data.html_url)}/installations/new`;
    send(res, 302, "text/plain", `Found. Redirecting to ${next}\n`, { location: next });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://setup");
    const route = `${req.method} ${url.pathname}`;
    if (route === "GET /" || route === "GET /probot/")
      return send(res, 302, "text/plain", "", { location: "/probot" });
    if (route === "GET /ping") return send(res, 200, "text/plain", "PONG");
    if (route === "GET /probot") {
      const hookUrl = hookFor(req);
      const manifest = appManifest(o.appYml, { hookUrl, baseUrl: baseUrlOf(req) });
      const createAppUrl = `${web}${org}/settings/apps/new?state=${state}`;
      return send(
        res,
        200,
        "text/html",
        setupPage({ createAppUrl, manifest: JSON.stringify(manifest), hookUrl, warning }),
      );
    }
    if (route === "GET /probot/setup") {
      const code = url.searchParams.get("code");
      if (!code) return send(res, 400, "text/plain", "code missing\n");
      if (url.searchParams.get("state") !== state)
        return send(res, 400, "text/plain", "state does not match this setup; start again at /probot\n");
      return exchange(code, res);
    }
    if (route === "GET /probot/import") {
      return send(
        res,
        200,
        "text/html",
        importPage({ hookUrl: hookFor(req), appsUrl: `${web}/settings/apps`, state, warning }),
      );
    }
    if (route === "POST /probot/import") {
      const form = await readForm(req);
      const appId = form.get("appId")?.trim() ?? "";
      const secret = form.get("webhookSecret") ?? "";
      const key = form.get("privateKey")?.trim() ?? "";
      if (form.get("state") !== state)
        return send(res, 400, "text/plain", "state does not match; reload the form\n");
      if (!/^\d+$/.test(appId) || secret === "" || !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) {
        return send(
          res,
          400,
          "text/plain",
          "an app id (digits), a webhook secret and a PEM private key are needed\n",
        );
      }
      updateEnvFile(o.envFile, { APP_ID: appId, PRIVATE_KEY: key, WEBHOOK_SECRET: secret }, o.env);
      o.log(`GitHub App ${appId}: credentials saved to ${o.envFile}. Restart npm start.`);
      return send(res, 200, "text/html", donePage(`The credentials of app ${appId} are in .env.`));
    }
    req.resume();
    send(res, 404, "text/plain", "Incident Workflow is not set up yet: open /probot\n");
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      o.log(
        `setup: ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!res.headersSent) send(res, 500, "text/plain", "setup failed; see the server's log\n");
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const { address, port, family } = server.address() as AddressInfo;
  return { server, url: `http://${family === "IPv6" ? `[${address}]` : address}:${port}` };
}
