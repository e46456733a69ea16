/**
 * How commands are acknowledged: with a 👍 each while GitHub's content budget is ample, otherwise
 * on the board itself ("Recent commands": who, what, when). The board carries a hidden watermark,
 * the newest command comment it acknowledged that way; a 👍 is owed only for commands newer than
 * it, so a reaction skipped under pressure is never owed later (the board said it) and a burst
 * never turns into a wave of late 👍. Level-triggered: the history and the board decide.
 */

import type { CommandAnswer, IncidentState } from "../state/types.js";
import { mention } from "../text/markdown-safe.js";
import { formatTime } from "../time.js";

/** How this run acknowledges commands. */
export interface AckPolicy {
  /** The budget is ample: 👍 for each command newer than `through`. */
  react: boolean;
  /** The newest command comment the board has acknowledged (its watermark), or null. */
  through: number | null;
}

/** Every command is answered with a 👍 (the Action, and runs with no budget to mind). */
export const REACT_ALWAYS: AckPolicy = { react: true, through: null };

const PREFIX = "<!-- incident-workflow:acked-through ";
const SUFFIX = " -->";

/** The board's hidden watermark line. */
export const ackMarker = (through: number): string => `${PREFIX}${through}${SUFFIX}`;

/** The watermark of a board written by the tool (null when it has none). Reads lines, no pattern. */
export function readAckMarker(body: string | undefined): number | null {
  if (body === undefined) return null;
  for (const line of body.split("\n", 8)) {
    if (!line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) continue;
    const digits = line.slice(PREFIX.length, line.length - SUFFIX.length);
    const n = Number(digits);
    if (digits.length > 0 && digits.length <= 15 && Number.isInteger(n) && n > 0) return n;
  }
  return null;
}

/** Whether a 👍 is owed to this answer under the policy. */
export const reactionOwed = (answer: CommandAnswer, policy: AckPolicy): boolean =>
  answer.accepted > 0 &&
  answer.plusOnes === 0 &&
  policy.react &&
  (policy.through === null || answer.commentId > policy.through);

/**
 * The watermark the board carries after this run: unchanged while 👍 are sent; under pressure,
 * the newest command that ran (the board acknowledges everything up to it).
 */
export function nextWatermark(state: IncidentState, policy: AckPolicy): number | null {
  if (policy.react) return policy.through;
  const ran = state.answers.filter((a) => a.accepted > 0).map((a) => a.commentId);
  const newest = ran.length === 0 ? null : Math.max(...ran);
  if (newest === null) return policy.through;
  return policy.through === null ? newest : Math.max(newest, policy.through);
}

/** One line of the board's "Recent commands". */
export interface RecentCommand {
  at: string;
  by: string;
  what: string;
  url: string;
}

/** The commands the board acknowledges (up to the watermark), newest first, at most `limit`. */
export function recentCommands(
  state: IncidentState,
  through: number | null,
  timeZone: string,
  limit = 12,
): RecentCommand[] {
  if (through === null) return [];
  return state.answers
    .filter((a) => a.accepted > 0 && a.commentId <= through)
    .slice(-limit)
    .reverse()
    .map((a) => ({
      at: formatTime(a.at, timeZone),
      by: mention(a.author),
      what: a.ran.map((kind) => `\`/${kind}\``).join(", "),
      url: `${state.url}#issuecomment-${a.commentId}`,
    }));
}
