import type { Config } from "../core/config/config.js";
import type { IssueSnapshot, TimelineEvent } from "../core/events.js";
import { MARKER_PREFIX } from "../core/state/markers.js";
import { selfMatcher } from "../core/state/trust.js";
import type { CommentPort, IssueTypePort } from "../github/ports.js";
import type { EngineDeps } from "./types.js";

/** Starts the one note saying GitHub dropped the issue type the tool set. */
export const TYPE_DROPPED_MARKER = `${MARKER_PREFIX}issue-type-dropped -->`;

/** Whether the issue carries the configured issue type (GitHub compares type names case-insensitively). */
export function hasIncidentType(
  issue: Pick<IssueSnapshot, "type">,
  config: Pick<Config, "issueType">,
): boolean {
  const wanted = config.issueType;
  return (
    wanted !== false && typeof issue.type === "string" && issue.type.toLowerCase() === wanted.toLowerCase()
  );
}

/** The note: what was tried, what GitHub did, and what gives the tool the permission. */
export function typeDroppedNote(type: string): string {
  return [
    TYPE_DROPPED_MARKER,
    `This incident should have the organisation's **${type}** issue type, but GitHub dropped it without ` +
      "an error: the tool's account may not set issue types in this repository (GitHub lets only " +
      "accounts with push access set them). Check the app's or the token's permissions, or set " +
      "`issueType: false` in the config to stop trying. Labels keep working either way; this note is not repeated.",
    "",
  ].join("\n");
}

export type IssueTypeOutcome =
  | "off"
  | "has-a-type"
  | "noted-before"
  | "no-such-type"
  | "types-unreadable"
  | "set"
  | "dropped";

/**
 * Gives an incident being declared (its first board; see `reconcile`) the configured issue type
 * when it never had one and the repository's organisation defines it: set, then read back. A type
 * a person chose, changed or removed (the timeline's `issue_type_*` events) is left alone. When
 * GitHub drops the type silently (no permission), the incident gets one note
 * (`TYPE_DROPPED_MARKER`) and the tool stops trying for it: the note in the history says so. Requests: none when the issue
 * already has a type, issue types are off, or the repository is a user's; else the organisation's
 * types (remembered for a while), and the set and its read back when the type exists.
 */
export async function ensureIssueType(
  issue: IssueSnapshot,
  timeline: readonly TimelineEvent[],
  config: Config,
  deps: { ports: IssueTypePort & CommentPort; self: EngineDeps["self"]; log: EngineDeps["log"] },
): Promise<IssueTypeOutcome> {
  const wanted = config.issueType;
  if (wanted === false) return "off";
  if (typeof issue.type === "string") return "has-a-type";
  if (issue.state !== "open" || issue.isPullRequest) return "off";
  // Typed before (by the tool, or by a person, who may also have removed it): the history settles it.
  if (timeline.some((e) => e.kind === "issue-typed")) return "has-a-type";
  const isSelf = selfMatcher(await deps.self());
  const noted = timeline.some(
    (e) => e.kind === "commented" && isSelf(e.actor) && e.body.startsWith(TYPE_DROPPED_MARKER),
  );
  if (noted) return "noted-before";
  const types = await deps.ports.issueTypes();
  if (types.kind === "none") return "no-such-type";
  if (types.kind === "unreadable") {
    deps.log.warn(
      `issue types: GitHub refused the organisation's list (${types.status}); the "${wanted}" type is not set. ` +
        'The app needs the organisation permission "Issue Types" (read); a workflow token cannot have it.',
    );
    return "types-unreadable";
  }
  const name = types.names.find((n) => n.toLowerCase() === wanted.toLowerCase());
  if (name === undefined) return "no-such-type";
  const now = await deps.ports.setIssueType(issue.number, name);
  if (now !== null && now.toLowerCase() === name.toLowerCase()) return "set";
  await deps.ports.createComment(issue.number, typeDroppedNote(name));
  return "dropped";
}

/**
 * The name to create a new incident with: the organisation's type matching `issueType`, or
 * undefined (off, a user's repository, types unreadable or not defined). The create's answer is the
 * read back: an incident created without it is given it by `ensureIssueType`, or noted once.
 */
export async function typeForNewIncident(
  ports: IssueTypePort,
  config: Pick<Config, "issueType">,
): Promise<string | undefined> {
  const wanted = config.issueType;
  if (wanted === false) return undefined;
  const types = await ports.issueTypes();
  if (types.kind !== "types") return undefined;
  return types.names.find((n) => n.toLowerCase() === wanted.toLowerCase());
}
