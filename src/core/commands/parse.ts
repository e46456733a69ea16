import {
  type Config,
  LABELLED_STATUSES,
  type LabelledStatus,
  type RoleDef,
  type SeverityLevel,
} from "../config/config.js";
import { inlineText } from "../text/markdown-safe.js";
import {
  COMMAND_HELP,
  type CommandBody,
  type ParsedCommand,
  type ParseOptions,
  type UserRef,
} from "./types.js";

export { COMMAND_HELP } from "./types.js";

/** At most 3 spaces of indent (4 make an indented code block); the name must end at whitespace or end of line. */
const COMMAND_LINE = /^ {0,3}\/([A-Za-z][A-Za-z0-9_-]{0,39})(?:\s+(.*))?$/s;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const QUOTE = /^ {0,3}>/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_.-]+$/;
const SEV_N = /^sev[-_]?([0-9]{1,3})$/i;
const MAX_TITLE = 256;

type Handler = (args: string, config: Config, now: Date) => CommandBody;

const invalid = (name: string, reason: string): CommandBody => ({ kind: "invalid", name, reason });
/** A user's word quoted in a reason, kept short. */
const quote = (word: string): string => JSON.stringify([...word].slice(0, 40).join(""));
const firstWord = (args: string): [string, string] => {
  const m = /^(\S+)\s*(.*)$/s.exec(args.trim());
  return m ? [m[1]!, m[2]!] : ["", ""];
};
const withText = <T extends CommandBody>(body: T, text: string): T =>
  text === "" ? body : { ...body, text };

/**
 * The level a word names: a configured id or label (case-insensitive), `SEVn`/`sev-n` meaning rank n,
 * or, when `allowNumber`, a bare rank (`1` = most severe).
 */
export function resolveSeverity(word: string, config: Config, allowNumber = true): SeverityLevel | undefined {
  const w = word.trim().toLowerCase();
  const named = config.severities.find((s) => s.id.toLowerCase() === w || s.label.toLowerCase() === w);
  if (named) return named;
  const rank = SEV_N.exec(w)?.[1] ?? (allowNumber && /^[0-9]{1,3}$/.test(w) ? w : undefined);
  return rank === undefined ? undefined : config.severities.find((s) => s.rank === Number(rank));
}

/** The role a word names: id, label (`role:commander`) or display name, case-insensitive. */
export function resolveRole(word: string, config: Config): RoleDef | undefined {
  const w = word.trim().toLowerCase();
  return (
    config.roles.find((r) => r.id.toLowerCase() === w) ??
    config.roles.find((r) => r.label.toLowerCase() === w || r.name.toLowerCase() === w)
  );
}

function levels(config: Config): string {
  const ids = config.severities.map((s) => s.id);
  return `${ids.slice(0, -1).join(", ")}${ids.length > 1 ? " or " : ""}${ids.at(-1)} (or 1-${ids.length})`;
}

const ZONE = "(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)";
const HMS = "([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\\.[0-9]+)?)?";
const ABSOLUTE = new RegExp(`^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T|\\s+)${HMS}\\s*${ZONE}?$`, "i");
const CLOCK = new RegExp(`^()()()${HMS}\\s*${ZONE}?$`, "i");
const RELATIVE = /^((?:[0-9]{1,6}\s*[a-z]+[\s,]*)+)ago$/i;
const UNIT_MS: Array<[RegExp, number]> = [
  [/^(s|secs?|seconds?)$/i, 1e3],
  [/^(m|mins?|minutes?)$/i, 6e4],
  [/^(h|hrs?|hours?)$/i, 36e5],
  [/^(d|days?)$/i, 864e5],
];
/** Clock skew allowed between a stated time and the comment; later times are refused (or, for `HH:MM`, yesterday's). */
const SKEW_MS = 5 * 6e4;
const FIELDS = ["year", "month", "day", "hour", "minute", "second"] as const;

/** Milliseconds to add to UTC for wall-clock time in `zone` (an IANA name or a fixed `+02:00`) at `utc`. */
function zoneOffset(zone: string, utc: number): number {
  const fixed = /^([+-])([0-9]{2}):?([0-9]{2})?$/.exec(zone);
  if (fixed) return (fixed[1] === "-" ? -6e4 : 6e4) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const options = Object.fromEntries(FIELDS.map((f) => [f, "numeric"]));
  const format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone, hourCycle: "h23" });
  const parts = format.formatToParts(new Date(utc));
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = FIELDS.map((f) =>
    Number(parts.find((p) => p.type === f)?.value),
  );
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(utc / 1e3) * 1e3;
}

/** The instant when clocks in `zone` read `wall` (wall-clock fields encoded as UTC milliseconds). */
function fromWall(wall: number, zone: string): number {
  const first = wall - zoneOffset(zone, wall);
  const second = wall - zoneOffset(zone, first);
  return second === first ? first : wall - zoneOffset(zone, second);
}

