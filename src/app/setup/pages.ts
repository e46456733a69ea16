/** The setup flow's pages: plain HTML, no scripts, every value escaped (as the status page's). */
import { escapeMarkup as escapeHtml } from "../../core/status-page/escape.js";

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; }
code { background: #f3f3f3; padding: 0 .25em; word-break: break-all; }
.warn { border-left: 4px solid #d93f0b; padding-left: 1rem; }
button { font-size: 1rem; padding: .5rem 1rem; }
label { display: block; margin-top: 1rem; }
input, textarea { width: 100%; font: inherit; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export interface SetupPage {
  /** GitHub's "new app from manifest" URL, with the flow's state. */
  createAppUrl: string;
  manifest: string;
  hookUrl: string;
  /** Why GitHub may not reach `hookUrl`, when it may not. */
  warning?: string | undefined;
  /** The sandbox's address, when one runs beside the setup flow. */
  sandboxUrl?: string | undefined;
}

/** The link to the sandbox running beside the setup flow, when one runs. */
function sandboxLink(url: string | undefined): string {
  return url
    ? `\n<h2>Try it first</h2>\n<p><a id="sandbox-link" href="${escapeHtml(url)}">Open the sandbox</a>: the real app on an in-memory GitHub stand-in on this machine, no GitHub account needed.</p>`
    : "";
}

export function setupPage(p: SetupPage): string {
  const warning = p.warning ? `<p class="warn">${escapeHtml(p.warning)}</p>` : "";
  return page(
    "Set up Incident Workflow",
    `<h1>Set up Incident Workflow</h1>
<p>Register a GitHub App for Incident Workflow. GitHub creates it from the manifest below (permissions
and events from <code>app.yml</code>), sends you back here, and this page saves its credentials to
<code>.env</code>, and the setup server stops. Then you choose the repositories to install it on, and run
<code>npm start</code> again.</p>
<p>GitHub will deliver webhooks to <code>${escapeHtml(p.hookUrl)}</code>.</p>
${warning}
<form action="${escapeHtml(p.createAppUrl)}" method="post">
<input type="hidden" name="manifest" value="${escapeHtml(p.manifest)}">
<button type="submit">Register the GitHub App</button>
</form>
<p><a href="/probot/import">Or use a GitHub App you already have</a>.</p>${sandboxLink(p.sandboxUrl)}`,
  );
}

/**
 * The setup page when nothing says how GitHub reaches this machine (no `PUBLIC_URL`, no
 * `WEBHOOK_PROXY_URL`, no proxy channel could be made): GitHub refuses to register an app whose
 * webhook URL is this machine's own address, so there is no Register button, only how to get one.
 */
export function noWebhookUrlPage(p: {
  localHookUrl: string;
  why?: string | undefined;
  sandboxUrl?: string | undefined;
}): string {
  const why = p.why ? `<p class="warn">${escapeHtml(p.why)}</p>` : "";
  return page(
    "Set up Incident Workflow: a webhook URL first",
    `<h1>Set up Incident Workflow: a webhook URL first</h1>
<p>GitHub delivers the app's webhooks to a URL it can reach, and refuses to register an app whose
webhook URL is this machine's own address (<code>${escapeHtml(p.localHookUrl)}</code>). Neither
<code>PUBLIC_URL</code> nor <code>WEBHOOK_PROXY_URL</code> is set, so there is no URL to register yet.</p>
${why}
<h2>On your machine: a webhook proxy channel</h2>
<ol>
<li>Open <a href="https://smee.io/new">https://smee.io/new</a>: it creates a channel and shows its
URL, like <code>https://smee.io/AbC123</code>.</li>
<li>Add it to <code>.env</code> in the directory you ran <code>npm start</code> from:
<code>WEBHOOK_PROXY_URL=https://smee.io/AbC123</code>.</li>
<li>Stop this server (Ctrl+C) and run <code>npm start</code> again: this page then registers the
app with that URL, and the app forwards the channel's deliveries to itself.</li>
</ol>
<h2>On a server reachable from the internet</h2>
<p>Set <code>PUBLIC_URL</code> to the address it is reached at (<code>https://incidents.example.com</code>)
and run <code>npm start</code> again: GitHub then delivers to <code>PUBLIC_URL</code> + the webhook path.</p>
<p><a href="/probot/import">Or use a GitHub App you already have</a>.</p>${sandboxLink(p.sandboxUrl)}`,
  );
}

/** A request the setup flow cannot take: what is wrong, and a link back to where to try again. */
export function errorPage(p: { title: string; message: string; back: string; backText: string }): string {
  return page(
    p.title,
    `<h1>${escapeHtml(p.title)}</h1>
<p>${escapeHtml(p.message)}</p>
<p><a href="${escapeHtml(p.back)}">${escapeHtml(p.backText)}</a></p>`,
  );
}

export function importPage(p: {
  hookUrl: string;
  appsUrl: string;
  state: string;
  warning?: string | undefined;
}): string {
  const warning = p.warning ? `<p class="warn">${escapeHtml(p.warning)}</p>` : "";
  return page(
    "Use an existing GitHub App",
    `<h1>Use an existing GitHub App</h1>
<ol>
<li>In <a href="${escapeHtml(p.appsUrl)}">your GitHub App's settings</a>, set the webhook URL to
<code>${escapeHtml(p.hookUrl)}</code>, activate the webhook and set a webhook secret.
The app needs the permissions and events <code>app.yml</code> lists (issues, pull requests and
contents: write).</li>
<li>Give its id, that secret and a private key; they are saved to <code>.env</code>.</li>
</ol>
${warning}
<form action="/probot/import" method="post">
<input type="hidden" name="state" value="${escapeHtml(p.state)}">
<label>App ID <input name="appId" required pattern="[0-9]+" inputmode="numeric"></label>
<label>Webhook secret <input name="webhookSecret" type="password" required></label>
<label>Private key (the whole <code>.pem</code> file) <textarea name="privateKey" rows="8" required></textarea></label>
<p><button type="submit">Save</button></p>
</form>`,
  );
}

export function donePage(what: string): string {
  return page(
    "Incident Workflow is set up",
    `<h1>Saved</h1><p>${escapeHtml(what)} The setup server has stopped: run <code>npm start</code>
again to start the app.</p>`,
  );
}
