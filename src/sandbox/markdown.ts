/**
 * A small, safe Markdown renderer for the sandbox's pages: the subset the board, the postmortem and
 * people's comments use (headings, paragraphs, lists and task lists, tables, block quotes, fenced
 * code, `**bold**`, `_emphasis_`, `` `code` ``, links). Every character of the source is escaped
 * first; no HTML is ever passed through (HTML comments, the tool's markers, are dropped; other tags
 * show as text), links keep only `http(s)://`, `#…` and `/…` targets. Scanned by hand, no regular
 * expressions over what people wrote.
 */
import { escapeMarkup as esc } from "../core/status-page/escape.js";

/** Where `marker` closes, from `from`, on one line; -1 when it does not. */
const closing = (text: string, marker: string, from: number) => text.indexOf(marker, from);

function safeHref(target: string): string | undefined {
  const t = target.trim();
  if (t.startsWith("https://") || t.startsWith("http://") || t.startsWith("#") || t.startsWith("/")) return t;
  return undefined;
}

/** The length of the character reference (`&lt;`, `&#128680;`) at `at`, or 0 when there is none. */
function entityLength(text: string, at: number): number {
  let i = at + 1;
  if (text[i] === "#") i += 1;
  const start = i;
  while (i < text.length && i - at < 32) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum) break;
    i += 1;
  }
  return i > start && text[i] === ";" ? i + 1 - at : 0;
}

/**
 * Text escaped for HTML, except character references, which Markdown keeps as such (the board
 * writes a title's `<` as `&lt;`): a reference cannot open a tag, so it is safe as it stands.
 */
function escapeText(text: string): string {
  let out = "";
  let from = 0;
  for (let i = text.indexOf("&"); i >= 0; i = text.indexOf("&", i + 1)) {
    const n = entityLength(text, i);
    if (n === 0) continue;
    out += esc(text.slice(from, i)) + text.slice(i, i + n);
    from = i + n;
    i += n - 1;
  }
  return out + esc(text.slice(from));
}

/** Inline Markdown of one line: escaped text with code, bold, emphasis and links. */
export function inline(text: string): string {
  let out = "";
  let plain = ""; // escaped as a run, so characters outside the BMP keep both halves
  const put = (html: string) => {
    out += escapeText(plain) + html;
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? "";
    if (c === "`") {
      const end = closing(text, "`", i + 1);
      if (end > i) {
        put(`<code>${esc(text.slice(i + 1, end))}</code>`);
        i = end + 1;
        continue;
      }
    }
    if (c === "*" && text[i + 1] === "*") {
      const end = closing(text, "**", i + 2);
      if (end > i + 2) {
        put(`<strong>${inline(text.slice(i + 2, end))}</strong>`);
        i = end + 2;
        continue;
      }
    }
    if (c === "_" && (i === 0 || text[i - 1] === " " || text[i - 1] === "(")) {
      const end = closing(text, "_", i + 1);
      if (end > i + 1 && (end + 1 >= text.length || " .,;:)".includes(text[end + 1] ?? ""))) {
        put(`<em>${inline(text.slice(i + 1, end))}</em>`);
        i = end + 1;
        continue;
      }
    }
    if (c === "[") {
      const mid = closing(text, "](", i + 1);
      const end = mid > i ? closing(text, ")", mid + 2) : -1;
      const href = end > mid ? safeHref(text.slice(mid + 2, end)) : undefined;
      if (mid > i && end > mid && href !== undefined) {
        put(`<a href="${esc(href)}">${inline(text.slice(i + 1, mid))}</a>`);
        i = end + 1;
        continue;
      }
    }
    plain += c;
    i += 1;
  }
  return out + escapeText(plain);
}

/** The cells of a table row `| a | b |`. */
function cells(line: string): string[] {
  let row = line.trim();
  if (row.startsWith("|")) row = row.slice(1);
  if (row.endsWith("|")) row = row.slice(0, -1);
  return row.split("|").map((cell) => cell.trim());
}

