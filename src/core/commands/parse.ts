import type { Config } from "../config/config.js";
import { type CommandLine, commandLines, MAX_ARGUMENT_LENGTH, MAX_COMMAND_LINES } from "./command-lines.js";
import { ALIASES, HANDLERS, roleCommand } from "./handlers.js";
import { resolveRole, SEV_N } from "./resolve.js";
import type { CommandBody, ParsedCommand, ParseOptions } from "./types.js";

export { COMMAND_HELP, helpMarkdown } from "./help.js";
export { resolveRole, resolveSeverity } from "./resolve.js";
export { parseStartedTime } from "./started-time.js";

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

/** A command of a comment's line, read with its arguments. */
function commandOf(found: CommandLine, config: Config, now: Date): ParsedCommand {
  const source = { line: found.line, raw: found.raw };
  if (found.args.length > MAX_ARGUMENT_LENGTH) {
    const reason = `the text after /${found.name} is ${found.args.length} characters long; at most ${MAX_ARGUMENT_LENGTH} are read`;
    return { kind: "invalid", name: found.name.toLowerCase(), reason, ...source };
  }
  return { ...parseCommand(found.name, found.args, config, now), ...source };
}

/**
 * The commands of a comment, in order (see `commandLines` for what a command line is). At most
 * `MAX_COMMAND_LINES` are read; a line beyond them is answered as invalid (nothing after it runs),
 * and a command whose arguments are longer than `MAX_ARGUMENT_LENGTH` is answered as invalid.
 */
export function parseCommands(body: string, config: Config, options: ParseOptions = {}): ParsedCommand[] {
  const now = options.now ?? new Date();
  const found = commandLines(body, MAX_COMMAND_LINES + 1);
  const commands = found.slice(0, MAX_COMMAND_LINES).map((line) => commandOf(line, config, now));
  const extra = found[MAX_COMMAND_LINES];
  if (extra !== undefined) {
    const reason = `a comment may hold at most ${MAX_COMMAND_LINES} commands; this line and those after it were not run`;
    commands.push({
      kind: "invalid",
      name: extra.name.toLowerCase(),
      reason,
      line: extra.line,
      raw: extra.raw,
    });
  }
  return commands;
}
