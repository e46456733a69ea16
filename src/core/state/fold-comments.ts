import { authorize, mayRunCommands } from "../commands/authorize.js";
import { COMMAND_LINE } from "../commands/command-line.js";
import { commandLines, MAX_COMMAND_LINES } from "../commands/command-lines.js";
import { parseCommands } from "../commands/parse.js";
import type { ParsedCommand } from "../commands/types.js";
import type { Config } from "../config/config.js";
import type { CommentEvent as Comment, TimelineEvent } from "../events.js";
import { commandAnswerLine, refusalLine } from "./answer.js";
import { applyCommand } from "./apply-command.js";
import type { Acc } from "./derive.js";
import { permissionOf } from "./trust.js";
import type { RoleState } from "./types.js";

/**
 * A comment's commands, parsed once per run. Parsing depends only on the comment and the config; a
 * run derives the state more than once (before and after its writes) with one config object and the
 * same event objects, so the later derivations reuse the first's parse. The caller owns the cache
 * (`DeriveOptions.commands`, made per run): nothing outlives the run, and nothing is shared between
 * configs. Keyed by the event object itself: no key string is built from the comment's body.
 */
export type CommandCache = Map<TimelineEvent, readonly ParsedCommand[]>;

/** A comment's commands, from the cache when this run parsed them already. */
export function commandsOf(
  cache: CommandCache | undefined,
  event: Comment,
  config: Config,
): readonly ParsedCommand[] {
  let commands = cache?.get(event);
  if (commands === undefined) {
    commands = parseCommands(event.body, config, { now: new Date(event.at) });
    cache?.set(event, commands);
  }
  return commands;
}

const parsedCommands = (acc: Acc, event: Comment): readonly ParsedCommand[] =>
  commandsOf(acc.commands, event, acc.config);

/**
 * The roles as they stood before this comment, for `/sev` restricted to roles: a `/role … me` or
 * `/decider me` earlier in the same comment never qualifies its author for a `/sev` after it.
 * `authorize` reads them only then, so they are copied only then.
 */
const NO_ROLES: readonly RoleState[] = [];
function rolesBefore(acc: Acc, commands: readonly ParsedCommand[]): readonly RoleState[] {
  if (acc.config.commands.sevRoles.length === 0 || !commands.some((c) => c.kind === "sev")) return NO_ROLES;
  return acc.config.roles.map((role) => ({
    role,
    holders: [...(acc.holders.get(role.id) ?? [])],
    required: false,
  }));
}

/**
 * A person's comment: its authorised commands are decisions and facts (updates, roles, …), and,
 * once the issue is an incident, it is owed an answer: 👍 for what ran, a reply for the rest.
 */
export function foldCommands(acc: Acc, event: Comment): void {
  if (!COMMAND_LINE.test(event.body)) return;
  const author = { login: event.actor.login, association: event.association };
  const may = mayRunCommands(author, acc.config);
  if (!may.ok) {
    refuseUnparsed(acc, event, may.reason);
    return;
  }
  const commands = parsedCommands(acc, event);
  if (commands.length === 0) return;
  const lines: string[] = [];
  let accepted = 0;
  const roles = rolesBefore(acc, commands);
  const permitted = {
    ...author,
    permission: permissionOf(event.actor.login, event.association, acc.permissions),
  };
  const ran: string[] = [];
  for (const command of commands) {
    const ok = authorize(command, permitted, acc.config, roles);
    const line = ok.ok
      ? commandAnswerLine(acc.config, command, event.at)
      : refusalLine(command.raw, ok.reason);
    if (line === null) {
      accepted++;
      ran.push(command.kind);
      applyCommand(acc, event, command);
    } else lines.push(line);
  }
  answer(acc, event, lines, accepted, ran);
}

/** Once the issue is an incident, a comment with commands is owed an answer: 👍 and/or a reply. */
function answer(acc: Acc, event: Comment, lines: string[], accepted: number, ran: string[] = []): void {
  if (!acc.state.isIncident) return;
  acc.state.answers.push({
    commentId: event.id,
    author: event.actor.login,
    at: event.at,
    lines,
    accepted,
    ran,
    plusOnes: event.plusOnes ?? 0,
  });
}

/**
 * A comment by someone who may not run commands: its command lines are found (one bounded pass, at
 * most `MAX_COMMAND_LINES`) but never parsed, and each is refused with the same reason.
 */
function refuseUnparsed(acc: Acc, event: Comment, reason: string): void {
  const found = commandLines(event.body, MAX_COMMAND_LINES);
  if (found.length === 0) return;
  answer(
    acc,
    event,
    found.map((line) => refusalLine(line.raw, reason)),
    0,
  );
}

/** Only these commands count in the issue's own body (the form's summary): what goes public. */
export const BODY_COMMANDS: ReadonlySet<string> = new Set(["public", "public-title", "component"]);

/**
 * `/public`, `/public-title` and `/component` lines in the issue's body (e.g. the incident form's
 * summary) count as said by its author when it opened the issue, if the author may run commands.
 */
export function foldBodyCommands(acc: Acc): void {
  const { issue } = acc;
  if (!COMMAND_LINE.test(issue.body) || issue.author.isBot) return;
  const event: Comment = {
    kind: "commented",
    id: 0,
    at: issue.createdAt,
    actor: issue.author,
    body: issue.body,
    association: issue.authorAssociation ?? "NONE",
    url: issue.url,
  };
  const author = {
    login: issue.author.login,
    association: event.association,
    permission: permissionOf(issue.author.login, event.association, acc.permissions),
  };
  if (!mayRunCommands(author, acc.config).ok) return;
  for (const command of parseCommands(issue.body, acc.config, { now: new Date(issue.createdAt) })) {
    if (BODY_COMMANDS.has(command.kind) && authorize(command, author, acc.config, []).ok)
      applyCommand(acc, event, command);
  }
}
