import { authorize } from "../commands/authorize.js";
import { helpMarkdown } from "../commands/parse.js";
import type { ParsedCommand } from "../commands/types.js";
import type { Config } from "../config/config.js";
import type { AuthorAssociation } from "../events.js";
import { statusLabel } from "../state/label-kind.js";
import { replyMarker } from "../state/markers.js";
import type { IncidentState } from "../state/types.js";
import { inlineText } from "../text/markdown-safe.js";
import type { Plan } from "./types.js";

export interface TriggerComment {
  id: number;
  author: string;
  association: AuthorAssociation;
  commands: ParsedCommand[];
}

/** The command as typed, quoted in a reply: escaped text in bold (escapes would show inside a code span). */
const code = (raw: string) => `**${inlineText(raw, 120)}**`;

/** One command's effect on GitHub; returns a line for the reply when it has something to say. */
function planOne(
  state: IncidentState,
  config: Config,
  comment: TriggerComment,
  command: ParsedCommand,
  plan: Plan,
): string | null {
  const resolveUser = (u: { login: string } | { me: true }) => ("me" in u ? comment.author : u.login);
  switch (command.kind) {
    case "sev": {
      const level = config.severities.find((s) => s.id === command.severity);
      if (!level) return null;
      plan.change.addLabels.push(level.label);
      for (const other of state.severityLabels)
        if (other.toLowerCase() !== level.label.toLowerCase()) plan.change.removeLabels.push(other);
      return null;
    }
    case "status": {
      const label = statusLabel(config, command.status);
      plan.change.addLabels.push(label);
      for (const other of state.statusLabels)
        if (other.toLowerCase() !== label.toLowerCase()) plan.change.removeLabels.push(other);
      return null;
    }
    case "role": {
      const role = config.roles.find((r) => r.id === command.role);
      if (!role) return null;
      plan.change.addLabels.push(role.label);
      plan.change.addAssignees.push(...command.users.map(resolveUser));
      return null;
    }
    case "unrole": {
      const role = state.roles.find((r) => r.role.id === command.role);
      if (role && role.holders.length === 0) plan.change.removeLabels.push(role.role.label);
      return null;
    }
    case "resolve":
      if (state.open) plan.close = "completed";
      return null;
    case "declare":
      return `${code(command.raw)}: this issue is already an incident.`;
    case "help":
      return helpMarkdown(config);
    case "unknown":
      return `${code(command.raw)}: unknown command.\n\n${helpMarkdown(config)}`;
    case "invalid":
      return `${code(command.raw)}: ${inlineText(command.reason, 300)}`;
    default:
      return null;
  }
}

/**
 * The effects of the commands in the comment that triggered this event. Facts the commands state
 * (updates, roles, …) are already in `state`; here come the labels, assignees, the close, one reply
 * (only if the bot has not replied to this comment before) and the acknowledgement reaction.
 */
export function planCommands(
  state: IncidentState,
  config: Config,
  comment: TriggerComment,
  plan: Plan,
): void {
  const lines: string[] = [];
  let accepted = 0;
  for (const command of comment.commands) {
    const auth = authorize(
      command,
      { login: comment.author, association: comment.association },
      config,
      state.roles,
    );
    if (!auth.ok) {
      lines.push(`${code(command.raw)} was not run: ${auth.reason}.`);
      continue;
    }
    const line = planOne(state, config, comment, command, plan);
    if (line === null) accepted++;
    else lines.push(line);
  }
  if (accepted > 0) plan.reaction = { commentId: comment.id, content: "+1" };
  if (lines.length > 0 && !state.repliedTo.has(comment.id)) {
    plan.comments.push(`${replyMarker(comment.id)}\n@${comment.author}\n\n${lines.join("\n\n")}\n`);
  }
}
