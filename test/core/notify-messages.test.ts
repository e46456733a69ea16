import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/core/config/validate.js";
import { incidentFacts } from "../../src/core/notify/facts.js";
import { messageView } from "../../src/core/notify/message-view.js";
import {
  discordMessage,
  mattermostMessage,
  pagerDutyEvent,
  slackMessage,
  teamsMessage,
  webhookMessage,
} from "../../src/core/notify/render-message.js";
import { deriveState } from "../../src/core/state/derive.js";
import { signBody } from "../../src/handlers/notify-channels.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = (() => {
  const r = validateConfig({});
  if (!r.ok) throw new Error("config");
  return r.config;
})();
const state = deriveState(
  issue({ title: "Checkout <down> & out" }),
  new History()
    .label("incident")
    .label("SEV1")
    .comment("/commander @carol", "alice")
    .comment("/update <!channel> failover in progress & DB at 90%", "carol").events,
  config,
  { permissions: TEAM, now: new Date("2026-11-21T12:00:00Z"), self: "incident-workflow[bot]" },
);
const facts = incidentFacts(state);
const update = facts.find((f) => f.kind === "update")!;
const declared = facts.find((f) => f.kind === "declared")!;
const view = messageView(update, state, "acme/shop#1");
const json = (value: unknown) => JSON.stringify(value);

describe("chat messages", () => {
  it("Slack: blocks with a link, the fields, and what people wrote escaped", () => {
    const message = slackMessage(view) as { text: string; blocks: Array<Record<string, unknown>> };
    expect(message.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "Update from @carol" },
    });
    expect(json(message.blocks)).toContain(`<${state.url}|#${state.number} Checkout &lt;down&gt; &amp; out>`);
    expect(json(message.blocks)).toContain("&lt;!channel&gt; failover in progress &amp; DB at 90%");
    expect(json(message.blocks)).not.toContain("<!channel>");
    const fields = (message.blocks.at(-1) as { fields: Array<{ text: string }> }).fields.map((f) => f.text);
    expect(fields).toEqual([
      "*Severity*\nSEV1",
      "*Status*\ninvestigating",
      "*Commander*\n@carol",
      "*Latest update*\n&lt;!channel&gt; failover in progress &amp; DB at 90%",
    ]);
  });

  it("Teams: an Adaptive Card in the message envelope, with a fact set and a link", () => {
    const message = teamsMessage(view) as {
      type: string;
      attachments: Array<{
        contentType: string;
        content: { type: string; body: unknown[]; actions: unknown[] };
      }>;
    };
    expect(message.type).toBe("message");
    const card = message.attachments[0]!;
    expect(card.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(card.content.type).toBe("AdaptiveCard");
    expect(card.content.actions).toEqual([
      { type: "Action.OpenUrl", title: "Open the incident", url: state.url },
    ]);
    expect(card.content.body.at(-1)).toEqual({
      type: "FactSet",
      facts: [
        { title: "Severity", value: "SEV1" },
        { title: "Status", value: "investigating" },
        { title: "Commander", value: "@carol" },
        { title: "Latest update", value: "<!channel> failover in progress & DB at 90%" },
      ],
    });
  });

  it("Discord: one embed in the SEV1 colour, mentions off", () => {
    const message = discordMessage(messageView(declared, state, "acme/shop#1")) as {
      allowed_mentions: unknown;
      embeds: Array<{ url: string; color: number; description: string; fields: Array<{ name: string }> }>;
    };
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds[0]).toMatchObject({
      url: state.url,
      color: 0xb60205,
      description: "SEV1 incident declared",
    });
    expect(message.embeds[0]?.fields.map((f) => f.name)).toEqual([
      "Severity",
      "Status",
      "Commander",
      "Latest update",
    ]);
  });

  it("Mattermost: one attachment with a title link and fields; what people wrote mentions no one", () => {
    const loud = { ...view, detail: "@channel failover @all" };
    const message = mattermostMessage(loud) as { attachments: Array<Record<string, unknown>> };
    expect(message.attachments[0]).toMatchObject({
      title_link: state.url,
      pretext: "Update from @\u2060carol",
      text: "@\u2060channel failover @\u2060all",
    });
    expect(json(message)).not.toMatch(/@(channel|all|here|carol)/);
  });

  it("the generic webhook: the fact and the incident, signed with HMAC-SHA256 of the exact body", () => {
    const body = json(webhookMessage(view, update));
    expect(JSON.parse(body)).toMatchObject({
      fact: { kind: "update", key: update.key },
      incident: { id: "acme/shop#1", severity: "SEV1", commander: "@carol" },
    });
    const expected = createHmac("sha256", "s3cret").update(body).digest("hex");
    expect(signBody(body, "s3cret")).toBe(`sha256=${expected}`);
    expect(signBody(`${body} `, "s3cret")).not.toBe(`sha256=${expected}`);
  });

  it("PagerDuty: Events API v2 trigger and resolve with the incident as dedup_key", () => {
    const trigger = pagerDutyEvent(
      messageView(declared, state, "acme/shop#1"),
      declared,
      "R0UTING",
    ) as Record<string, unknown>;
    expect(trigger).toMatchObject({
      routing_key: "R0UTING",
      event_action: "trigger",
      dedup_key: "acme/shop#1",
      payload: { severity: "critical", source: "acme/shop#1" },
    });
    const resolved = { ...declared, kind: "resolved" as const, key: "resolved:x" };
    expect(pagerDutyEvent(messageView(resolved, state, "acme/shop#1"), resolved, "R0UTING")).toEqual({
      routing_key: "R0UTING",
      event_action: "resolve",
      dedup_key: "acme/shop#1",
    });
  });
});
