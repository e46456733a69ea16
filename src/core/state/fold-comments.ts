import { authorize } from "../commands/authorize.js";
import { COMMAND_LINE } from "../commands/command-line.js";
import { parseCommands } from "../commands/parse.js";
import type { ParsedCommand } from "../commands/types.js";
import type { TimelineEvent } from "../events.js";
import { commandAnswerLine, refusalLine } from "./answer.js";
import { decideSeverity, decideStatus, freeRole, grantRole, type Source } from "./decisions.js";
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
import type { RoleState, Said } from "./types.js";

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

function said(event: Comment, text: string): Said {
  return { text, by: event.actor.login, at: event.at, commentId: event.id, url: event.url };
}

type TextKind = "update" | "impact" | "note" | "followup";
const TEXT_LABEL: Record<TextKind, string> = {
  update: "Update",
  impact: "Impact",
  note: "Note",
  followup: "Follow-up",
};

function applyText(acc: Acc, event: Comment, kind: TextKind, text: string): void {
  const s = acc.state;
  const item = said(event, text);
  if (kind === "impact") s.impact = item;
  else if (kind === "update") s.updates.push(item);
  else if (kind === "note") s.notes.push(item);
  else s.followups.push(item);
  s.timeline.push({
    at: event.at,
    by: event.actor.login,
    kind,
    text: `${TEXT_LABEL[kind]}: ${text}`,
    url: event.url,
  });
}

function applyCommand(acc: Acc, event: Comment, command: ParsedCommand): void {
  const s = acc.state;
  const by = event.actor.login;
  switch (command.kind) {
    case "update":
    case "impact":
    case "note":
    case "followup":
      applyText(acc, event, command.kind, command.text);
      return;
  }
  const source: Source = { by, at: event.at, url: event.url };
  const resolveUser = (u: { login: string } | { me: true }): string => ("me" in u ? by : u.login);
  switch (command.kind) {
    case "resolve":
      s.resolution = said(event, command.text ?? "");
      if (s.open) s.resolveRequested = true;
      return;
    case "done":
      s.doneSteps.set(command.step.toLowerCase(), { by, at: event.at });
      s.timeline.push({ at: event.at, by, kind: "done", text: `Done: ${command.step}`, url: event.url });
      return;
    case "public":
      s.publicUpdates.push(said(event, command.text));
      s.timeline.push({ ...source, kind: "public", text: `Public update: ${command.text}`, url: event.url });
      return;
    case "public-title":
      s.publicTitle = command.text;
      s.timeline.push({ ...source, kind: "public", text: `Public title: ${command.text}`, url: event.url });
      return;
    case "component":
      for (const id of command.components) s.components.set(id, { state: command.state, at: event.at, by });
      s.timeline.push({
        ...source,
        kind: "component",
        text: `${command.components.join(", ")}: ${command.state}`,
        url: event.url,
      });
      return;
    case "timeline":
      s.timeline.push({ at: command.at, by, kind: "timeline", text: command.text, url: event.url });
      return;
    case "started":
      s.startedAt = command.at;
      s.timeline.push({
        ...source,
        kind: "started",
        text: `Started at set to ${command.at}`,
        url: event.url,
      });
      return;
    case "sev": {
      const level = acc.config.severities.find((l) => l.id === command.severity);
      if (level) decideSeverity(acc, level, source);
      return;
    }
    case "status":
      decideStatus(acc, command.status, source);
      return;
    case "role": {
      const role = acc.config.roles.find((r) => r.id === command.role);
      if (!role) return;
      for (const user of command.users) {
        const login = resolveUser(user);
        grantRole(acc, role, login, source, `@${login} is ${role.name}`);
      }
      return;
    }
    case "unrole": {
      const role = acc.config.roles.find((r) => r.id === command.role);
      if (role) freeRole(acc, role, command.user && resolveUser(command.user), source);
      return;
    }
    default:
      return;
  }
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
  const author = { login: event.actor.login, association: event.association };
  for (const command of commands) {
    const ok = authorize(command, author, acc.config, rolesFor(acc, command));
    const line = ok.ok ? commandAnswerLine(acc.config, command, event.at) : refusalLine(command, ok.reason);
    if (line === null) {
      accepted++;
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
