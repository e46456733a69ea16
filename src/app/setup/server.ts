import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookUrlAt } from "../webhook-url.js";
import { updateEnvFile } from "./env-file.js";
import { baseUrlOf, readForm, send } from "./http.js";
import { appManifest } from "./manifest.js";
import { OneTimeStates } from "./one-time-state.js";
import { donePage, errorPage, importPage, noWebhookUrlPage, setupPage } from "./pages.js";
import { allowedHosts, hostProblem, originProblem } from "./request-guard.js";

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
  /** Why there is no webhook URL (a proxy channel could not be made), for the page. */
  whyNoHookUrl?: string | undefined;
  log: (message: string) => void;
  /** The sandbox running beside the setup flow (`npm start` without credentials), linked from its page once it runs. */
  sandboxUrl?: (() => string | undefined) | undefined;
}

export interface RunningSetup {
  server: Server;
  url: string;
  /** Resolves once credentials are saved and the server has stopped. */
  finished: Promise<void>;
}

const NOT_REACHABLE =
  "Neither PUBLIC_URL nor WEBHOOK_PROXY_URL is set, so the webhook URL is this machine's own address, " +
  "which GitHub cannot reach (it refuses to register a localhost URL). Set PUBLIC_URL to the address the " +
  "app is reached at, or WEBHOOK_PROXY_URL to a channel from https://smee.io/new, and restart.";

/** Whether `key` holds a PEM private key's first line (read line by line: no pattern to backtrack). */
function hasPemKey(key: string): boolean {
  return key.split("\n").some((line) => {
    const l = line.trim();
    return l.startsWith("-----BEGIN ") && l.endsWith("PRIVATE KEY-----");
  });
}

const START = { back: "/probot", backText: "Start again" };
const FORM = { back: "/probot/import", backText: "Back to the form" };

/** An HTML page saying what is wrong, with a link back. */
function refuse(res: ServerResponse, status: number, title: string, message: string, back = START): void {
  send(res, status, "text/html", errorPage({ title, message, ...back }));
}

/** `text` with each of `secrets` (a code, a state) blanked out, for the log. */
function redact(text: string, secrets: Array<string | null>): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join("[redacted]");
  return out;
}

/**
 * The setup flow `npm start` serves while the app has no credentials: a page that registers a
 * GitHub App from `app.yml` through GitHub's manifest flow, GitHub's redirect back
 * (`/probot/setup?code=…`: the code is exchanged for the new app's id, key and secrets, written to
 * `.env`), and a form for an app that already exists. The paths are Probot's. The manifest's
 * webhook URL is the real one: the proxy channel, or the public URL's webhook path.
 *
 * Guarded against other sites (docs/security.md): it answers only requests whose `Host` is its own
 * (loopback with its port, or `PUBLIC_URL`'s host); saving needs an `Origin` of its own (when the
 * browser sends one, always on a POST) and a state minted for one page and good for one use; once
 * credentials are saved it stops, and it never logs a code, a state or a secret.
 */