/**
 * `/started` arguments: ISO 8601 or `YYYY-MM-DD HH:MM[:SS]` (with an optional zone: `Z`, `UTC`,
 * `+02:00`), `HH:MM` (the latest such time not after `now`), `30m ago`/`1h 30m ago`/`2 days ago`, or
 * `now`. Times without a zone are read in `timeZone`. The result is never after `now`.
 */
export function parseStartedTime(
  args: string,
  now: Date,
  timeZone: string,
): { at: string } | { reason: string } {
  const text = args.trim();
  const nowMs = now.getTime();
  const usage = `use /started 2024-05-01 14:05, /started 14:05 or /started 30m ago (without a zone: ${timeZone})`;
  const fail = (why: string) => ({ reason: text === "" ? usage : `${why} ${quote(text)}; ${usage}` });
  const m = text.length > 60 ? null : (ABSOLUTE.exec(text) ?? CLOCK.exec(text));
  let at: number | undefined;
  if (text.toLowerCase() === "now") at = nowMs;
  else if (m) {
    const zone = m[7] ?? timeZone;
    const today = new Date(nowMs + zoneOffset(zone, nowMs));
    const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((v) => (v ? Number(v) : undefined));
    const date = m[1]
      ? [y ?? 0, (mo ?? 0) - 1, d ?? 0]
      : [today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()];
    const [year = 0, month = 0, day = 0] = date;
    const wall = Date.UTC(year, month, day, h, mi, s);
    const check = new Date(wall);
    if (
      year < 1970 ||
      check.getUTCMonth() !== month ||
      check.getUTCDate() !== day ||
      h > 23 ||
      mi > 59 ||
      s > 59
    ) {
      return fail("not a valid time:");
    }
    at = fromWall(wall, zone);
    if (at > nowMs + SKEW_MS && m[1]) return fail("in the future:");
    if (at > nowMs + SKEW_MS) at = fromWall(wall - 864e5, zone);
  } else {
    const rel = text.length > 60 ? null : RELATIVE.exec(text);
    if (!rel) return fail("cannot read the time");
    at = nowMs;
    for (const [, n, unit = ""] of rel[1]!.matchAll(/([0-9]+)\s*([a-z]+)/gi)) {
      const factor = UNIT_MS.find(([re]) => re.test(unit))?.[1];
      if (factor === undefined) return fail(`unknown unit ${quote(unit)} in`);
      at -= Number(n) * factor;
    }
  }
  return { at: new Date(Math.min(at, nowMs)).toISOString() };
}

function parseUsers(words: string[]): { users: UserRef[] } | { reason: string } {
  const users: UserRef[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    const w = word.replace(/[.;:!?]+$/, "");
    const lower = w.toLowerCase();
    if (w === "" || lower === "and" || w === "&") continue;
    if (lower === "me" || lower === "@me") {
      if (!seen.has("@me")) users.push({ me: true });
      seen.add("@me");
    } else if (w.startsWith("@") && LOGIN.test(w.slice(1))) {
      if (!seen.has(lower.slice(1))) users.push({ login: w.slice(1) });
      seen.add(lower.slice(1));
    } else if (TEAM.test(w.replace(/^@/, ""))) {
      return { reason: `${quote(w)} is a team; roles are held by people: name them as @login or me` };
    } else {
      return { reason: `${quote(w)} is not a person: name people as @login or me` };
    }
  }
  return { users };
}

/** `/role <role> …` (`typed` = "role") or the shorthand `/<typed> …`; invalid ones are named `role` or the role id. */
function roleCommand(typed: string, role: RoleDef, words: string[]): CommandBody {
  const usage = typed === "role" ? `/role ${role.id} <@user|me>…` : `/${typed} <@user|me>…`;
  const name = typed === "role" ? "role" : role.id;
  const parsed = parseUsers(words);
  if ("reason" in parsed) return invalid(name, `${parsed.reason} (usage: ${usage})`);
  if (parsed.users.length === 0) return invalid(name, `name at least one person: ${usage}`);
  if (!role.multiple && parsed.users.length > 1) {
    return invalid(name, `${role.id} is held by one person at a time: ${usage.replace("…", "")}`);
  }
  return { kind: "role", role: role.id, users: parsed.users };
}

const unknownRole = (word: string, config: Config, usage: string): string =>
  `unknown role ${quote(word)}; the roles are ${config.roles.map((r) => r.id).join(", ")} (usage: ${usage})`;

const textCommand =
  (kind: "update" | "impact" | "note" | "followup"): Handler =>
  (args) => {
    const text = args.trim();
    return text === "" ? invalid(kind, `usage: /${kind} <text>`) : { kind, text };
  };

