/** smee.io's address for a new channel; `WEBHOOK_PROXY_NEW_CHANNEL_URL` points at a self-hosted smee server. */
export const SMEE_NEW_CHANNEL = "https://smee.io/new";

/**
 * Asks the smee server for a new channel (what Probot's setup does): resolves with its URL, or
 * rejects with why (offline, refused, no answer within `timeoutMs`).
 */
export async function createProxyChannel(
  newChannelUrl = SMEE_NEW_CHANNEL,
  timeoutMs = 10_000,
): Promise<string> {
  const { SmeeClient } = await import("smee-client");
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer from ${newChannelUrl} within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([SmeeClient.createChannel({ newChannelUrl }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
