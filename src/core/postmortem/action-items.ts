import type { Config } from "../config/config.js";
import { headerValue, MARKER_PREFIX } from "../state/markers.js";
import { inlineText } from "../text/markdown-safe.js";
import { isSpace, skipSpaces } from "../text/scan.js";

/** One `- [ ]` line of a postmortem's "Action items" section. */
export interface ActionItem {
  text: string;
  /** The first `@login` in it: who it is assigned to. */
  assignee: string | null;
  done: boolean;
  /** Stable across edits elsewhere in the document: the item's text, hashed. */
  key: string;
}

/**
 * SHA-1 in hex, with `node:crypto` loaded when first needed (process.getBuiltinModule): the modules
 * that import this file run on every event, and importing `node:crypto` costs the Action's cold
 * start a few milliseconds.
 */
function sha1(text: string): string {
  return process.getBuiltinModule("node:crypto").createHash("sha1").update(text).digest("hex");
}

const LOGIN = /(?:^|[^\w@`])@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![\w/-])/;

const TERMINATOR = /[\u2028\u2029]/;

/**
 * A task-list line (`- [ ] text`, `* [x] text`: up to 3 spaces, a bullet, spaces, a box, spaces, the
 * text), scanned by hand in one pass: the text without its trailing spaces, and whether it is ticked.
 */
export function taskItem(line: string): { done: boolean; text: string } | undefined {
  let at = 0;
  while (at < 3 && isSpace(line.charAt(at))) at++;
  if (!"-*+".includes(line.charAt(at)) || line.charAt(at) === "") return undefined;
  const box = skipSpaces(line, at + 1);
  if (box === at + 1 || line.charAt(box) !== "[" || line.charAt(box + 2) !== "]") return undefined;
  const mark = line.charAt(box + 1);
  if (mark !== " " && mark !== "x" && mark !== "X") return undefined;
  const start = skipSpaces(line, box + 3);
  if (start === box + 3) return undefined;
  const text = line.slice(start).trimEnd();
  // The text holds no line terminator (`.` in the pattern this replaces); when there is none, that
  // pattern took one of the spaces after the box (not the first, nor a line terminator) as the text.
  if (TERMINATOR.test(text)) return undefined;
  if (text === "" && !/[^\u2028\u2029]/.test(line.slice(box + 4, start))) return undefined;
  return { done: mark !== " ", text };
}

/** A title without the owner suffix ` (@login)` at its end. */
function withoutOwner(text: string): string {
  const trimmed = text.trimEnd();
  const open = trimmed.lastIndexOf("(@");
  if (!trimmed.endsWith(")") || open < 0) return text;
  const login = trimmed.slice(open + 2, -1);
  return login !== "" && /^[\w-]+$/.test(login) ? trimmed.slice(0, open) : text;
}

/** The document's front matter field (a plain YAML scalar, quoted or not). */
export function frontMatter(document: string, field: string): string | null {
  const block = /^---\n([\s\S]*?)\n---/.exec(document.replace(/\r\n?/g, "\n"))?.[1] ?? "";
  const line = block.split("\n").find((l) => l.startsWith(`${field}:`));
  if (line === undefined) return null;
  const raw = line.slice(field.length + 1).trim();
  if (raw === "null" || raw === "~" || raw === "") return null;
  const quoted = /^"(.*)"$/.exec(raw) ?? /^'(.*)'$/.exec(raw);
  return quoted ? (quoted[1] ?? "").replace(/\\"/g, '"') : raw;
}

/**
 * The task-list items under the document's "## Action items" heading (up to the next `## `),
 * outside code fences. People edit the document before merging it: whatever is there then counts.
 */
export function parseActionItems(document: string): ActionItem[] {
  const lines = document.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((l) => /^##\s+action items\s*$/i.test(l.trim()));
  if (start < 0) return [];
  const items: ActionItem[] = [];
  let fence = false;
  for (const line of lines.slice(start + 1)) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    if (/^##\s/.test(line)) break;
    const m = taskItem(line);
    if (!m) continue;
    const text = m.text;
    const assignee = LOGIN.exec(text)?.[1] ?? null;
    const normalised = text.replace(/\s+/g, " ").toLowerCase();
    items.push({
      text,
      assignee: assignee?.endsWith("[bot]") ? null : assignee,
      done: m.done,
      key: sha1(normalised).slice(0, 12),
    });
  }
  return items;
}

/** Marks an issue made from an action item: which incident, which postmortem PR, which item. */
export const actionItemMarker = (incident: number, pull: number, key: string): string =>
  `${MARKER_PREFIX}action-item:${incident}:${pull}:${key} -->`;
/** The action-item marker in the body's marker header (see `markerHeader`), or null. */
export function readActionItemMarker(body: string): { incident: number; pull: number; key: string } | null {
  const v = headerValue(body, `${MARKER_PREFIX}action-item:`);
  const m = v === null ? null : /^(\d{1,9}):(\d{1,9}):([0-9a-f]{1,40})$/.exec(v);
  return m ? { incident: Number(m[1]), pull: Number(m[2]), key: m[3] ?? "" } : null;
}
export const dueMarker = (date: string): string => `${MARKER_PREFIX}due:${date} -->`;
/** The due date in the body's marker header, or null. */
export const readDueMarker = (body: string): string | null => {
  const v = headerValue(body, `${MARKER_PREFIX}due:`);
  return v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
};

/** Days until an item of this level is due: the config's, else 14 / 30 / 60 by rank. */
export function dueDays(config: Config, severity: string | null): number {
  const days = config.actionItems.dueDays;
  if (severity !== null && days[severity] !== undefined) return days[severity];
  if (days.default !== undefined) return days.default;
  const rank = config.severities.find((s) => s.id === severity)?.rank ?? 3;
  return rank === 1 ? 14 : rank === 2 ? 30 : 60;
}

/** The issue made from an action item. */
export function actionItemIssue(input: {
  item: ActionItem;
  pull: { number: number; url: string };
  incident: number;
  severity: string | null;
  due: string;
  document: string;
}): { title: string; body: string } {
  const { item, pull, incident } = input;
  // A title is plain text (GitHub renders no Markdown there): one line, without the owner suffix.
  const title = withoutOwner(item.text).replace(/\s+/g, " ").trim().slice(0, 240);
  // The tool's markers first: its header, the only place they are read from.
  const body = [
    actionItemMarker(incident, pull.number, item.key),
    dueMarker(input.due),
    `**Action item** from the postmortem of incident #${incident} (${pull.url}, \`${input.document}\`).`,
    "",
    `> ${inlineText(item.text, 1000)}`,
    "",
    `**Due:** ${input.due}${input.severity ? ` (${input.severity})` : ""}`,
  ].join("\n");
  return { title: title === "" ? "Action item" : title, body };
}
