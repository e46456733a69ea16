import type { ChannelKind } from "../config/schema-notifications.js";
import type { Fact } from "./facts.js";
import type { MessageView } from "./message-view.js";

/** Red for the most severe, then orange, yellow, green; grey for a drill. */
const COLOURS = ["#b60205", "#d93f0b", "#fbca04", "#0e8a16"];
const colour = (v: MessageView) =>
  v.drill ? "#6a737d" : (COLOURS[Math.min((v.rank ?? 4) - 1, 3)] ?? "#6a737d");

/** Slack's mrkdwn treats `&`, `<` and `>` as control characters: what people wrote is escaped. */
const slackText = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

const summary = (v: MessageView) => `${v.drill ? "[DRILL] " : ""}${v.headline}: #${v.number} ${v.title}`;

const fields = (v: MessageView): Array<[string, string]> => [
  ["Severity", v.severity],
  ["Status", v.status],
  ["Commander", v.commander],
  ["Latest update", v.latestUpdate],
];

/** Slack: Block Kit (a header, the fields, a link), with `text` as the notification's fallback. */
export function slackMessage(v: MessageView): unknown {
  const detail =
    v.detail === null ? [] : [{ type: "section", text: { type: "mrkdwn", text: slackText(v.detail) } }];
  return {
    text: summary(v),
    blocks: [
      {
        type: "header",
        text: { type: "plain_text", text: `${v.drill ? "[DRILL] " : ""}${v.headline}`.slice(0, 150) },
      },
      { type: "section", text: { type: "mrkdwn", text: `<${v.url}|#${v.number} ${slackText(v.title)}>` } },
      ...detail,
      {
        type: "section",
        fields: fields(v).map(([name, value]) => ({
          type: "mrkdwn",
          text: `*${name}*\n${slackText(value)}`,
        })),
      },
    ],
  };
}

/** Mattermost notifies everyone for `@all`, `@channel`, `@here` in a webhook's text: `@` is kept from mentioning. */
const quiet = (text: string) => text.replaceAll("@", "@\u2060");

/** Mattermost: an incoming-webhook message with one attachment (Slack's older attachment shape). */
export function mattermostMessage(loud: MessageView): unknown {
  const v: MessageView = {
    ...loud,
    headline: quiet(loud.headline),
    title: quiet(loud.title),
    detail: loud.detail === null ? null : quiet(loud.detail),
    commander: quiet(loud.commander),
    latestUpdate: quiet(loud.latestUpdate),
  };
  return {
    text: summary(v),
    attachments: [
      {
        fallback: summary(v),
        color: colour(v),
        title: `#${v.number} ${v.title}`,
        title_link: v.url,
        pretext: v.headline,
        ...(v.detail === null ? {} : { text: v.detail }),
        fields: fields(v).map(([title, value]) => ({ title, value, short: title !== "Latest update" })),
      },
    ],
  };
}

/** Discord: an execute-webhook body with one embed. */
export function discordMessage(v: MessageView): unknown {
  return {
    content: summary(v).slice(0, 2000),
    allowed_mentions: { parse: [] },
    embeds: [
      {
        title: `#${v.number} ${v.title}`.slice(0, 256),
        url: v.url,
        description: [v.headline, v.detail]
          .filter((s) => s !== null)
          .join("\n\n")
          .slice(0, 4096),
        color: Number.parseInt(colour(v).slice(1), 16),
        fields: fields(v).map(([name, value]) => ({
          name,
          value: value.slice(0, 1024),
          inline: name !== "Latest update",
        })),
      },
    ],
  };
}

/** Microsoft Teams (Workflows or an incoming webhook): an Adaptive Card in the message envelope. */
export function teamsMessage(v: MessageView): unknown {
  const text = (value: string, extra: Record<string, unknown> = {}) => ({
    type: "TextBlock",
    text: value,
    wrap: true,
    ...extra,
  });
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            text(`${v.drill ? "[DRILL] " : ""}${v.headline}`, { size: "Large", weight: "Bolder" }),
            text(`#${v.number} ${v.title}`),
            ...(v.detail === null ? [] : [text(v.detail)]),
            { type: "FactSet", facts: fields(v).map(([title, value]) => ({ title, value })) },
          ],
          actions: [{ type: "Action.OpenUrl", title: "Open the incident", url: v.url }],
        },
      },
    ],
  };
}

/** The generic webhook: the fact and the incident as plain JSON (signed by the sender). */
export function webhookMessage(v: MessageView, fact: Fact): unknown {
  return {
    fact: { kind: fact.kind, key: fact.key, at: fact.at },
    headline: v.headline,
    detail: v.detail,
    incident: {
      id: v.incident,
      number: v.number,
      title: v.title,
      url: v.url,
      severity: v.severity,
      status: v.status,
      commander: v.commander,
      latestUpdate: v.latestUpdate,
      drill: v.drill,
    },
  };
}

/** PagerDuty Events API v2: trigger while open, resolve once resolved; one alert per incident. */
export function pagerDutyEvent(v: MessageView, fact: Fact, routingKey: string): unknown {
  const dedupKey = v.incident;
  if (fact.kind === "resolved")
    return { routing_key: routingKey, event_action: "resolve", dedup_key: dedupKey };
  const critical = v.rank === 1 ? "critical" : v.rank === 2 ? "error" : v.rank === 3 ? "warning" : "info";
  return {
    routing_key: routingKey,
    event_action: "trigger",
    dedup_key: dedupKey,
    payload: {
      summary: `${v.severity}: #${v.number} ${v.title}`.slice(0, 1024),
      source: v.incident,
      severity: critical,
      timestamp: fact.at,
      custom_details: { status: v.status, commander: v.commander, latest_update: v.latestUpdate },
    },
    links: [{ href: v.url, text: `Incident ${v.incident}` }],
  };
}

/** The message for a chat kind (not PagerDuty, which needs its routing key: `pagerDutyEvent`). */
export function chatMessage(kind: Exclude<ChannelKind, "pagerduty">, v: MessageView, fact: Fact): unknown {
  switch (kind) {
    case "slack":
      return slackMessage(v);
    case "mattermost":
      return mattermostMessage(v);
    case "discord":
      return discordMessage(v);
    case "teams":
      return teamsMessage(v);
    case "webhook":
      return webhookMessage(v, fact);
  }
}