const HANDLERS: Record<string, Handler> = {
  declare(args, config) {
    const usage = "usage: /declare [SEVn] <title>";
    const [word, rest] = firstWord(args);
    const level = word === "" ? undefined : resolveSeverity(word, config, false);
    if (!level && SEV_N.test(word))
      return invalid("declare", `there is no level ${quote(word)}: use ${levels(config)}; ${usage}`);
    const title = level ? rest : args.trim();
    if (title === "") return invalid("declare", `give the incident a title: ${usage}`);
    if ([...title].length > MAX_TITLE)
      return invalid("declare", `the title is longer than ${MAX_TITLE} characters`);
    return level ? { kind: "declare", severity: level.id, title } : { kind: "declare", title };
  },
  sev(args, config) {
    const [word, rest] = firstWord(args);
    if (word === "") return invalid("sev", `usage: /sev <level>, one of ${levels(config)}`);
    const level = resolveSeverity(word, config);
    if (!level) return invalid("sev", `there is no level ${quote(word)}: use /sev with ${levels(config)}`);
    return withText({ kind: "sev", severity: level.id }, rest);
  },
  role(args, config) {
    const [word, ...users] = args.trim().split(/[\s,]+/);
    const usage = "/role <role> <@user|me>…";
    if (!word) return invalid("role", `usage: ${usage}`);
    const role = resolveRole(word, config);
    return role ? roleCommand("role", role, users) : invalid("role", unknownRole(word, config, usage));
  },
  unrole(args, config) {
    const [word, ...rest] = args.trim().split(/[\s,]+/);
    const usage = "/unrole <role> [@user|me]";
    if (!word) return invalid("unrole", `usage: ${usage}`);
    const role = resolveRole(word, config);
    if (!role) return invalid("unrole", unknownRole(word, config, usage));
    const parsed = parseUsers(rest);
    if ("reason" in parsed) return invalid("unrole", `${parsed.reason} (usage: ${usage})`);
    if (parsed.users.length > 1) return invalid("unrole", `name one person at a time: ${usage}`);
    const [user] = parsed.users;
    return user ? { kind: "unrole", role: role.id, user } : { kind: "unrole", role: role.id };
  },
  status(args, config) {
    const [word, rest] = firstWord(args);
    const prefix = config.labels.statusPrefix.toLowerCase();
    const lower = word.toLowerCase();
    const status = lower.startsWith(prefix) ? lower.slice(prefix.length) : lower;
    const usage = "use /status investigating, /status identified or /status mitigated";
    if (status === "resolved")
      return invalid("status", "resolved is not a status: close the incident with /resolve [summary]");
    if (!(LABELLED_STATUSES as readonly string[]).includes(status)) {
      return invalid("status", word === "" ? usage : `unknown status ${quote(word)}: ${usage}`);
    }
    return withText({ kind: "status", status: status as LabelledStatus }, rest);
  },
  update: textCommand("update"),
  impact: textCommand("impact"),
  note: textCommand("note"),
  followup: textCommand("followup"),
  done(args, config) {
    const [word, rest] = firstWord(args);
    const steps = [...new Set(config.severities.flatMap((s) => s.flow.map((f) => f.id)))];
    const step = steps.find((id) => id.toLowerCase() === word.toLowerCase());
    if (!step) {
      const known = `the steps are ${steps.join(", ")}`;
      return invalid(
        "done",
        word === "" ? `usage: /done <step>; ${known}` : `unknown step ${quote(word)}; ${known}`,
      );
    }
    return withText({ kind: "done", step }, rest);
  },
  started(args, config, now) {
    const result = parseStartedTime(args, now, config.timeZone);
    return "at" in result ? { kind: "started", at: result.at } : invalid("started", result.reason);
  },
  resolve(args) {
    const text = args.trim();
    return text === "" ? { kind: "resolve" } : { kind: "resolve", text };
  },
  help: () => ({ kind: "help" }),
};
const ALIASES: Record<string, string> = { severity: "sev", "follow-up": "followup" };

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
  body.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(raw)?.[1];
      if (close?.[0] === fence.char && close.length >= fence.length) fence = undefined;
      return;
    }
    if (inHtmlComment) {
      inHtmlComment = insideHtmlComment(raw, true);
      return;
    }
    const open = FENCE_OPEN.exec(raw);
    if (open && !(open[1]!.startsWith("`") && open[2]!.includes("`"))) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      return;
    }
    if (QUOTE.test(raw)) return;
    const m = COMMAND_LINE.exec(raw);
    if (m) commands.push({ ...parseCommand(m[1]!, m[2] ?? "", config, now), line: index + 1, raw });
    inHtmlComment = insideHtmlComment(raw, false);
  });
  return commands;
}

/** The `/help` answer (also appended to replies to unknown commands). */
export function helpMarkdown(config: Config): string {
  const cell = (s: string) => s.replaceAll("|", "\\|");
  const rows = COMMAND_HELP.map((c) => `| \`${cell(c.usage)}\` | ${cell(c.summary)} |`);
  const sevs = config.severities.map(
    (s) => `\`${s.id}\` (${s.rank}${s.label === s.id ? "" : `, label ${inlineText(s.label, 50)}`})`,
  );
  const roles = config.roles.map((r) => `\`${r.id}\`${r.multiple ? " (several people)" : ""}`);
  return [
    "**Incident commands**: one per line, each at the start of its line.",
    "",
    "| Command | What it does |",
    "| --- | --- |",
    ...rows,
    "",
    `**Levels:** ${sevs.join(", ")}. **Roles:** ${roles.join(", ")}.`,
    `Times without a zone are read as ${inlineText(config.timeZone, 60)}.`,
  ].join("\n");
}
