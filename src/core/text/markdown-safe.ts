/**
 * User text is data. These functions turn anything a person typed (titles, updates, notes, logins)
 * into Markdown that renders as that text and nothing else: no HTML, no hidden comments (so a comment
 * can never fake or close the board's `<!-- … -->` marker), no headings, lists, quotes, tables, code
 * blocks, links or images, and no @mentions, so re-rendering the board never notifies anyone again.
 *
 * Rules (outside URLs): `\ ` * _ [ ] | ~ $` are backslash-escaped; `<` and `>` become `&lt;` `&gt;`;
 * `&` becomes `&amp;` only where it would start an entity; a `#`, `-`, `+`, `=` or `1.`/`1)` that
 * starts a line is escaped; `@` followed by a login character gets U+2060 WORD JOINER after it (unless
 * it sits inside a word, like an e-mail address); control characters are dropped, and so are
 * bidirectional controls (`bidi.ts`: no line displays in another order than it reads). Inside bare URLs
 * (`http://`, `https://`, `www.`) the same characters are percent-encoded instead, so links still work.
 * `#123` issue references are left alone. Lengths are counted in code points of the output, and
 * truncation never splits an escape, a URL escape or a combining sequence; it ends with `…`.
 */

import { isBidiControl } from "./bidi.js";
import { Out } from "./bounded-output.js";

/** U+2060 WORD JOINER: invisible and not a login character, so `@⁠alice` never notifies. */
export const WORD_JOINER = "\u2060";
const NBSP = "\u00a0";

const BACKSLASHED = new Set(["\\", "`", "*", "_", "[", "]", "|", "~", "$"]);
const URL_ENCODED: Readonly<Record<string, string>> = {
  "\\": "%5C",
  "`": "%60",
  "*": "%2A",
  _: "%5F",
  "[": "%5B",
  "]": "%5D",
  "|": "%7C",
  "~": "%7E",
  $: "%24",
};
const LINE_START_ESCAPED = new Set(["#", "-", "+", "="]);
const URL_AT = /(?:https?:\/\/|www\.)[^\s<>\p{Cc}]+/iuy;
const ENTITY_AT = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const ORDERED_AT = /[0-9]{1,9}[.)]/y;
const SPACE = /^\s$/u;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;

function isSpace(ch: string): boolean {
  return ch === "\u0085" || SPACE.test(ch);
}

function emitUrl(url: string, out: Out): void {
  for (let i = 0; i < url.length; ) {
    const ch = String.fromCodePoint(url.codePointAt(i)!);
    const encoded = URL_ENCODED[ch];
    if (encoded !== undefined) out.add(encoded);
    else if (ch === "&" && matchesAt(ENTITY_AT, url, i)) out.add("&amp;");
    else out.add(ch);
    i += ch.length;
  }
}

function matchesAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUrlStart = (c: number): boolean => c === 104 || c === 72 || c === 119 || c === 87; // h H w W

/**
 * Emits one line (for `inlineText`, the whole text: line breaks are just whitespace). Runs of
 * whitespace become one space; leading whitespace is dropped, or kept as no-break spaces when
 * `keepIndent` (no-break spaces cannot start an indented code block).
 */
function emitLine(line: string, out: Out, keepIndent: boolean): void {
  let i = 0;
  let indent = 0;
  while (i < line.length && isSpace(line[i]!)) {
    indent += line[i] === "\t" ? 4 : 1;
    i++;
  }
  if (keepIndent) for (let k = 0; k < indent && !out.full; k++) out.add(NBSP);
  let atStart = true;
  let pendingSpace = false;
  let prevWord = false;
  while (i < line.length && !out.full) {
    const c = line.charCodeAt(i);
    const ch = c < 0x80 ? line[i]! : String.fromCodePoint(line.codePointAt(i)!);
    if (c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : isSpace(ch)) {
      pendingSpace = true;
      prevWord = false;
      i += ch.length;
      continue;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c)) {
      i++;
      continue;
    }
    if (pendingSpace) out.add(" ");
    pendingSpace = false;
    const urlText = isUrlStart(c) && !prevWord ? matchesAt(URL_AT, line, i) : undefined;
    const ordered = atStart && c >= 48 && c <= 57 ? matchesAt(ORDERED_AT, line, i) : undefined;
    if (urlText !== undefined) {
      emitUrl(urlText, out);
      i += urlText.length;
      prevWord = isAlnum(urlText.charCodeAt(urlText.length - 1));
    } else if (ordered !== undefined) {
      out.add(ordered.slice(0, -1));
      out.add(`\\${ordered.at(-1)}`);
      i += ordered.length;
      prevWord = false;
    } else if (isAlnum(c)) {
      let end = i + 1;
      while (end < line.length && isAlnum(line.charCodeAt(end))) end++;
      out.add(line.slice(i, end), true);
      i = end;
      prevWord = true;
    } else {
      out.add(escapeChar(ch, line, i, prevWord, atStart));
      i += ch.length;
      prevWord = false;
    }
    atStart = false;
  }
}

