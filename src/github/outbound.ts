import { httpFetch } from "./http-fetch.js";

/** What an outbound POST answered. */
export interface OutboundResponse {
  status: number;
  /** The start of the answer's body, for the log when it failed. */
  text: string;
}

/**
 * The one way the engine reaches anything outside GitHub (chat webhooks, PagerDuty): a JSON POST
 * that gives up when `signal` aborts. The core never calls it; tests fake it with a function.
 */
export interface OutboundPort {
  post(
    url: string,
    body: string,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<OutboundResponse>;
}

/** Over `node:http`/`node:https` (`httpFetch`): no undici start-up for the Action's short runs. */
export const outboundHttp: OutboundPort = {
  async post(url, body, headers, signal) {
    const res = await httpFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "incident-workflow", ...headers },
      body,
      signal,
    });
    const text = await res.text();
    return { status: res.status, text: text.slice(0, 300) };
  },
};
