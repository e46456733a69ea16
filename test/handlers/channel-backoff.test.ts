// A channel that ran out of time is left alone for a pause that doubles with each timeout in a row
// and ends with any answer; what it is owed is sent, in order, by the first run after the pause. A
// channel that answers at once with an error is never paused.
import { describe, expect, it } from "vitest";
import type { Config } from "../../src/core/config/config.js";
import { validateConfig } from "../../src/core/config/validate.js";
import type { SentRecords } from "../../src/core/notify/sent-record.js";
import { deriveState } from "../../src/core/state/derive.js";
import type { OutboundPort } from "../../src/github/outbound.js";
import { ChannelBackoff } from "../../src/handlers/channel-backoff.js";
import { notifyChannels } from "../../src/handlers/notify-channels.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const config = ((): Config => {
  const result = validateConfig({ notifications: { channels: [{ kind: "slack", url: "SLACK_URL" }] } });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
})();
const state = deriveState(
  issue({}),
  new History()
    .label("incident")
    .label("SEV1")
    .comment("/update one", "carol")
    .comment("/update two", "carol").events,
  config,
  { permissions: TEAM, now: new Date("2026-11-21T12:00:00Z"), self: "incident-workflow[bot]" },
);
const log = { info: () => {}, warn: () => {}, error: () => {} };
const env = (name: string) => (name === "SLACK_URL" ? "http://127.0.0.1:9/slack" : undefined);

/** A port whose endpoint hangs until `answering` is set; records what was sent. */
function endpoint() {
  const sent: string[] = [];
  const port: OutboundPort & { answering: false | number } = {
    answering: false,
    post(_url, body, _headers, signal) {
      sent.push(body);
      if (port.answering !== false) return Promise.resolve({ status: port.answering, text: "" });
      return new Promise((_resolve, reject) =>
        signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
      );
    },
  };
  return { port, sent };
}

describe("ChannelBackoff", () => {
  it("pauses 15 s, 30 s, 60 s … up to 5 minutes for timeouts in a row; an answer ends it", () => {
    let now = 0;
    const b = new ChannelBackoff(15_000, 300_000, () => now);
    expect(b.resting("slack")).toBe(0);
    expect([1, 2, 3, 4, 5, 6].map(() => b.timedOut("slack"))).toEqual([
      15_000, 30_000, 60_000, 120_000, 240_000, 300_000,
    ]);
    now = 299_999;
    expect(b.resting("slack")).toBe(1);
    expect(b.resting("teams")).toBe(0);
    b.answered("slack");
    expect(b.resting("slack")).toBe(0);
    expect(b.timedOut("slack")).toBe(15_000);
  });
});

describe("notifyChannels with a backoff", () => {
  it("a hanging channel: one try, none during the pause, then everything owed in order", async () => {
    let now = 0;
    const { port, sent } = endpoint();
    const chat = { env, http: port, timeoutMs: 20, backoff: new ChannelBackoff(15_000, 300_000, () => now) };
    let records: SentRecords = new Map();
    const run = async () => {
      const out = await notifyChannels(state, config, records, chat, "acme/web#1", log);
      records = out.records;
      return out.owed;
    };
    expect(await run()).toBe(true);
    expect(sent).toHaveLength(1);
    now = 14_999;
    expect(await run()).toBe(true);
    expect(sent).toHaveLength(1); // left alone: the run did not wait for it
    now = 15_000;
    port.answering = 200;
    expect(await run()).toBe(false);
    expect(sent).toHaveLength(4);
    // The declaration again (it was never answered), then each update, in order.
    expect(sent[1]).toBe(sent[0]);
    expect(sent[2]).toContain("one");
    expect(sent[3]).toContain("two");
  });

  it("a channel that answers at once with an error is tried by every run", async () => {
    const { port, sent } = endpoint();
    port.answering = 503;
    const chat = { env, http: port, timeoutMs: 20, backoff: new ChannelBackoff() };
    for (let i = 0; i < 3; i++) await notifyChannels(state, config, new Map(), chat, "acme/web#1", log);
    expect(sent).toHaveLength(3);
  });
});
