// `notifications`: chat channels (and PagerDuty) that hear about incidents.
import * as z from "zod";
import { id } from "./schema-primitives.js";

/** The kinds of channel: each gets a message native to it. */
export const CHANNEL_KINDS = ["slack", "teams", "discord", "mattermost", "pagerduty", "webhook"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** The facts of an incident a channel can hear about, in the order they usually happen. */
export const CHANNEL_FACTS = [
  "declared",
  "severity",
  "status",
  "commander",
  "update",
  "resolved",
  "postmortem",
] as const;
export type ChannelFact = (typeof CHANNEL_FACTS)[number];

/** An environment variable's name (what a shell accepts): the URL itself never sits in the file. */
const variableName = z
  .string()
  .max(100)
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable's name (letters, digits and '_')");

/** One channel. */
export const ChannelSchema = z.strictObject({
  /** What the channel is: `slack`, `teams`, `discord`, `mattermost`, `pagerduty` or a generic signed `webhook`. */
  kind: z
    .enum(CHANNEL_KINDS)
    .describe("What the channel is: `slack`, `teams`, `discord`, `mattermost`, `pagerduty` or `webhook`."),
  /**
   * The name of the environment variable holding the channel's incoming-webhook URL (for
   * `pagerduty`, the Events API v2 routing key). The app reads its environment; the Action its
   * step's `env:`. For `webhook`, `<name>_SECRET` holds the signing secret.
   */
  url: variableName.describe(
    "Name of the environment variable holding the webhook URL (for `pagerduty`, the routing key); for `webhook`, `<name>_SECRET` holds the signing secret.",
  ),
  /** The severity levels it hears about (all when omitted). */
  levels: z.array(id).min(1).optional().describe("The severity levels it hears about (all when omitted)."),
  /** Which facts it hears about (all when omitted). */
  on: z
    .array(z.enum(CHANNEL_FACTS))
    .min(1)
    .optional()
    .describe(
      "Which facts it hears about: `declared`, `severity`, `status`, `commander`, `update`, `resolved`, `postmortem` (all when omitted).",
    ),
  /** Whether drills (incidents with the `drill` label) reach it. */
  drills: z.boolean().default(false).describe("Whether drills reach it."),
});

/** Chat channels and pagers told about incidents, each fact once. */
export const NotificationsSchema = z.strictObject({
  /** The channels, each a kind and the environment variable holding its URL. */
  channels: z
    .array(ChannelSchema)
    .max(10)
    .default([])
    .describe("The channels, each a kind and the environment variable holding its URL."),
});

export type ChannelInput = z.output<typeof ChannelSchema>;

/** A channel with its defaults resolved. `id` (`<kind>:<variable>`) names it in the board's records. */
export interface Channel {
  id: string;
  kind: ChannelKind;
  /** The environment variable's name. */
  url: string;
  levels: string[];
  on: ChannelFact[];
  drills: boolean;
}

/**
 * The channels with their defaults (every level, every fact), and the problems: a level that is no
 * severity id, the same kind and variable twice (one channel would hide the other's records).
 */
export function resolveChannels(
  channels: readonly ChannelInput[],
  severityIds: readonly string[],
): { channels: Channel[]; problems: Array<{ path: string; message: string }> } {
  const problems: Array<{ path: string; message: string }> = [];
  const seen = new Map<string, number>();
  const out = channels.map((c, i): Channel => {
    const channelId = `${c.kind}:${c.url}`;
    const first = seen.get(channelId);
    if (first === undefined) seen.set(channelId, i);
    else
      problems.push({
        path: `notifications.channels[${i}]`,
        message: `the same kind and variable as notifications.channels[${first}]; found ${JSON.stringify(channelId)}`,
      });
    (c.levels ?? []).forEach((level, j) => {
      if (!severityIds.includes(level))
        problems.push({
          path: `notifications.channels[${i}].levels[${j}]`,
          message: `unknown severity; the levels are ${severityIds.join(", ")}; found ${JSON.stringify(level)}`,
        });
    });
    return {
      id: channelId,
      kind: c.kind,
      url: c.url,
      levels: c.levels ?? [...severityIds],
      on: c.on ?? [...CHANNEL_FACTS],
      drills: c.drills,
    };
  });
  return { channels: out, problems };
}
