import type { ParsedCommand } from "../commands/types.js";
import type { CommentEvent as Comment } from "../events.js";
import { decideSeverity, decideStatus, freeRole, grantRole, type Source } from "./decisions.js";
import type { Acc } from "./derive.js";
import type { Said } from "./types.js";

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

/** What an authorised command does to the state as the fold reaches it: facts said, decisions made. */
export function applyCommand(acc: Acc, event: Comment, command: ParsedCommand): void {
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
    case "revert":
      s.revertRequests.push({ pull: command.pull, commentId: event.id, by, at: event.at, url: event.url });
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
