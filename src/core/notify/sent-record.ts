/**
 * What each channel was already told, kept in the board's hidden header (the board is the one
 * comment the tool owns and rewrites on every run): per channel, the newest fact it was sent or
 * passed over, `<!-- incident-workflow:chat-sent <channel> <at> <key> -->`. Facts are told in a
 * total order (`compareFacts`), so everything up to that mark was dealt with and everything after
 * it is owed: a redelivery, a restart or the sweep sends nothing twice, and a failed send stays owed.
 */

import type { ChannelFact } from "../config/schema-notifications.js";
import { MARKER_PREFIX, markerHeader } from "../state/markers.js";
import { compareFacts, type Fact } from "./facts.js";

const PREFIX = `${MARKER_PREFIX}chat-sent `;
const SUFFIX = " -->";

/** Where a channel is: the last fact dealt with. */
export interface SentMark {
  at: string;
  key: string;
}

/** Channel id → its mark. */
export type SentRecords = Map<string, SentMark>;

export const sentMarker = (channel: string, mark: SentMark): string =>
  `${PREFIX}${channel} ${mark.at} ${encodeURIComponent(mark.key)}${SUFFIX}`;

/** The records in a board the tool wrote (none when there is no board). Reads lines, no pattern. */
export function readSentRecords(body: string | undefined): SentRecords {
  const records: SentRecords = new Map();
  if (body === undefined) return records;
  for (const line of markerHeader(body)) {
    if (!line.startsWith(PREFIX)) continue;
    const [channel, at, key, extra] = line.slice(PREFIX.length, line.length - SUFFIX.length).split(" ");
    if (channel === undefined || at === undefined || key === undefined || extra !== undefined) continue;
    try {
      records.set(channel, { at, key: decodeURIComponent(key) });
    } catch {
      // A mangled key: the channel starts over from what it can prove, which is nothing.
    }
  }
  return records;
}

/** The board's marker lines for the records, in channel order (stable renders). */
export const sentMarkers = (records: SentRecords): string[] =>
  [...records.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, m]) => sentMarker(c, m));

const kindOf = (key: string) =>
  key.slice(0, key.indexOf(":") < 0 ? key.length : key.indexOf(":")) as ChannelFact;

/**
 * The facts still owed after the mark: those after the marked fact in today's order; when that fact
 * is gone from the history (its comment deleted), those ordered after where it stood.
 */
export function owedAfter(facts: readonly Fact[], mark: SentMark | undefined): Fact[] {
  if (mark === undefined) return [...facts];
  const at = facts.findIndex((f) => f.key === mark.key);
  if (at >= 0) return facts.slice(at + 1);
  const kind = kindOf(mark.key);
  // An update's key is its comment's id: it still orders the facts of its second.
  const seq = kind === "update" ? Number(mark.key.slice("update:".length)) : Number.NaN;
  const gone = { at: mark.at, key: mark.key, kind, ...(Number.isSafeInteger(seq) ? { seq } : {}) };
  return facts.filter((f) => compareFacts(f, gone) > 0);
}
