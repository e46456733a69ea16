import { isBidiControl } from "../text/bidi.js";

/**
 * YAML scalars for hand-written front matter. Every string is emitted double-quoted with every
 * character outside YAML's printable set escaped, so a value can never end the string, start a
 * comment, open a new key or close the front matter, whatever it contains (`:` `"` `#` `---`, line
 * breaks, control characters, lone surrogates). `<` and `>` are escaped too (`\u003C`): the value
 * reads back the same, but the file never holds raw HTML such as `<!--` that a site generator or a
 * marker scan might act on. Bidirectional controls (`bidi.ts`) are dropped: the value reads in the
 * order it displays.
 */
export function yamlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0xfffd;
    if (isBidiControl(code)) continue;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "<") out += "\\u003C";
    else if (ch === ">") out += "\\u003E";
    else if (code >= 0x20 && code <= 0x7e) out += ch;
    // A lone surrogate (half of a broken pair) cannot be written; it becomes U+FFFD.
    else if (code >= 0xd800 && code <= 0xdfff) out += "\\uFFFD";
    else if (isPrintable(code)) out += ch;
    else out += `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `${out}"`;
}

/** Non-ASCII characters YAML allows unescaped (minus the BOM and the 1.1 line separators). */
function isPrintable(code: number): boolean {
  if (code === 0xfeff || code === 0x2028 || code === 0x2029 || code === 0x85) return false;
  return (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
}

/** A nullable string: `null` or a quoted string. */
export function yamlNullable(value: string | null): string {
  return value === null ? "null" : yamlString(value);
}

/** A nullable whole number. */
export function yamlNumber(value: number | null): string {
  return value === null || !Number.isFinite(value) ? "null" : String(Math.trunc(value));
}
