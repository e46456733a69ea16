/**
 * Finding the command lines of a comment, without reading their arguments: one pass over the text,
 * each line looked at a bounded number of times (no pattern here can backtrack on a long run).
 */

/** At most this many command lines of one comment are read; the next one is answered, not run. */
export const MAX_COMMAND_LINES = 20;

/** A command's arguments (the rest of its line) longer than this are refused, not read. */
export const MAX_ARGUMENT_LENGTH = 2000;

/** A line that looks like a command: `/name` and the rest of the line. */
export interface CommandLine {
  /** The name as typed, without `/`. */
  name: string;
  /** The rest of the line after the name and its following white space ("" when none). */
  args: string;
  /** 1-based line number in the comment. */
  line: number;
  /** The whole line, as typed. */
  raw: string;
}

/** At most 3 spaces of indent (4 make an indented code block); the name must end at whitespace or end of line. */
const COMMAND = /^ {0,3}\/([A-Za-z][A-Za-z0-9_-]{0,39})(?:\s+(.*))?$/s;
const QUOTE = /^ {0,3}>/;

/** A fence line's run (```` ``` ```` or `~~~`, at most 3 spaces in) and the text after it, or undefined. */
export function fenceOf(line: string): { char: string; length: number; rest: string } | undefined {
  let at = 0;
  while (at < 3 && line.charAt(at) === " ") at++;
  const char = line.charAt(at);
  if (char !== "`" && char !== "~") return undefined;
  let end = at;
  while (line.charAt(end) === char) end++;
  return end - at < 3 ? undefined : { char, length: end - at, rest: line.slice(end) };
}

/** Whether an HTML comment is open at the end of `line`, given whether one was open at its start. */
function insideHtmlComment(line: string, open: boolean): boolean {
  let inside = open;
  for (let at = 0; ; ) {
    const next = inside ? line.indexOf("-->", at) : line.indexOf("<!--", at);
    if (next < 0) return inside;
    at = next + (inside ? 3 : 4);
    inside = !inside;
  }
}

/** Where the line starting at `start` ends: the next `\r` or `\n`, else the end of the text. */
function lineEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/**
 * The command lines of a comment, in order, at most `limit` of them (the scan stops there). A
 * command is a line whose first non-space character (at most 3 spaces in) is `/` followed by a name
 * and then whitespace or the end of the line; its arguments are the rest of that line. Lines in
 * fenced code blocks, in HTML comments and quoted lines (`>`) are not commands, nor is
 * `/path/like/this`.
 */
export function commandLines(body: string, limit: number): CommandLine[] {
  const found: CommandLine[] = [];
  let fence: { char: string; length: number } | undefined;
  let inHtmlComment = false;
  // Line by line (`\r\n`, `\r` or `\n` ends a line), without splitting the body into an array first.
  for (let start = 0, index = 0; start <= body.length && found.length < limit; index++) {
    const end = lineEnd(body, start);
    const raw = body.slice(start, end);
    start = end + (body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (fence) {
      const close = fenceOf(raw);
      if (close?.char === fence.char && close.length >= fence.length && close.rest.trim() === "") {
        fence = undefined;
      }
      continue;
    }
    if (inHtmlComment) {
      inHtmlComment = insideHtmlComment(raw, true);
      continue;
    }
    const open = fenceOf(raw);
    // An info string never holds a backtick after a backtick fence (then it is inline code), nor a
    // line terminator.
    if (open && !(open.char === "`" && open.rest.includes("`")) && !/[\u2028\u2029]/.test(open.rest)) {
      fence = open;
      continue;
    }
    if (QUOTE.test(raw)) continue;
    const m = COMMAND.exec(raw);
    if (m) found.push({ name: m[1]!, args: m[2] ?? "", line: index + 1, raw });
    inHtmlComment = insideHtmlComment(raw, false);
  }
  return found;
}

/** Whether a body holds at least one command line (the scan stops at the first). */
export const hasCommandLine = (body: string): boolean => commandLines(body, 1).length > 0;
