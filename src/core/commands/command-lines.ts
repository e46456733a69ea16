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

/** A fence line's run (```` ``` ```` or `~~~`, at most 3 spaces in) and the text after it, or undefined. */
export function fenceOf(line: string): { char: string; length: number; rest: string } | undefined {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  const code = line.charCodeAt(at);
  if (code !== 96 && code !== 126) return undefined;
  let end = at;
  while (line.charCodeAt(end) === code) end++;
  if (end - at < 3) return undefined;
  return {
    char: code === 96 ? "`" : "~",
    length: end - at,
    rest: end === line.length ? "" : line.slice(end),
  };
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

/**
 * The first `needle` in `text` at or after `from` (-1 when none). Calls must not go backwards: each
 * native search resumes past the last one found, so all the calls together read `text` once.
 */
function nextOf(text: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = text.indexOf(needle, from);
    return found;
  };
}

/**
 * Where each line of `text` ends: the next `\r` or `\n` at or after `start`, else the end of the
 * text. Each native `indexOf` search resumes where the last found one, so the whole walk is linear.
 */
function lineEnds(text: string): (start: number) => number {
  let lf = -2;
  let cr = -2;
  return (start) => {
    if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
    if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
    if (lf < 0) return cr < 0 ? text.length : cr;
    return cr < 0 ? lf : Math.min(lf, cr);
  };
}

/**
 * Whether the line `text[start, end)` can change nothing when no fence or HTML comment is open: it
 * starts (after at most 3 spaces) with none of `` ` `` `~` `>` `/` and opens no HTML comment. Decided
 * without copying the line out of the text.
 */
function plainLine(text: string, start: number, end: number, htmlOpen: (from: number) => number): boolean {
  let at = start;
  while (at < start + 3 && at < end && text.charCodeAt(at) === 32) at++;
  const first = at < end ? text.charCodeAt(at) : -1;
  if (first === 96 || first === 126 || first === 62 || first === 47) return false;
  const open = htmlOpen(start);
  return open < 0 || open >= end;
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
  const lineEnd = lineEnds(body);
  const htmlOpen = nextOf(body, "<!--");
  for (let start = 0, index = 0; start <= body.length && found.length < limit; index++) {
    const end = lineEnd(start);
    const lineStart = start;
    start = end + (body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (!fence && !inHtmlComment && plainLine(body, lineStart, end, htmlOpen)) continue;
    const raw = body.slice(lineStart, end);
    if (fence) {
      const close = fenceOf(raw);
      if (
        close?.char === fence.char &&
        close.length >= fence.length &&
        (close.rest === "" || close.rest.trim() === "")
      ) {
        fence = undefined;
      }
      continue;
    }
    if (inHtmlComment) {
      inHtmlComment = insideHtmlComment(raw, true);
      continue;
    }
    // What the line starts with (after at most 3 spaces) decides which check can apply.
    let at = 0;
    while (at < 3 && raw.charCodeAt(at) === 32) at++;
    const first = raw.charCodeAt(at);
    const open = first === 96 || first === 126 ? fenceOf(raw) : undefined;
    // An info string never holds a backtick after a backtick fence (then it is inline code), nor a
    // line terminator.
    if (
      open &&
      (open.rest === "" ||
        (!(open.char === "`" && open.rest.includes("`")) && !/[\u2028\u2029]/.test(open.rest)))
    ) {
      fence = open;
      continue;
    }
    if (first === 62) continue; // a quote: `>`
    const m = first === 47 ? COMMAND.exec(raw) : null;
    if (m) found.push({ name: m[1]!, args: m[2] ?? "", line: index + 1, raw });
    inHtmlComment = insideHtmlComment(raw, false);
  }
  return found;
}

/** Whether a body holds at least one command line (the scan stops at the first). */
export const hasCommandLine = (body: string): boolean => commandLines(body, 1).length > 0;
