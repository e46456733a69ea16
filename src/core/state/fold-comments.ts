import { authorize } from "../commands/authorize.js";
import { parseCommands } from "../commands/parse.js";
import type { ParsedCommand } from "../commands/types.js";
import type { TimelineEvent } from "../events.js";
import type { Acc } from "./derive.js";
import { statusLabel } from "./label-kind.js";
import {
  ALERT_MARKER,
  BOARD_MARKER,
  CONFIG_ERROR_MARKER,
  readNotifyMarker,
  readPostmortemMarker,
  readReplyMarker,
} from "./markers.js";
import type { RoleState, Said } from "./types.js";

type Comment = Extract<TimelineEvent, { kind: "commented" }>;

/** A line that may hold a command (the parser decides); skips parsing plain discussion. */
export const COMMAND_LINE = /^ {0,3}\//m;

/** The bot's own comments: the board, replies, notifications, the postmortem link, alerts. */
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

function applyCommand(acc: Acc, event: Comment, command: ParsedCommand): void {
  const s = acc.state;
  const by = event.actor.login;
  const resolveUser = (u: { login: string } | { me: true }): string => ("me" in u ? by : u.login);
  switch (command.kind) {
    case "update":
      s.updates.push(said(event, command.text));
      s.timeline.push({ at: event.at, by, kind: "update", text: `Update: ${command.text}`, url: event.url });
      return;
    case "impact":
      s.impact = said(event, command.text);
      s.timeline.push({ at: event.at, by, kind: "impact", text: `Impact: ${command.text}`, url: event.url });
      return;
    case "note":
      s.notes.push(said(event, command.text));
      s.timeline.push({ at: event.at, by, kind: "note", text: `Note: ${command.text}`, url: event.url });
      return;
    case "followup":
      s.followups.push(said(event, command.text));
      s.timeline.push({
        at: event.at,
        by,
        kind: "followup",
        text: `Follow-up: ${command.text}`,
        url: event.url,
      });
      return;
    case "resolve":
      s.resolution = said(event, command.text ?? "");
      return;
    case "done":
      s.doneSteps.set(command.step.toLowerCase(), { by, at: event.at });
      s.timeline.push({ at: event.at, by, kind: "done", text: `Done: ${command.step}`, url: event.url });
      return;
    case "started":
      s.startedAt = command.at;
      s.timeline.push({
        at: event.at,
        by,
        kind: "started",
        text: `Started at set to ${command.at}`,
        url: event.url,
      });
      return;
    case "sev": {
      const level = acc.config.severities.find((l) => l.id === command.severity);
      if (level) acc.pending.set(level.label.toLowerCase(), by);
      return;
    }
    case "status":
      acc.pending.set(statusLabel(acc.config, command.status).toLowerCase(), by);
      return;
    case "role": {
      const role = acc.config.roles.find((r) => r.id === command.role);
      if (!role) return;
      let holders = acc.holders.get(role.id) ?? [];
      for (const user of command.users) {
        const login = resolveUser(user);
        if (holders.some((h) => h.login.toLowerCase() === login.toLowerCase())) continue;
        const holder = { login, since: event.at, by };
        holders = role.multiple ? [...holders, holder] : [holder];
        s.timeline.push({
          at: event.at,
          by,
          kind: "role",
          text: `@${login} is ${role.name}`,
          url: event.url,
        });
      }
      acc.holders.set(role.id, holders);
      acc.pending.set(role.label.toLowerCase(), by);
      return;
    }
    case "unrole": {
      const role = acc.config.roles.find((r) => r.id === command.role);
      if (!role) return;
      const holders = acc.holders.get(role.id) ?? [];
      const login = command.user === undefined ? undefined : resolveUser(command.user).toLowerCase();
      const left = login === undefined ? [] : holders.filter((h) => h.login.toLowerCase() !== login);
      if (left.length !== holders.length) {
        s.timeline.push({
          at: event.at,
          by,
          kind: "role",
          text:
            login === undefined
              ? `${role.name} role freed`
              : `@${command.user && resolveUser(command.user)} is no longer ${role.name}`,
          url: event.url,
        });
      }
      acc.holders.set(role.id, left);
      if (left.length === 0) acc.pending.set(role.label.toLowerCase(), by);
      return;
    }
    default:
      return;
  }
}

/** A person's comment: its authorised commands become facts (updates, roles, …). */
export function foldCommands(acc: Acc, event: Comment): void {
  if (!COMMAND_LINE.test(event.body)) return;
  const commands = parseCommands(event.body, acc.config, { now: new Date(event.at) });
  for (const command of commands) {
    const ok = authorize(
      command,
      { login: event.actor.login, association: event.association },
      acc.config,
      currentRoles(acc),
    );
    if (ok.ok) applyCommand(acc, event, command);
  }
}
