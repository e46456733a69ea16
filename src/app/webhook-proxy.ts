import type { Probot } from "probot";

export interface WebhookProxy {
  stop(): Promise<void>;
}

/**
 * Development without a public address: deliveries GitHub sends to a smee.io channel
 * (`WEBHOOK_PROXY_URL`) are forwarded to this server's webhook path, with their headers and
 * signature, by `smee-client` (what Probot's own server uses; ours is our own, so we start it).
 * It connects in the background and reconnects by itself; the server does not wait for it.
 */
export async function startWebhookProxy(
  source: string,
  target: string,
  log: Probot["log"],
): Promise<WebhookProxy> {
  const { SmeeClient } = await import("smee-client");
  const client = new SmeeClient({
    source,
    target,
    logger: {
      info: (message: string) => log.info(`webhook proxy: ${message}`),
      error: (...args: unknown[]) => log.warn(`webhook proxy: ${args.map(String).join(" ")}`),
    },
  });
  log.info(`Forwarding webhooks from ${source} to ${target}`);
  client.start().catch((error: unknown) => {
    log.warn(
      `webhook proxy: could not connect to ${source} (${error instanceof Error ? error.message : String(error)}); ` +
        "it keeps trying. smee.io keeps no delivery for a client that is not connected: the sweep repairs those incidents.",
    );
  });
  return { stop: () => client.stop() };
}
