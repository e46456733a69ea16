import { trimEndOf } from "../core/text/scan.js";
import { WEBHOOK_PATH } from "./server.js";

/**
 * Where GitHub should deliver the app's webhooks, from the environment:
 * - `WEBHOOK_PROXY_URL`, a smee.io channel (development: the app forwards its deliveries to itself);
 * - else `PUBLIC_URL`, the address the server is reached at from the internet (production, behind
 *   a load balancer or TLS proxy), plus the webhook path (`WEBHOOK_PATH`, `/api/github/webhooks`);
 * - else `undefined`: nothing says how GitHub reaches this machine.
 * Throws, naming the variable, when one is set but is not an absolute http(s) URL.
 */
export function webhookUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.WEBHOOK_PROXY_URL) return absolute(env.WEBHOOK_PROXY_URL, "WEBHOOK_PROXY_URL").href;
  if (env.PUBLIC_URL) return webhookUrlAt(absolute(env.PUBLIC_URL, "PUBLIC_URL").href, env);
  return undefined;
}

/** The webhook path under a base URL (`https://host/prefix` → `https://host/prefix/api/github/webhooks`). */
export function webhookUrlAt(base: string, env: NodeJS.ProcessEnv = process.env): string {
  const path = env.WEBHOOK_PATH || WEBHOOK_PATH;
  return `${trimEndOf(base, "/")}${path.startsWith("/") ? path : `/${path}`}`;
}

function absolute(value: string, name: string): URL {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new Error(`${name} must be an absolute http(s) URL; found ${JSON.stringify(value)}`);
  }
  return url;
}
