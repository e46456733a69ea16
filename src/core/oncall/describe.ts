import type { Config } from "../config/config.js";
import { mention } from "../text/markdown-safe.js";
import { formatTime } from "../time.js";
import { onCall } from "./rotation.js";

/**
 * The `/oncall` answer: for each rotation, who is on call at `at` (until when) and who is next.
 * People are named without notifying them.
 */
export function oncallAnswer(config: Config, at: string): string {
  if (config.oncall.length === 0) {
    return "No on-call rotation is configured (`oncall` in `.github/incidents.yml`).";
  }
  const when = Date.parse(at);
  const lines = config.oncall.map((r) => {
    const role = config.roles.find((x) => x.id === r.role)?.name ?? r.role;
    const { now, next } = onCall(r, when);
    const until = formatTime(new Date(now.until).toISOString(), r.timeZone);
    return `| ${role} | ${mention(now.person)}${now.override ? " (override)" : ""} | ${until} | ${mention(next.person)} |`;
  });
  return [
    `**On call** at ${formatTime(at, config.timeZone)}:`,
    "",
    "| Role | Now | Until | Next |",
    "| --- | --- | --- | --- |",
    ...lines,
  ].join("\n");
}
