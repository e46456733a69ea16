/**
 * The sandbox's pages, as HTML fragments for the live part of the frame: the repository's issues,
 * one issue (its board first, then labels, assignees and comments) and a pull request's changed
 * files. Read from the emulator's state in GitHub's REST shapes; every text escaped, Markdown
 * through the safe renderer.
 */
import { escapeMarkup as esc } from "../core/status-page/escape.js";
import type { Emulator } from "../emulator/index.js";
import { renderMarkdown } from "./markdown.js";

const BOARD_MARKER = "<!-- incident-workflow:board -->";

interface IssueJson {
  number: number;
  title: string;
  state: string;
  state_reason?: string | null;
  body?: string | null;
  user: { login: string } | null;
  labels: Array<{ name?: string } | string>;
  assignees?: Array<{ login: string }> | null;
}

interface CommentJson {
  id: number;
  body?: string;
  created_at: string;
  user: { login: string; type?: string } | null;
}

interface PullJson {
  number: number;
  title: string;
  state: string;
  body?: string | null;
  head: { ref: string };
  base: { ref: string };
}

const labelNames = (i: IssueJson) => i.labels.map((l) => (typeof l === "string" ? l : (l.name ?? "")));
const chip = (name: string) => `<span class="label">${esc(name)}</span>`;
const stateText = (i: IssueJson) =>
  i.state === "open" ? "open" : `closed${i.state_reason ? ` as ${i.state_reason.replace("_", " ")}` : ""}`;

export const isBoard = (c: CommentJson) =>
  c.user?.type === "Bot" && String(c.body ?? "").startsWith(BOARD_MARKER);

export function issuesOf(emu: Emulator): IssueJson[] {
  return (emu.issues() as unknown as IssueJson[]).sort((a, b) => b.number - a.number);
}

/** The home page's live part: issues and pull requests, newest first. */
export function homeLive(emu: Emulator, configNote: string): string {
  const rows = issuesOf(emu)
    .map(
      (i) =>
        `<tr><td>#${i.number}</td><td><a href="/issues/${i.number}">${esc(i.title)}</a></td>` +
        `<td>${stateText(i)}</td><td>${labelNames(i).map(chip).join("")}</td></tr>`,
    )
    .join("");
  const pulls = (emu.pulls() as unknown as PullJson[])
    .map((p) => `<li><a href="/pulls/${p.number}">#${p.number} ${esc(p.title)}</a> (${esc(p.state)})</li>`)
    .join("");
  return `<h1>${esc(emu.fullName)}</h1>
${configNote}
<h2>Issues</h2>
${rows ? `<table id="issues"><thead><tr><th>#</th><th>Title</th><th>State</th><th>Labels</th></tr></thead><tbody>${rows}</tbody></table>` : "<p>No issues yet: declare an incident below.</p>"}
<h2>Pull requests</h2>
${pulls ? `<ul id="pulls">${pulls}</ul>` : "<p>None yet: closing an incident as completed opens its postmortem.</p>"}`;
}

function labelButtons(emu: Emulator, issue: IssueJson): string {
  const on = new Set(labelNames(issue));
  const buttons = emu
    .repoLabels()
    .map((l) => l.name)
    .sort()
    .map((name) => {
      const kind = on.has(name) ? "unlabel" : "label";
      return `<form class="inline" method="post" action="/act"><input type="hidden" name="kind" value="${kind}"><input type="hidden" name="issue" value="${issue.number}"><input type="hidden" name="label" value="${esc(name)}"><button type="submit" data-label="${esc(name)}" aria-pressed="${on.has(name)}">${on.has(name) ? "− " : "+ "}${esc(name)}</button></form>`;
    });
  return `<details><summary>Labels (add or remove)</summary><p id="label-buttons">${buttons.join(" ")}</p></details>`;
}

function stateButtons(issue: IssueJson): string {
  const form = (kind: string, text: string, reason = "") =>
    `<form class="inline" method="post" action="/act"><input type="hidden" name="kind" value="${kind}"><input type="hidden" name="issue" value="${issue.number}">${reason ? `<input type="hidden" name="reason" value="${reason}">` : ""}<button type="submit">${text}</button></form>`;
  return issue.state === "open"
    ? `${form("close", "Close as completed", "completed")} ${form("close", "Close as not planned", "not_planned")}`
    : form("reopen", "Reopen");
}

function commentHtml(c: CommentJson): string {
  const board = isBoard(c);
  return `<div class="comment${board ? " board" : ""}" id="comment-${c.id}"><div class="who"><strong>${esc(c.user?.login ?? "ghost")}</strong> · ${esc(c.created_at)}${board ? " · status board" : ""}</div><div class="body">${renderMarkdown(String(c.body ?? ""))}</div></div>`;
}

/** The issue page's live part. */
export function issueLive(emu: Emulator, n: number): string {
  const issue = emu.issue(n) as unknown as IssueJson;
  const comments = emu.comments(n) as unknown as CommentJson[];
  const board = comments.find(isBoard);
  const assignees = (issue.assignees ?? []).map((a) => esc(a.login)).join(", ") || "none";
  const related = (emu.pulls() as unknown as PullJson[]).filter((p) =>
    String(p.body ?? "").includes(`#${n}`),
  );
  return `<h1>${esc(issue.title)} <small>#${n}</small></h1>
<p><strong id="issue-state">${stateText(issue)}</strong> · opened by ${esc(issue.user?.login ?? "ghost")} · assignees: <span id="assignees">${assignees}</span></p>
<p id="labels">${labelNames(issue).map(chip).join("")}</p>
${related.map((p) => `<p class="related">Pull request: <a href="/pulls/${p.number}">#${p.number} ${esc(p.title)}</a></p>`).join("")}
<p>${stateButtons(issue)}</p>
${labelButtons(emu, issue)}
<h2>Status board</h2>
<div id="board">${board ? commentHtml(board) : "<p>No board yet.</p>"}</div>
<h2>Conversation</h2>
<div class="comment"><div class="who"><strong>${esc(issue.user?.login ?? "ghost")}</strong> opened the issue</div><div class="body">${renderMarkdown(String(issue.body ?? ""))}</div></div>
<div id="comments">${comments.map(commentHtml).join("\n")}</div>`;
}

/** A pull request's live part: its description and every file that differs from its base. */
export function pullLive(emu: Emulator, n: number): string {
  const pull = (emu.pulls() as unknown as PullJson[]).find((p) => p.number === n);
  if (pull === undefined) throw new Error(`no pull request #${n}`);
  const head = emu.tree(pull.head.ref);
  const base = emu.tree(pull.base.ref);
  const changed = Object.keys(head)
    .filter((path) => head[path] !== base[path])
    .sort();
  const files = changed
    .map((path) => {
      const text = head[path] ?? "";
      const body = path.endsWith(".md") ? renderMarkdown(text) : `<pre>${esc(text)}</pre>`;
      return `<section class="file"><h3><code>${esc(path)}</code></h3><div class="comment"><div class="body">${body}</div></div></section>`;
    })
    .join("\n");
  return `<h1>${esc(pull.title)} <small>#${n}</small></h1>
<p>${esc(pull.state)} · <code>${esc(pull.head.ref)}</code> → <code>${esc(pull.base.ref)}</code></p>
<div class="comment"><div class="body">${renderMarkdown(String(pull.body ?? ""))}</div></div>
<h2>Files changed (${changed.length})</h2>
${files}`;
}