function escapeChar(ch: string, line: string, i: number, prevWord: boolean, atStart: boolean): string {
  if (BACKSLASHED.has(ch) || (atStart && LINE_START_ESCAPED.has(ch))) return `\\${ch}`;
  if (ch === "<") return "&lt;";
  if (ch === ">") return "&gt;";
  if (ch === "&") return matchesAt(ENTITY_AT, line, i) !== undefined ? "&amp;" : "&";
  if (ch === "@" && !prevWord && isAlnum(line.charCodeAt(i + 1))) return `@${WORD_JOINER}`;
  return ch;
}

/** Printable ASCII that `emitLine` may change (escape, encode or treat as a line start): `\ ` * _ [ ] | ~ $ < > & @`. */
const NOT_PLAIN = new Uint8Array(128);
for (const ch of "\\`*_[]|~$<>&@") NOT_PLAIN[ch.charCodeAt(0)] = 1;

/**
 * Whether `inlineText` would return the text unchanged, decided in one pass without building it:
 * it fits (in UTF-16 units, so in code points too), has no character that is escaped, encoded,
 * dropped or collapsed (any whitespace but single inner spaces, control characters, the characters
 * of `NOT_PLAIN`), and does not start with what is escaped at a line start (a digit, `#`, `-`, `+`,
 * `=`). Most of what the board shows (logins, times, short entries) is such text.
 */
function isPlainInline(text: string, maxLength: number): boolean {
  const n = text.length;
  if (n === 0 || n > maxLength) return false;
  const first = text.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 35 || first === 45 || first === 43 || first === 61)
    return false;
  if (text.charCodeAt(n - 1) === 32) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 32 || c === 0x7f || NOT_PLAIN[c] === 1 || (c === 32 && (prev === 32 || i === 0))) return false;
    } else if (c <= 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)) {
      return false; // C1 controls, U+0085, no-break space, Unicode spaces
    } else if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return false;
    } else if (isBidiControl(c)) {
      return false;
    }
    prev = c;
  }
  return true;
}

/**
 * One line of user text, safe inside a Markdown table cell, list item or heading: whitespace and line
 * breaks collapse to single spaces; at most `maxLength` code points (ending in `…` when cut).
 */
export function inlineText(text: string, maxLength: number): string {
  if (isPlainInline(text, maxLength)) return text;
  const out = new Out(maxLength);
  emitLine(text, out, false);
  return out.finish();
}

/**
 * Multi-line user text as the body of a blockquote: every line starts with `> `, runs of blank lines
 * become one `>` line, indentation is kept as no-break spaces, and nothing inside can open a code
 * block, an HTML block or a nested structure. At most `maxLength` code points including the `> `
 * prefixes. Returns `""` for blank text.
 */
export function blockText(text: string, maxLength: number): string {
  const out = new Out(maxLength);
  let started = false;
  let blank = false;
  for (const line of text.split(LINE_BREAK)) {
    if (out.full) break;
    if (/^\s*$/u.test(line)) {
      blank = started;
      continue;
    }
    out.add(started ? (blank ? "\n>\n> " : "\n> ") : "> ");
    started = true;
    blank = false;
    emitLine(line, out, true);
  }
  return out.finish();
}

/**
 * A person (or `org/team`) named on the board without notifying them: `@` + WORD JOINER + login,
 * the login escaped like any other text (`dependabot[bot]` → `dependabot\[bot\]`).
 */
export function mention(login: string): string {
  const name = inlineText(login.startsWith("@") ? login.slice(1) : login, 200);
  return name === "" ? "" : `@${WORD_JOINER}${name}`;
}
