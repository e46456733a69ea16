/**
 * The sandbox's web server, on 127.0.0.1 only: the pages (pages.ts) in the frame (layout.ts), the
 * status page the Action would publish, `/api/version` for the pages' live refresh, and `POST /act`
 * for what a person does. Requests naming another host (DNS rebinding) or posted from another
 * site's page are refused, as the setup flow does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { allowedHosts, hostProblem, originProblem } from "../app/setup/request-guard.js";
import { escapeMarkup as esc } from "../core/status-page/escape.js";
import { renderStatusPageFiles } from "../handlers/status-page.js";
import { ActionError, hasIssue } from "./actions.js";
import type { Sandbox } from "./boot.js";
import { declareForm, issueFormOf, parseAction } from "./forms.js";
import { errorPage, frame } from "./layout.js";
import { homeLive, issueLive, issuesOf, pullLive } from "./pages.js";
import { PEOPLE } from "./people.js";

export interface WebOptions {
  port: number;
  /** Where the setup flow runs, linked from every page. */
  setupUrl?: string | undefined;
}

export interface SandboxWeb {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const MAX_FORM_BYTES = 256 * 1024;

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) reject(new ActionError(`the form is larger than ${MAX_FORM_BYTES} bytes`));
      else chunks.push(chunk);
    });
    req.once("end", () => resolve(new URLSearchParams(Buffer.concat(chunks).toString("utf8"))));
    req.once("error", reject);
  });
}

function actingAs(req: IncomingMessage): string {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === "as" && value !== undefined && PEOPLE.some((p) => p.login === value)) return value;
  }
  return PEOPLE[0]?.login ?? "alice";
}

const send = (res: ServerResponse, status: number, type: string, body: string) =>
  void res
    .writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" })
    .end(body);

async function configNote(sandbox: Sandbox): Promise<string> {
  const where = sandbox.hasConfig
    ? "<code>.github/incidents.yml</code> from this directory"
    : "the built-in defaults (no <code>.github/incidents.yml</code> here)";
  const loaded = await (await sandbox.deps()).loadConfig();
  if (loaded.ok) return `<p id="config">Config: ${where}, valid.</p>`;
  const problems = loaded.problems.map((p) => `<li><code>${esc(p.path)}</code>: ${esc(p.message)}</li>`);
  return `<div id="config" class="error"><p>Config: ${where} is <strong>invalid</strong>; the app reports this on every incident:</p><ul>${problems.join("")}</ul></div>`;
}

export async function startWeb(sandbox: Sandbox, options: WebOptions): Promise<SandboxWeb> {
  const { emu } = sandbox;
  let allowed = new Set<string>();
  const page = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const as = actingAs(req);
    const base = { as, setupUrl: options.setupUrl, version: sandbox.version() };
    const live = url.searchParams.get("live") === "1";
    const show = (title: string, body: string, extra: { before?: string; after?: string } = {}) =>
      send(res, 200, "text/html", live ? body : frame({ ...base, ...extra, title, live: body }));
    const path = url.pathname;
    if (req.method === "POST" && path === "/act") {
      const refused = originProblem(req, allowed, true);
      if (refused !== undefined) return send(res, 403, "text/plain", `${refused}\n`);
      const action = parseAction(await readForm(req), as, issueFormOf(emu));
      const { issue } = await sandbox.act(action);
      res.writeHead(303, { location: `/issues/${issue}` }).end();
      return;
    }
    if (req.method !== "GET") return send(res, 405, "text/plain", "method not allowed\n");
    if (path === "/api/version")
      return send(res, 200, "application/json", JSON.stringify({ version: sandbox.version() }));
    if (path === "/")
      return show("Incidents", homeLive(emu, await configNote(sandbox)), { after: declareForm(emu) });
    const issue = path.startsWith("/issues/") ? Number(path.slice(8)) : Number.NaN;
    if (Number.isInteger(issue) && issue > 0) {
      if (!hasIssue(emu, issue))
        return send(res, 404, "text/html", errorPage(base, `there is no issue #${issue}`, "/"));
      const comment = `<h2>Comment</h2><form method="post" action="/act"><input type="hidden" name="kind" value="comment"><input type="hidden" name="issue" value="${issue}"><textarea name="body" id="comment-body" rows="4" placeholder="/commander me"></textarea><p><button type="submit" id="comment-submit">Comment</button> <small>Slash commands: <code>/help</code>.</small></p></form>`;
      return show(`#${issue}`, issueLive(emu, issue), { after: comment });
    }
    const pull = path.startsWith("/pulls/") ? Number(path.slice(7)) : Number.NaN;
    if (
      Number.isInteger(pull) &&
      pull > 0 &&
      !(emu.pulls() as Array<{ number: number }>).some((p) => p.number === pull)
    )
      return send(res, 404, "text/html", errorPage(base, `there is no pull request #${pull}`, "/"));
    if (Number.isInteger(pull) && pull > 0) return show(`Pull request #${pull}`, pullLive(emu, pull));
    if (path === "/dashboard") {
      const loaded = await (await sandbox.deps()).loadConfig();
      const label = loaded.ok ? loaded.config.labels.dashboard : undefined;
      const found = issuesOf(emu).find((i) =>
        i.labels.some((l) => typeof l !== "string" && l.name === label),
      );
      if (found !== undefined) return void res.writeHead(303, { location: `/issues/${found.number}` }).end();
      return show(
        "Dashboard",
        "<h1>Dashboard</h1><p>No dashboard issue yet: the app opens it with the first incident (when <code>dashboard.enabled</code>).</p>",
      );
    }
    if (path === "/status") {
      const report = await renderStatusPageFiles(await sandbox.deps());
      if ("invalid" in report)
        return show(
          "Status page",
          `<h1>Status page</h1><p class="error">Invalid configuration: ${esc(report.invalid)}</p>`,
        );
      const banner = `<p style="background:#fff8c5;padding:.5rem;margin:0">Sandbox: this is the status page the Action's <code>mode: status-page</code> would publish for this repository. <a href="/">Back to the sandbox</a></p>`;
      return send(res, 200, "text/html", report.files["index.html"].replace("<body>", `<body>${banner}`));
    }
    send(res, 404, "text/html", errorPage(base, `nothing at ${path}`, "/"));
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const refused = hostProblem(req, allowed);
    if (refused !== undefined) return send(res, 421, "text/plain", `${refused}\n`);
    page(req, res, url).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const status = error instanceof ActionError ? 400 : 500;
      if (!(error instanceof ActionError))
        console.error(`sandbox: ${req.method} ${url.pathname}: ${message}`);
      const back =
        req.headers.referer && URL.canParse(req.headers.referer)
          ? new URL(req.headers.referer).pathname
          : "/";
      if (!res.headersSent)
        send(
          res,
          status,
          "text/html",
          errorPage(
            { as: actingAs(req), setupUrl: options.setupUrl, version: sandbox.version() },
            message,
            back,
          ),
        );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowed = allowedHosts({ port, host: "127.0.0.1" });
  return {
    server,
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
