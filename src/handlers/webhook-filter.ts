import { COMMAND_LINE } from "../core/commands/command-line.js";
import { toPerson } from "../github/from-github.js";

// biome-ignore lint/suspicious/noExplicitAny: webhook JSON at the boundary.
type Json = any;

/**
 * Why a delivery can be ignored from its payload alone, without a request or the config; or
 * `undefined` when it needs a look at the issue. Comments by any bot never run commands, and a
 * comment matters only if it holds a command line now or held one before an edit or deletion.
 *
 * Light on purpose (two small imports): the Action calls it before it loads the engine, so an
 * event that concerns nothing costs almost no start-up time.
 */
export function ignoredByPayload(name: "issues" | "issue_comment", payload: unknown): string | undefined {
  const p = payload as Json;
  if (!p?.issue) return `${name} event without an issue`;
  if (name !== "issue_comment") return undefined;
  const sender = toPerson(p.sender);
  if (sender.isBot || toPerson(p.comment?.user).isBot) return `comment by a bot (${sender.login})`;
  const bodies: unknown[] = [p.comment?.body, p.changes?.body?.from];
  if (!bodies.some((b) => typeof b === "string" && COMMAND_LINE.test(b))) return "comment without commands";
  return undefined;
}