const isTableRule = (line: string) => {
  const t = line.trim();
  return t.startsWith("|") && [...t].every((ch) => "|-: ".includes(ch));
};

function headingLevel(line: string): number {
  let n = 0;
  while (n < line.length && line[n] === "#") n += 1;
  return n >= 1 && n <= 6 && line[n] === " " ? n : 0;
}

function listItem(line: string): string | undefined {
  const t = line.trimStart();
  if (t.startsWith("- ") || t.startsWith("* ")) {
    const rest = t.slice(2);
    if (rest.startsWith("[ ] ")) return `<input type="checkbox" disabled> ${inline(rest.slice(4))}`;
    if (rest.startsWith("[x] ") || rest.startsWith("[X] "))
      return `<input type="checkbox" checked disabled> ${inline(rest.slice(4))}`;
    return inline(rest);
  }
  return undefined;
}

/** Removes HTML comments (the tool's hidden markers); an unclosed one hides the rest, as GitHub does. */
function withoutComments(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf("<!--", i);
    if (start < 0) return out + text.slice(i);
    out += text.slice(i, start);
    const end = text.indexOf("-->", start + 4);
    if (end < 0) return out;
    i = end + 3;
  }
  return out;
}

/** Markdown → HTML, every character from the source escaped. */
export function renderMarkdown(source: string): string {
  const lines = withoutComments(source.replaceAll("\r\n", "\n")).split("\n");
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${paragraph.map(inline).join("<br>\n")}</p>`);
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? "";
    const trimmed = line.trim();
    if (trimmed.startsWith("```")) {
      flush();
      const code: string[] = [];
      for (i += 1; i < lines.length && !(lines[i] ?? "").trim().startsWith("```"); i += 1)
        code.push(lines[i] ?? "");
      out.push(`<pre><code>${esc(code.join("\n"))}</code></pre>`);
    } else if (trimmed === "") flush();
    else if (trimmed === "<details>" || trimmed === "</details>") {
      // GitHub's collapsible section, as the templates write it: the bare tags only, no attributes.
      flush();
      out.push(trimmed);
    } else if (trimmed.startsWith("<summary>") && trimmed.endsWith("</summary>")) {
      flush();
      out.push(`<summary>${inline(trimmed.slice(9, -10))}</summary>`);
    } else if (headingLevel(trimmed) > 0) {
      flush();
      const n = headingLevel(trimmed);
      out.push(`<h${n}>${inline(trimmed.slice(n + 1))}</h${n}>`);
    } else if (trimmed === "---" || trimmed === "***") {
      flush();
      out.push("<hr>");
    } else if (trimmed.startsWith("|") && isTableRule(lines[i + 1] ?? "")) {
      flush();
      const head = cells(trimmed).map((c) => `<th>${inline(c)}</th>`);
      const rows: string[] = [];
      for (i += 2; i < lines.length && (lines[i] ?? "").trim().startsWith("|"); i += 1)
        rows.push(
          `<tr>${cells(lines[i] ?? "")
            .map((c) => `<td>${inline(c)}</td>`)
            .join("")}</tr>`,
        );
      i -= 1;
      out.push(`<table><thead><tr>${head.join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`);
    } else if (listItem(line) !== undefined) {
      flush();
      const items: string[] = [];
      for (; i < lines.length && listItem(lines[i] ?? "") !== undefined; i += 1)
        items.push(`<li>${listItem(lines[i] ?? "")}</li>`);
      i -= 1;
      out.push(`<ul>${items.join("")}</ul>`);
    } else if (trimmed.startsWith(">")) {
      flush();
      const quoted: string[] = [];
      for (; i < lines.length && (lines[i] ?? "").trim().startsWith(">"); i += 1)
        quoted.push((lines[i] ?? "").trim().slice(1).trimStart());
      i -= 1;
      out.push(`<blockquote>${renderMarkdown(quoted.join("\n"))}</blockquote>`);
    } else paragraph.push(trimmed);
  }
  flush();
  return out.join("\n");
}
