/**
 * Deliveries to the app as GitHub makes them: the JSON payload POSTed to the webhook URL with the
 * event, delivery id and `x-hub-signature-256` headers, one at a time in the order they happened.
 * A delivery the app refuses is kept (and shown on the page), never dropped silently.
 */
import { createHmac } from "node:crypto";

export interface Delivery {
  id: string;
  name: string;
  payload: unknown;
}

export interface Deliverer {
  /** Sends after every delivery before it; resolves with the app's HTTP status. */
  send(hook: Delivery): Promise<number>;
  /** Resolves when everything handed to `send` so far has been answered. */
  sent(): Promise<void>;
  /** Deliveries the app did not accept (or that could not be sent), with why. */
  failures(): readonly string[];
  /** How many deliveries were answered. */
  count(): number;
}

export function createDeliverer(url: string, secret: string): Deliverer {
  let chain: Promise<unknown> = Promise.resolve();
  let answered = 0;
  const failed: string[] = [];
  const post = async (hook: Delivery): Promise<number> => {
    const body = JSON.stringify(hook.payload);
    const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    const action = (hook.payload as { action?: unknown }).action;
    const what = `${hook.name}${typeof action === "string" ? `.${action}` : ""} (${hook.id})`;
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "GitHub-Hookshot/sandbox",
          "x-github-event": hook.name,
          "x-github-delivery": hook.id,
          "x-hub-signature-256": signature,
        },
        body,
      });
      await res.text();
      if (res.status >= 300) failed.push(`${what}: the app answered ${res.status}`);
      return res.status;
    } catch (error) {
      failed.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    } finally {
      answered += 1;
    }
  };
  return {
    send(hook) {
      const next = chain.then(() => post(hook));
      chain = next;
      return next;
    },
    async sent() {
      await chain;
    },
    failures: () => failed,
    count: () => answered,
  };
}
