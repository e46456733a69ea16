import type { Config } from "../core/config/config.js";
import type { Channel } from "../core/config/schema-notifications.js";
import type { Fact } from "../core/notify/facts.js";
import { messageView } from "../core/notify/message-view.js";
import { type ChannelPlan, planChannels } from "../core/notify/plan-channels.js";
import { chatMessage, pagerDutyEvent } from "../core/notify/render-message.js";
import type { SentRecords } from "../core/notify/sent-record.js";
import type { IncidentState } from "../core/state/types.js";
import type { OutboundPort } from "../github/outbound.js";
import type { ChannelBackoff } from "./channel-backoff.js";
import { type EnvReader, PAGERDUTY_EVENTS_URL } from "./channel-variables.js";
import type { Logger } from "./types.js";

/** What telling channels takes: the variables that hold their URLs and the outbound port. */
export interface ChatDeps {
  env: EnvReader;
  http: OutboundPort;
  /** How long one send may take before it counts as failed (default 5 s). */
  timeoutMs?: number;
  /** Channels that ran out of time are left alone for a while (the app); absent, every run tries. */
  backoff?: ChannelBackoff;
}

export const SIGNATURE_HEADER = "X-Incident-Workflow-Signature";

/**
 * `sha256=<hex>`: HMAC-SHA256 of the exact body with the channel's secret. `node:crypto` is loaded
 * on first use (the Action's cold start does not pay for it when no webhook channel is set).
 */
export const signBody = (body: string, secret: string): string =>
  `sha256=${process.getBuiltinModule("node:crypto").createHmac("sha256", secret).update(body).digest("hex")}`;

/** Where a fact goes and what is sent: URL, body, headers. Null when the variable vanished. */
function request(channel: Channel, fact: Fact, state: IncidentState, incident: string, env: EnvReader) {
  const target = env(channel.url)?.trim() ?? "";
  if (target === "") return null;
  const view = messageView(fact, state, incident);
  if (channel.kind === "pagerduty") {
    const url = env("INCIDENT_WORKFLOW_PAGERDUTY_EVENTS_URL") || PAGERDUTY_EVENTS_URL;
    return { url, body: JSON.stringify(pagerDutyEvent(view, fact, target)), headers: {} };
  }
  const body = JSON.stringify(chatMessage(channel.kind, view, fact));
  if (channel.kind !== "webhook") return { url: target, body, headers: {} };
  const secret = env(`${channel.url}_SECRET`) ?? "";
  if (secret === "") return null;
  return { url: target, body, headers: { [SIGNATURE_HEADER]: signBody(body, secret) } };
}

/**
 * Sends one channel what it is owed, in order, each within the timeout; the first failure stops
 * the channel (what follows stays owed, in order, for a later run). Returns the channel's new mark.
 */
async function sendChannel(
  plan: ChannelPlan,
  state: IncidentState,
  incident: string,
  chat: ChatDeps,
  log: Logger,
): Promise<Fact | null> {
  let last: Fact | null = null;
  for (const { fact, send } of plan.items) {
    if (send) {
      const req = request(plan.channel, fact, state, incident, chat.env);
      if (req === null) {
        log.warn(`${incident}: ${plan.channel.id}: its variable is not set; ${fact.key} not sent`);
        return last;
      }
      const where = `${plan.channel.id} ${req.url}`;
      if ((chat.backoff?.resting(where) ?? 0) > 0) return last; // it ran out of time lately: owed
      const timeout = AbortSignal.timeout(chat.timeoutMs ?? 5000);
      try {
        const res = await chat.http.post(req.url, req.body, req.headers, timeout);
        chat.backoff?.answered(where);
        if (res.status < 200 || res.status >= 300) {
          log.warn(
            `${incident}: ${plan.channel.id} answered ${res.status} to ${fact.key} (${res.text}); sent again later`,
          );
          return last;
        }
      } catch (error) {
        const pause = timeout.aborted ? chat.backoff?.timedOut(where) : undefined;
        const again = pause === undefined ? "later" : `after ${Math.round(pause / 1000)} s`;
        log.warn(
          `${incident}: ${plan.channel.id}: ${fact.key} not sent (${String(error)}); sent again ${again}`,
        );
        return last;
      }
    }
    last = fact;
  }
  return last;
}

/**
 * Tells every configured channel the incident's facts it has not heard yet (`planChannels`), the
 * channels side by side, and returns the records with each channel's new mark. The board carries
 * them (`sent-record.ts`), so each fact reaches each channel once. `owed`: a send failed, and
 * what it carried (and what follows it) waits for the next run: the next event, or the sweep.
 */
export async function notifyChannels(
  state: IncidentState,
  config: Config,
  records: SentRecords,
  chat: ChatDeps,
  incident: string,
  log: Logger,
): Promise<{ records: SentRecords; owed: boolean }> {
  const plans = planChannels(state, config, records);
  const next: SentRecords = new Map(
    [...records].filter(([id]) => config.notifications.channels.some((c) => c.id === id)),
  );
  const marks = await Promise.all(plans.map((plan) => sendChannel(plan, state, incident, chat, log)));
  let owed = false;
  plans.forEach((plan, i) => {
    const mark = marks[i];
    if (mark) next.set(plan.channel.id, { at: mark.at, key: mark.key });
    if (mark !== plan.items.at(-1)?.fact) owed = true;
  });
  return { records: next, owed };
}
