import type { Config } from "../config/config.js";
import type { Channel } from "../config/schema-notifications.js";
import type { IncidentState } from "../state/types.js";
import { type Fact, incidentFacts } from "./facts.js";
import { owedAfter, type SentRecords } from "./sent-record.js";

/** A fact owed to a channel: sent, or passed over (another level, a drill, a fact it does not take). */
export interface ChannelItem {
  fact: Fact;
  send: boolean;
}

export interface ChannelPlan {
  channel: Channel;
  /** In order; each moves the channel's mark once dealt with. */
  items: ChannelItem[];
}

/** A channel added to an old incident is not told its whole past: facts older than this pass by. */
const BACKFILL_MS = 24 * 3600_000;

/** PagerDuty pages: a trigger when the incident reaches the channel's levels, a resolve at the end. */
function pagesFor(channel: Channel, fact: Fact, state: IncidentState): boolean {
  const inLevels = (level: string | null | undefined) => level != null && channel.levels.includes(level);
  if (fact.kind === "declared") return inLevels(fact.level);
  if (fact.kind === "severity") return fact.raised === true && inLevels(fact.level) && !inLevels(fact.from);
  if (fact.kind === "resolved") return state.severityChanges.some((c) => inLevels(c.to));
  return false;
}

function sends(channel: Channel, fact: Fact, state: IncidentState): boolean {
  if (!channel.on.includes(fact.kind)) return false;
  if (state.isDrill && !channel.drills) return false;
  if (channel.kind === "pagerduty") return pagesFor(channel, fact, state);
  return fact.level === null || channel.levels.includes(fact.level);
}

/**
 * What each configured channel is owed: the incident's facts after the channel's mark (the
 * board's record), each marked to send or to pass over. Level-triggered and pure: planning again
 * after the marks moved gives nothing.
 */
export function planChannels(state: IncidentState, config: Config, records: SentRecords): ChannelPlan[] {
  const channels = config.notifications.channels;
  if (channels.length === 0 || !state.isIncident) return [];
  const facts = incidentFacts(state);
  const oldest = new Date(Date.parse(state.now) - BACKFILL_MS).toISOString();
  return channels
    .map((channel) => {
      const mark = records.get(channel.id);
      const items = owedAfter(facts, mark).map((fact) => ({
        fact,
        send: (mark !== undefined || fact.at >= oldest) && sends(channel, fact, state),
      }));
      return { channel, items };
    })
    .filter((plan) => plan.items.length > 0);
}
