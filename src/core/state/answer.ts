import { helpMarkdown } from "../commands/help.js";
import type { ParsedCommand } from "../commands/types.js";
import type { Config } from "../config/config.js";
import { oncallAnswer } from "../oncall/describe.js";
import { inlineText } from "../text/markdown-safe.js";

/** The command as typed, quoted in a reply: escaped text in bold (escapes would show inside a code span). */
const quoted = (raw: string) => `**${inlineText(raw, 120)}**`;

/**
 * What the reply to an authorised command says, or null when the command simply runs (and is
 * acknowledged with 👍). `at` is the comment's time (`/oncall` answers as of then).
 */
export function commandAnswerLine(config: Config, command: ParsedCommand, at: string): string | null {
  switch (command.kind) {
    case "oncall":
      return oncallAnswer(config, at);
    case "declare":
      return `${quoted(command.raw)}: this issue is already an incident.`;
    case "help":
      return helpMarkdown(config);
    case "unknown":
      return `${quoted(command.raw)}: unknown command.\n\n${helpMarkdown(config)}`;
    case "invalid":
      return `${quoted(command.raw)}: ${inlineText(command.reason, 300)}`;
    default:
      return null;
  }
}

/** The reply line for a command (its line as typed) its author may not run. */
export const refusalLine = (raw: string, reason: string): string => `${quoted(raw)} was not run: ${reason}.`;
