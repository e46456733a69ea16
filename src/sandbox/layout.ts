/**
 * The frame of every sandbox page: says it is a sandbox, links to the setup flow, lets the visitor
 * choose who they act as (a cookie the server checks against the seeded people), and refreshes the
 * live part of the page when anything happened (polls `/api/version` every 100 ms). No
 * framework; everything people wrote is escaped by the callers.
 */
import { escapeMarkup as esc } from "../core/status-page/escape.js";
import { PEOPLE } from "./people.js";

export interface Frame {
  title: string;
  /** Who the visitor acts as. */
  as: string;
  /** The setup flow's address, when one runs beside the sandbox. */
  setupUrl?: string | undefined;
  version: number;
  /** Refreshed in place as the app acts (`?live=1` answers only this part). */
  live: string;
  /** Around the live part, left alone by refreshes (forms being filled in). */
  before?: string;
  after?: string;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f2328}
header{background:#fff8c5;border-bottom:2px solid #d4a72c;padding:.5rem 1rem;display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
main{max-width:60rem;margin:1rem auto;padding:0 1rem}
nav a{margin-right:1rem}
.label{display:inline-block;border:1px solid #d0d7de;border-radius:1em;padding:0 .6em;margin:0 .2em .2em 0;font-size:.85em;background:#f6f8fa}
.comment{border:1px solid #d0d7de;border-radius:6px;margin:.8rem 0}
.comment>.who{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:.3rem .8rem;font-size:.9em}
.comment>.body{padding:.2rem .8rem}
.board{border:2px solid #0969da}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.2rem .5rem;text-align:left}
blockquote{border-left:3px solid #d0d7de;margin:0;padding-left:.8rem;color:#59636e}
code{background:#f3f3f3;padding:0 .2em}pre{background:#f6f8fa;padding:.5rem;overflow:auto}
textarea,input[type=text]{width:100%;font:inherit;box-sizing:border-box}
form.inline{display:inline}
.error{border-left:4px solid #cf222e;padding-left:1rem}`;

const SCRIPT = `(function(){
var v=Number(document.body.dataset.version),busy=false;
document.getElementById("as").addEventListener("change",function(e){document.cookie="as="+e.target.value+";path=/;samesite=strict";});
setInterval(function(){if(busy)return;busy=true;
fetch("/api/version").then(function(r){return r.json();}).then(function(j){
if(j.version===v)return;var next=j.version;
return fetch(location.pathname+"?live=1").then(function(r){return r.text();}).then(function(html){
document.getElementById("live").innerHTML=html;v=next;document.body.dataset.version=String(next);});
}).catch(function(){}).finally(function(){busy=false;});},100);
})();`;

export function frame(f: Frame): string {
  const people = PEOPLE.map(
    (p) =>
      `<option value="${esc(p.login)}"${p.login === f.as ? " selected" : ""}>${esc(p.login)} (${esc(p.about)})</option>`,
  ).join("");
  const setup = f.setupUrl ? ` <a href="${esc(f.setupUrl)}">Connect a real GitHub App instead →</a>` : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(f.title)} · Incident Workflow sandbox</title>
<style>${STYLE}</style>
</head>
<body data-version="${f.version}">
<header role="banner"><strong id="sandbox-banner">Sandbox: an in-memory GitHub stand-in on this machine, nothing is sent to GitHub.</strong>${setup}
<label>Acting as <select id="as">${people}</select></label></header>
<main>
<nav><a href="/">Incidents</a><a href="/dashboard">Dashboard issue</a><a href="/status">Status page</a></nav>
${f.before ?? ""}
<div id="live">${f.live}</div>
${f.after ?? ""}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** A page saying what went wrong, with the way back. */
export function errorPage(
  f: Pick<Frame, "as" | "setupUrl" | "version">,
  message: string,
  back: string,
): string {
  return frame({
    ...f,
    title: "Not done",
    live: `<h1>Not done</h1><p class="error" id="error">${esc(message)}</p><p><a href="${esc(back)}">Back</a></p>`,
  });
}
