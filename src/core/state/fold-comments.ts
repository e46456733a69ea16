import { authorize } from "../commands/authorize.js";
import { COMMAND_LINE } from "../commands/command-line.js";
import { parseCommands } from "../commands/parse.js";
import type { ParsedCommand } from "../commands/types.js";
import type { TimelineEvent } from "../events.js";
import { commandAnswerLine, refusalLine } from "./answer.js";
import { applyCommand } from "./apply-command.js";
import { grantRole } from "./decisions.js";
import type { Acc } from "./derive.js";
import {
  ALERT_MARKER,
  BOARD_MARKER,
  CONFIG_ERROR_MARKER,
  POSTMORTEM_FAILED_MARKER,
  readActionItemsMarker,
  readNotifyMarker,
  readOncallMarker,
  readPostmortemMarker,
  readReminderMarker,
  readReplyMarker,
} from "./markers.js";
import type { RoleState } from "./types.js";

type Comment = Extract<TimelineEvent, { kind: "commented" }>;

/**
 * This tool's own comments (by its identity, never another account's): the board, replies,
 * notifications, the postmortem link and failure, alerts.
 */
export function foldBotComment(acc: Acc, event: Comment): void {
  const s = acc.state;
  const body = event.body;
  if (body.startsWith(BOARD_MARKER)) {
    if (s.board === null) s.board = { id: event.id, body };
    else s.extraBoards.push(event.id);
    s.postmortem ??= readPostmortemMarker(body);
    return;
  }
  if (body.startsWith(CONFIG_ERROR_MARKER)) {
    s.configErrorComment ??= { id: event.id, body };
    return;
  }
  if (body.startsWith(POSTMORTEM_FAILED_MARKER) && !s.open) s.postmortemFailed = true;
  const items = readActionItemsMarker(body);
  if (items !== null && !s.actionItemPulls.includes(items)) s.actionItemPulls.push(items);
  const reminder = readReminderMarker(body);
  if (reminder !== null) s.reminded.add(reminder);
  const paged = readOncallMarker(body);
  if (paged !== null) {
    s.oncallPaged.add(paged.role);
    const role = acc.config.roles.find((r) => r.id === paged.role);
    if (role && paged.assign) {
      const source = { by: event.actor.login, at: event.at, url: event.url };
      grantRole(acc, role, paged.login, source, `@${paged.login} is ${role.name} (on call)`);
    }
    return;
  }
  const replyTo = readReplyMarker(body);
  if (replyTo !== null) s.repliedTo.add(replyTo);
  const notified = readNotifyMarker(body);
  if (notified !== null) s.notified.add(notified);
  const postmortem = readPostmortemMarker(body);
  if (postmortem !== null) s.postmortem = postmortem;
  if (body.startsWith(ALERT_MARKER)) {
    const firstLine = body.slice(ALERT_MARKER.length).trim().split("\n")[0] ?? "";
    s.timeline.push({ at: event.at, by: event.actor.login, kind: "alert", text: firstLine, url: event.url });
  }
}

/** The roles as they stand at this point of the fold (for `/sev` restricted to roles). */
function currentRoles(acc: Acc): RoleState[] {
  return acc.config.roles.map((role) => ({ role, holders: acc.holders.get(role.id) ?? [], required: false }));
}

/**
 * A comment's commands, parsed once per run. Parsing depends only on the comment and the config; a
 * run derives the state more than once (before and after its writes) with one config object and the
 * same event objects, so the later derivations reuse the first's parse. The caller owns the cache
 * (`DeriveOptions.commands`, made per run): nothing outlives the run, and nothing is shared between
 * configs. Keyed by the event object itself: no key string is built from the comment's body.
 */
export type CommandCache = Map<TimelineEvent, readonly ParsedCommand[]>;

function parsedCommands(acc: Acc, event: Comment): readonly ParsedCommand[] {
  const cache = acc.commands;
  let commands = cache?.get(event);
  if (commands === undefined) {
    commands = parseCommands(event.body, acc.config, { now: new Date(event.at) });
    cache?.set(event, commands);
  }
  return commands;
}

/** `authorize` reads the roles only for `/sev` restricted to roles: build them only then. */
const NO_ROLES: readonly RoleState[] = [];
const rolesFor = (acc: Acc, command: ParsedCommand): readonly RoleState[] =>
  command.kind === "sev" && acc.config.commands.sevRoles.length > 0 ? currentRoles(acc) : NO_ROLES;

/**
 * A person's comment: its authorised commands are decisions and facts (updates, roles, …), and,
 * once the issue is an incident, it is owed an answer: 👍 for what ran, a reply for the rest.
 */
export function foldCommands(acc: Acc, event: Comment): void {
  if (!COMMAND_LINE.test(event.body)) return;
  const commands = parsedCommands(acc, event);
  if (commands.length === 0) return;
  const lines: string[] = [];
  let accepted = 0;
  const ran: string[] = [];
  const author = { login: event.actor.login, association: event.association };
  for (const command of commands) {
    const ok = authorize(command, author, acc.config, rolesFor(acc, command));
    const line = ok.ok ? commandAnswerLine(acc.config, command, event.at) : refusalLine(command, ok.reason);
    if (line === null) {
      accepted++;
      ran.push(command.kind);
      applyCommand(acc, event, command);
    } else lines.push(line);
  }
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

/** Only these commands count in the issue's own body (the form's summary): what goes public. */
const BODY_COMMANDS = new Set(["public", "public-title", "component"]);

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
  const author = { login: issue.author.login, association: event.association };
  for (const command of parseCommands(issue.body, acc.config, { now: new Date(issue.createdAt) })) {
    if (BODY_COMMANDS.has(command.kind) && authorize(command, author, acc.config, []).ok)
      applyCommand(acc, event, command);
  }
}