export async function startSetupServer(o: SetupServerOptions): Promise<RunningSetup> {
  const states = new OneTimeStates();
  const web = `${o.env.GHE_PROTOCOL || "https"}://${o.env.GHE_HOST || "github.com"}`;
  const api = o.env.GHE_HOST ? `${web}/api/v3` : "https://api.github.com";
  const org = o.env.GH_ORG ? `/organizations/${encodeURIComponent(o.env.GH_ORG)}` : "";
  const hookFor = (req: IncomingMessage) => o.hookUrl ?? webhookUrlAt(baseUrlOf(req), o.env);
  const warning = o.hookUrl === undefined ? NOT_REACHABLE : undefined;
  let allowed = new Set<string>();
  let saved = false;
  let finish = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });

  /** Credentials are in `.env`: no state is good any more, and the server stops once `res` is sent. */
  function done(res: ServerResponse, what: string): void {
    saved = true;
    states.clear();
    res.once("finish", () => {
      server.close(() => finish());
      server.closeIdleConnections();
      // A browser's other keep-alive connection must not hold the process open.
      setTimeout(() => server.closeAllConnections(), 2000).unref();
    });
    o.log(
      `${what} The setup server has stopped. Next: install the app on your repositories ` +
        "(GitHub's page for it opens after registering), then run `npm start` again to start the app.",
    );
  }

  async function exchange(code: string, res: ServerResponse): Promise<void> {
    const answer = await fetch(`${api}/app-manifests/${encodeURIComponent(code)}/conversions`, {
      method: "POST",
      headers: { accept: "application/vnd.github+json", "user-agent": "incident-workflow-setup" },
    }).catch((error: unknown) => {
      const why = error instanceof Error ? (error.cause ?? error) : error;
      throw new Error(`could not reach ${api} (${why instanceof Error ? why.message : String(why)})`);
    });
    const data = (await answer.json().catch(() => ({}))) as Record<string, unknown>;
    if (!answer.ok) {
      const why = typeof data.message === "string" ? data.message : answer.statusText;
      o.log(`setup: GitHub did not create the app: ${answer.status} ${why}`);
      return refuse(res, 502, "GitHub did not create the app", `GitHub answered ${answer.status} ${why}.`);
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
    const next = `${String(data.html_url)}/installations/new`;
    done(res, `GitHub App ${String(data.slug ?? data.id)} registered; its credentials are in ${o.envFile}.`);
    send(res, 302, "text/plain", `Found. Redirecting to ${next}\n`, { location: next });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://setup");
    const route = `${req.method} ${url.pathname}`;
    const refused = hostProblem(req, allowed);
    if (refused !== undefined) {
      req.resume();
      o.log(`setup: refused ${route}: ${refused} (DNS rebinding?)`);
      return send(res, 403, "text/plain", `${refused}: open the setup page on this machine's own address\n`);
    }
    if (saved) {
      req.resume();
      return send(res, 410, "text/plain", "credentials are saved; the setup server is stopping\n");
    }
    if (route === "GET /" || route === "GET /probot/")
      return send(res, 302, "text/plain", "", { location: "/probot" });
    if (route === "GET /ping") return send(res, 200, "text/plain", "PONG");
    if (route === "GET /probot") {
      if (o.hookUrl === undefined) {
        return send(
          res,
          200,
          "text/html",
          noWebhookUrlPage({
            localHookUrl: hookFor(req),
            why: o.whyNoHookUrl,
            sandboxUrl: o.sandboxUrl?.(),
          }),
        );
      }
      const hookUrl = hookFor(req);
      const manifest = appManifest(o.appYml, { hookUrl, baseUrl: baseUrlOf(req) });
      const createAppUrl = `${web}${org}/settings/apps/new?state=${states.mint()}`;
      return send(
        res,
        200,
        "text/html",
        setupPage({
          createAppUrl,
          manifest: JSON.stringify(manifest),
          hookUrl,
          sandboxUrl: o.sandboxUrl?.(),
        }),
      );
    }
    if (route === "GET /probot/setup") {
      const foreign = originProblem(req, allowed, false);
      if (foreign !== undefined) return send(res, 403, "text/plain", `${foreign}\n`);
      const code = url.searchParams.get("code");
      if (!code)
        return refuse(res, 400, "No code from GitHub", "GitHub sent the browser back without a code.");
      if (!states.consume(url.searchParams.get("state")))
        return refuse(res, 400, "This link was used already", "Its state is unknown or already used.");
      return exchange(code, res);
    }
    if (route === "GET /probot/import") {
      const state = states.mint();
      return send(
        res,
        200,
        "text/html",
        importPage({ hookUrl: hookFor(req), appsUrl: `${web}/settings/apps`, state, warning }),
      );
    }
    if (route === "POST /probot/import") {
      const foreign = originProblem(req, allowed, true);
      if (foreign !== undefined) {
        req.resume();
        return send(res, 403, "text/plain", `${foreign}\n`);
      }
      const form = await readForm(req);
      if (!states.consume(form.get("state")))
        return refuse(res, 400, "The form has expired", "Its state is unknown or already used.", FORM);
      const appId = form.get("appId")?.trim() ?? "";
      const secret = form.get("webhookSecret") ?? "";
      const key = form.get("privateKey")?.trim() ?? "";
      const missing = [
        ...(/^\d+$/.test(appId) ? [] : ["an app id (digits)"]),
        ...(secret === "" ? ["a webhook secret"] : []),
        ...(hasPemKey(key) ? [] : ["a PEM private key (the whole .pem file)"]),
      ];
      if (missing.length > 0) {
        return refuse(res, 400, "Not saved", `Needed: ${missing.join(", ")}. Nothing was saved.`, FORM);
      }
      updateEnvFile(o.envFile, { APP_ID: appId, PRIVATE_KEY: key, WEBHOOK_SECRET: secret }, o.env);
      done(res, `GitHub App ${appId}: credentials saved to ${o.envFile}.`);
      return send(res, 200, "text/html", donePage(`The credentials of app ${appId} are in .env.`));
    }
    req.resume();
    refuse(res, 404, "Not found", "Incident Workflow is not set up yet.", {
      back: "/probot",
      backText: "Set it up",
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // The path only: the query holds the manifest code (it converts to the app's private key).
      const url = new URL(req.url ?? "/", "http://setup");
      const why = error instanceof Error ? error.message : String(error);
      const secrets = [url.searchParams.get("code"), url.searchParams.get("state")];
      o.log(`setup: ${req.method} ${url.pathname} failed: ${redact(why, secrets)}`);
      if (!res.headersSent)
        refuse(res, 500, "Setup failed", `${redact(why, secrets)}. The server's log says more.`);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const { address, port, family } = server.address() as AddressInfo;
  allowed = allowedHosts({ port, host: o.host, publicUrl: o.env.PUBLIC_URL });
  return { server, url: `http://${family === "IPv6" ? `[${address}]` : address}:${port}`, finished };
}
