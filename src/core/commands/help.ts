import type { Config } from "../config/config.js";
import { inlineText } from "../text/markdown-safe.js";
import { COMMAND_HELP } from "./types.js";

export { COMMAND_HELP } from "./types.js";

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
