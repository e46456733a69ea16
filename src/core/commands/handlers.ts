import {
  COMPONENT_STATES,
  type ComponentState,
  type Config,
  LABELLED_STATUSES,
  type LabelledStatus,
  type RoleDef,
} from "../config/config.js";
import { quote } from "./quote.js";
import { resolveRole, resolveSeverity, SEV_N } from "./resolve.js";
import { parseStartedTime } from "./started-time.js";
import type { CommandBody } from "./types.js";
import { parseUsers } from "./users.js";

const MAX_TITLE = 256;

type Handler = (args: string, config: Config, now: Date) => CommandBody;

const invalid = (name: string, reason: string): CommandBody => ({ kind: "invalid", name, reason });
const firstWord = (args: string): [string, string] => {
  const m = /^(\S+)\s*(.*)$/s.exec(args.trim());
  return m ? [m[1]!, m[2]!] : ["", ""];
};
const withText = <T extends CommandBody>(body: T, text: string): T =>
  text === "" ? body : { ...body, text };

function levels(config: Config): string {
  const ids = config.severities.map((s) => s.id);
  return `${ids.slice(0, -1).join(", ")}${ids.length > 1 ? " or " : ""}${ids.at(-1)} (or 1-${ids.length})`;
}

/** `/role <role> …` (`typed` = "role") or the shorthand `/<typed> …`; invalid ones are named `role` or the role id. */
export function roleCommand(typed: string, role: RoleDef, words: string[]): CommandBody {
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

/** The command handlers by canonical (lower-case) name. */
export const HANDLERS: Record<string, Handler> = {
  declare(args, config) {
    const usage = "usage: /declare [--drill] [SEVn] <title>";
    // `--drill` may come first or after the level.
    const drill = /(^|\s)--drill(?=\s|$)/i.test(args);
    const rest0 = args.replace(/(^|\s)--drill(?=\s|$)/i, " ").trim();
    const [word, rest] = firstWord(rest0);
    const level = word === "" ? undefined : resolveSeverity(word, config, false);
    if (!level && SEV_N.test(word))
      return invalid("declare", `there is no level ${quote(word)}: use ${levels(config)}; ${usage}`);
    const title = level ? rest : rest0;
    if (title === "") return invalid("declare", `give the incident a title: ${usage}`);
    if ([...title].length > MAX_TITLE)
      return invalid("declare", `the title is longer than ${MAX_TITLE} characters`);
    return {
      kind: "declare",
      title,
      ...(level ? { severity: level.id } : {}),
      ...(drill ? { drill: true } : {}),
    };
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
  timeline(args, config, now) {
    // The longest run of leading words that reads as a time; the rest is what happened.
    const words = args.trim().split(/\s+/);
    const usage = "usage: /timeline <time> <what happened>, e.g. /timeline 09:12 errors started";
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const parsed = parseStartedTime(words.slice(0, n).join(" "), now, config.timeZone);
      if ("at" in parsed) return { kind: "timeline", at: parsed.at, text: words.slice(n).join(" ") };
    }
    const alone = parseStartedTime(args, now, config.timeZone);
    if ("at" in alone || args.trim() === "") return invalid("timeline", usage);
    return invalid("timeline", `cannot read a time at the start of ${quote(args.trim())}; ${usage}`);
  },
  oncall: () => ({ kind: "oncall" }),
  revert(args) {
    const word = args.trim();
    const digits = word.startsWith("#") ? word.slice(1) : word;
    const pull = digits.length > 0 && digits.length <= 9 && /^\d+$/.test(digits) ? Number(digits) : 0;
    return pull > 0
      ? { kind: "revert", pull }
      : invalid("revert", "name one pull request of this repository: /revert #<number>");
  },
  public(args) {
    const text = args.trim();
    return text === ""
      ? invalid("public", "usage: /public <text for the status page>")
      : { kind: "public", text };
  },
  "public-title"(args) {
    const text = args.trim();
    if (text === "") return invalid("public-title", "usage: /public-title <title for the status page>");
    if ([...text].length > MAX_TITLE)
      return invalid("public-title", `the title is longer than ${MAX_TITLE} characters`);
    return { kind: "public-title", text };
  },
  component(args, config) {
    const words = args
      .trim()
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((w) => w !== "");
    const states = COMPONENT_STATES.join(", ");
    const usage = `usage: /component <id>… <state>; the states are ${states}`;
    const ids = config.components.map((c) => c.id);
    if (ids.length === 0)
      return invalid("component", "no components are configured (`components` in .github/incidents.yml)");
    const state = words.at(-1)?.replace(/_/g, "-");
    if (words.length < 2 || !(COMPONENT_STATES as readonly string[]).includes(state ?? ""))
      return invalid(
        "component",
        words.length === 0 ? usage : `unknown state ${quote(words.at(-1) ?? "")}; ${usage}`,
      );
    const components: string[] = [];
    for (const word of words.slice(0, -1)) {
      const id = ids.find((c) => c.toLowerCase() === word);
      if (!id)
        return invalid("component", `unknown component ${quote(word)}; the components are ${ids.join(", ")}`);
      if (!components.includes(id)) components.push(id);
    }
    return { kind: "component", components, state: state as ComponentState };
  },
  help: () => ({ kind: "help" }),
};
export const ALIASES: Record<string, string> = { severity: "sev", "follow-up": "followup" };
