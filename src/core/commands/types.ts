import type { ComponentState, LabelledStatus } from "../config/config.js";

/** A person named in a command: `@alice` → `{ login: "alice" }`; `me` → the comment's author, resolved later. */
export type UserRef = { login: string } | { me: true };

/** Where a command came from in its comment. */
export interface CommandSource {
  /** 1-based line number in the comment body. */
  line: number;
  /** The original line, as typed. */
  raw: string;
}

/**
 * A command without its source. `text` fields hold the rest of the line as typed (trimmed): they are
 * user data, render them with `inlineText`/`blockText`. Severity and role fields hold configured ids.
 */
export type CommandBody =
  /** `/declare [--drill] [SEVn] <title>`: a new incident. `severity` absent = the configured default. */
  | { kind: "declare"; severity?: string; title: string; drill?: boolean }
  /** `/sev <n|SEVn|id|label> [comment]`. */
  | { kind: "sev"; severity: string; text?: string }
  /** `/role <role> <@user|me>…` and the shorthand `/<role id> <@user|me>…`. Users are de-duplicated. */
  | { kind: "role"; role: string; users: UserRef[] }
  /** `/unrole <role> [@user|me]`; without a user, everyone holding the role. */
  | { kind: "unrole"; role: string; user?: UserRef }
  /** `/status <investigating|identified|mitigated> [comment]`. */
  | { kind: "status"; status: LabelledStatus; text?: string }
  | { kind: "update"; text: string }
  | { kind: "impact"; text: string }
  | { kind: "note"; text: string }
  | { kind: "followup"; text: string }
  /** `/done <step id> [comment]`; `step` is a flow step id of some configured level. */
  | { kind: "done"; step: string; text?: string }
  /** `/started <time>`: when impact began, ISO 8601 UTC (`Date#toISOString`). */
  | { kind: "started"; at: string }
  /** `/resolve [summary]`. */
  | { kind: "resolve"; text?: string }
  /** `/timeline <time> <text>`: a back-dated entry; `at` is ISO 8601 UTC. */
  | { kind: "timeline"; at: string; text: string }
  /** `/oncall`: who is on call now and next. */
  | { kind: "oncall" }
  /** `/public <text>`: an update for the public status page. */
  | { kind: "public"; text: string }
  /** `/public-title <text>`: the incident's title on the public status page. */
  | { kind: "public-title"; text: string }
  /** `/component <id>… <state>`: configured component ids and their state. */
  | { kind: "component"; components: string[]; state: ComponentState }
  /** `/revert #<pr>`: open the pull request that reverts a merged pull request of this repository. */
  | { kind: "revert"; pull: number }
  | { kind: "help" }
  /** `/<name>` that is no command. `name` is lower-cased, without `/`; `suggestion` a close command name. */
  | { kind: "unknown"; name: string; suggestion?: string }
  /**
   * A known command with unusable arguments. `name` is the canonical command name (`sev`, `role`, or
   * the role id for shorthands); `reason` is one short plain-text sentence with the correct usage
   * (it may quote the user's words: escape it with `inlineText` when replying).
   */
  | { kind: "invalid"; name: string; reason: string };

export type ParsedCommand = CommandSource & CommandBody;
export type CommandKind = ParsedCommand["kind"];
export type CommandOf<K extends CommandKind> = Extract<ParsedCommand, { kind: K }>;

export interface CommandHelp {
  usage: string;
  summary: string;
}

/** The commands, for `/help` (see `helpMarkdown` in `parse.ts`). */
export const COMMAND_HELP: CommandHelp[] = [
  {
    usage: "/declare [--drill] [SEVn] <title>",
    summary: "Open a new incident (at the default level when none is given); `--drill` for practice.",
  },
  { usage: "/sev <level>", summary: "Set the severity: `/sev 1`, `/sev SEV1` (1 is the most severe)." },
  {
    usage: "/role <role> <@user|me>…",
    summary: "Give a role to someone (several people for multi-person roles).",
  },
  { usage: "/<role> <@user|me>…", summary: "Shorthand, e.g. `/commander me`, `/responder @a @b`." },
  {
    usage: "/unrole <role> [@user|me]",
    summary: "Take a role back (from everyone holding it when nobody is named).",
  },
  { usage: "/status <investigating|identified|mitigated>", summary: "Move the incident to a new status." },
  { usage: "/update <text>", summary: "Post a status update; the next one is due a cadence later." },
  { usage: "/impact <text>", summary: "Say who or what is affected." },
  { usage: "/note <text>", summary: "Add a note to the timeline." },
  { usage: "/followup <text>", summary: "Record a follow-up action for the postmortem." },
  { usage: "/done <step>", summary: "Tick a step of the response checklist." },
  {
    usage: "/started <time>",
    summary: "When impact began: `2024-05-01 14:05`, `14:05`, `30m ago` or ISO 8601.",
  },
  {
    usage: "/timeline <time> <text>",
    summary: "Add a back-dated entry: `/timeline 09:12 errors started`, `/timeline 40m ago deploy 4512`.",
  },
  { usage: "/oncall", summary: "Who is on call now, and who is next." },
  {
    usage: "/public <text>",
    summary: "Post an update to the public status page (nothing else leaves the repository).",
  },
  { usage: "/public-title <text>", summary: "The incident's title on the public status page." },
  {
    usage: "/component <id>… <state>",
    summary:
      "Set components' state on the status page: operational, degraded, partial-outage or major-outage.",
  },
  {
    usage: "/revert #<pr>",
    summary: "Open the pull request that reverts a merged pull request (GitHub's own revert).",
  },
  { usage: "/resolve [summary]", summary: "Resolve the incident and close the issue." },
  { usage: "/help", summary: "Show this help." },
];

export interface ParseOptions {
  /**
   * The clock for relative times (`/started 30m ago`, `/started 14:05`). Pass the comment's
   * `created_at`, not the time of processing, so re-deriving state from the timeline is stable.
   * Defaults to the current time.
   */
  now?: Date;
}
