import type { Config } from "../config/config.js";
import { ALIASES, HANDLERS, roleCommand } from "./handlers.js";
import { resolveRole, SEV_N } from "./resolve.js";
import type { CommandBody, ParsedCommand, ParseOptions } from "./types.js";

export { COMMAND_HELP, helpMarkdown } from "./help.js";
export { resolveRole, resolveSeverity } from "./resolve.js";
export { parseStartedTime } from "./started-time.js";

/** At most 3 spaces of indent (4 make an indented code block); the name must end at whitespace or end of line. */
const COMMAND_LINE = /^ {0,3}\/([A-Za-z][A-Za-z0-9_-]{0,39})(?:\s+(.*))?$/s;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const QUOTE = /^ {0,3}>/;

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(next[j - 1]! + 1, row[j]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

function unknown(name: string, config: Config): CommandBody {
  const names = [...Object.keys(HANDLERS), ...config.roles.map((r) => r.id.toLowerCase())];
  let best: string | undefined;
  let bestDistance = name.length < 4 ? 1 : 2;
  for (const candidate of names) {
    const d = distance(name, candidate);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) [best, bestDistance] = [candidate, d];
  }
  return best === undefined ? { kind: "unknown", name } : { kind: "unknown", name, suggestion: best };
}

function parseCommand(rawName: string, args: string, config: Config, now: Date): CommandBody {
  const name = rawName.toLowerCase();
  const canonical = ALIASES[name] ?? name;
  const handler = Object.hasOwn(HANDLERS, canonical) ? HANDLERS[canonical] : undefined;
  if (handler) return handler(args, config, now);
  const sev = SEV_N.exec(name);
  if (sev) return HANDLERS.sev!(`${sev[1]} ${args}`, config, now);
  const role = resolveRole(name, config);
  if (role) return roleCommand(name, role, args.trim().split(/[\s,]+/));
  return unknown(name, config);
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
 * The commands of a comment, in order. A command is a line whose first non-space character (at most
 * 3 spaces in) is `/` followed by a name and then whitespace or the end of the line; its arguments are
 * the rest of that line. Lines in fenced code blocks, in HTML comments and quoted lines (`>`) are not
 * commands, nor is `/path/like/this`.
 */
export function parseCommands(body: string, config: Config, options: ParseOptions = {}): ParsedCommand[] {
  const now = options.now ?? new Date();
  const commands: ParsedCommand[] = [];
  let fence: { char: string; length: number } | undefined;
  let inHtmlComment = false;
  // Line by line (`\r\n`, `\r` or `\n` ends a line), without splitting the body into an array first.
  for (let start = 0, index = 0; start <= body.length; index++) {
    const end = lineEnd(body, start);
    const raw = body.slice(start, end);
    start = end + (body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(raw)?.[1];
      if (close?.[0] === fence.char && close.length >= fence.length) fence = undefined;
      continue;
    }
    if (inHtmlComment) {
      inHtmlComment = insideHtmlComment(raw, true);
      continue;
    }
    const open = FENCE_OPEN.exec(raw);
    if (open && !(open[1]!.startsWith("`") && open[2]!.includes("`"))) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    if (QUOTE.test(raw)) continue;
    const m = COMMAND_LINE.exec(raw);
    if (m) commands.push({ ...parseCommand(m[1]!, m[2] ?? "", config, now), line: index + 1, raw });
    inHtmlComment = insideHtmlComment(raw, false);
  }
  return commands;
}

/** Where the line starting at `start` ends: the next `\r` or `\n`, else the end of the text. */
function lineEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}
