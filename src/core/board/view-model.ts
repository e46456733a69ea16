import { changesView } from "../changes/change-lines.js";
import type { Config } from "../config/config.js";
import type { IncidentState } from "../state/types.js";
import { publicIncident } from "../status-page/view-model.js";
import { blockText, inlineText, mention } from "../text/markdown-safe.js";
import { addMinutes, formatDuration, formatTime, minutesBetween } from "../time.js";
import { deploysLine } from "./deploys.js";
import { responseFlow } from "./flow.js";

/** How much of each kind of user text the board shows; the comment holds the full text. */
export interface BoardLimits {
  timeline: number;
  text: number;
  quote: number;
  followups: number;
}

export const DEFAULT_LIMITS: BoardLimits = { timeline: 50, text: 300, quote: 1500, followups: 50 };

const STATUS_ICONS: Record<string, string> = {
  investigating: "🔎 Investigating",
  identified: "🎯 Identified",
  mitigated: "🩹 Mitigated",
  resolved: "✅ Resolved",
};

/** The contacts for the incident's level, as Markdown-safe strings. */
function contactsFor(state: IncidentState, config: Config) {
  const level = state.severity?.id;
  return config.contacts
    .filter((c) => c.severities.length === 0 || (level !== undefined && c.severities.includes(level)))
    .map((c) => ({
      name: inlineText(c.name, 100),
      people: c.people.map((p) => mention(p.replace(/^@/, ""))).join(", "),
      links: c.links.map((l) => `[${inlineText(l.title, 100)}](${linkUrl(l.url)})`).join(" · "),
    }));
}

/** What the public status page shows of this incident: its components' states and latest public update. */
function publicStatus(state: IncidentState, config: Config) {
  const last = state.publicUpdates.at(-1);
  const components = [...state.components].map(([id, c]) => {
    const name = config.components.find((x) => x.id === id)?.name ?? id;
    return `${inlineText(name, 100)}: ${c.state}`;
  });
  if (!last && components.length === 0 && state.publicTitle === null) return null;
  // The title the page shows: `/public-title`, else one named after the components (never the issue's).
  const title = publicIncident(state, config)?.title ?? state.publicTitle;
  return {
    title: title === null ? null : inlineText(title, 256),
    components: components.join(", "),
    update: last ? inlineText(last.text, 300) : null,
  };
}

/** An alert incident's alerts: firing or all resolved, since when, and how many notifications came. */
function alertsLine(state: IncidentState, time: (iso: string) => string): string | null {
  const a = state.alerts;
  if (a === null) return null;
  const what = a.status === "resolved" ? "✅ all resolved" : "🔥 firing";
  const count = a.notifications === 1 ? "1 notification" : `${a.notifications} notifications`;
  return `${what} since ${time(a.since)} (${count})`;
}

/** A URL the config gave, safe inside a Markdown link: no spaces, parentheses or angle brackets. */
const linkUrl = (url: string): string => url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));

/** Everything the board template shows, as strings already safe to drop into Markdown. */
export function boardView(state: IncidentState, config: Config, limits: BoardLimits) {
  const tz = config.timeZone;
  const time = (iso: string) => formatTime(iso, tz);
  const level = state.severity;
  const end = state.resolvedAt ?? state.lastEventAt;
  const lastUpdate = state.updates[state.updates.length - 1];
  const cadence = level?.updateCadenceMinutes ?? 0;
  const dueAt = state.open && cadence > 0 ? addMinutes(lastUpdate?.at ?? state.declaredAt, cadence) : null;
  const nextDue = dueAt === null ? null : time(dueAt);
  const overdue = dueAt !== null && dueAt < state.now;
  const shown = state.timeline.slice(-limits.timeline);
  const hidden = state.timeline.length - shown.length;
  const followups = state.followups.slice(0, limits.followups);
  return {
    number: state.number,
    title: inlineText(state.title, 256),
    drill: state.isDrill,
    notAnIncident: !state.open && state.closeReason === "not_planned",
    severity: level ? { id: level.id, description: inlineText(level.description, 300) } : null,
    responseMode: level ? inlineText(level.responseMode, 300) : "",
    status: STATUS_ICONS[state.status] ?? state.status,
    declared: `${time(state.declaredAt)} by ${mention(state.declaredBy)}`,
    started: state.startedAt !== state.declaredAt ? time(state.startedAt) : null,
    duration: `${formatDuration(minutesBetween(state.startedAt, end))}${state.resolvedAt ? "" : ` (as of ${time(end)}, the latest event)`}`,
    timeToMitigate: state.mitigatedAt
      ? formatDuration(minutesBetween(state.startedAt, state.mitigatedAt))
      : null,
    timeToResolve: state.resolvedAt
      ? formatDuration(minutesBetween(state.startedAt, state.resolvedAt))
      : null,
    nextUpdate: nextDue
      ? `${overdue ? "⚠️ **overdue** since" : "by"} ${nextDue} (every ${formatDuration(cadence)} at ${level?.id})`
      : null,
    contacts: contactsFor(state, config),
    changes: changesView(state.recentChanges, { person: mention, time }),
    publicStatus: publicStatus(state, config),
    actionItems: state.actionItems?.map((i) => ({
      done: !i.open,
      text: `[#${i.number}](${i.url}) ${inlineText(i.title, limits.text)}`,
    })),
    actionItemsDone: state.actionItems?.filter((i) => !i.open).length ?? 0,
    postmortem: state.postmortem ? `#${state.postmortem.number}` : null,
    alerts: alertsLine(state, time),
    deploys: deploysLine(state, time),
    roles: state.roles.map((r) => ({
      name: inlineText(r.role.name, 60),
      holders: r.holders.map((h) => mention(h.login)).join(", "),
      since: r.holders[0] ? time(r.holders[0].since) : "",
      missing: r.required && r.holders.length === 0,
    })),
    impact: state.impact
      ? {
          text: blockText(state.impact.text, limits.quote),
          by: mention(state.impact.by),
          at: time(state.impact.at),
        }
      : null,
    update: lastUpdate
      ? {
          text: blockText(lastUpdate.text, limits.quote),
          by: mention(lastUpdate.by),
          at: time(lastUpdate.at),
          url: lastUpdate.url,
        }
      : null,
    updateCount: state.updates.length,
    flow: responseFlow(state, level?.flow ?? []).map((f) => ({ ...f, title: inlineText(f.title, 120) })),
    followups: followups.map((f) => ({ text: inlineText(f.text, limits.text), by: mention(f.by) })),
    moreFollowups: state.followups.length - followups.length,
    timeline: shown.map((e) => ({
      at: time(e.at),
      text: inlineText(e.text, limits.text),
      by: mention(e.by),
    })),
    hiddenEvents: hidden,
    timeZone: tz,
  };
}

export type BoardView = ReturnType<typeof boardView>;
