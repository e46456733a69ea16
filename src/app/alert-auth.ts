import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** The secrets the alert endpoints check (from the environment); an endpoint whose secret is unset is off. */
export interface AlertSecrets {
  /** `INCIDENT_WORKFLOW_ALERT_TOKEN`: the bearer token of Alertmanager, Grafana and the generic JSON. */
  token?: string;
  /** `INCIDENT_WORKFLOW_PAGERDUTY_SECRET`: the PagerDuty webhook subscription's signing secret. */
  pagerduty?: string;
}

export function alertSecretsFromEnv(env: NodeJS.ProcessEnv): AlertSecrets {
  return {
    ...(env.INCIDENT_WORKFLOW_ALERT_TOKEN ? { token: env.INCIDENT_WORKFLOW_ALERT_TOKEN } : {}),
    ...(env.INCIDENT_WORKFLOW_PAGERDUTY_SECRET ? { pagerduty: env.INCIDENT_WORKFLOW_PAGERDUTY_SECRET } : {}),
  };
}

/** Equal strings, compared in constant time (both hashed first, so their lengths leak nothing either). */
function same(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** `Authorization: Bearer <token>` (the scheme's case does not matter) against the configured token. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  if (header === undefined) return false;
  const space = header.indexOf(" ");
  if (space < 0 || header.slice(0, space).toLowerCase() !== "bearer") return false;
  return same(header.slice(space + 1).trim(), token);
}

/**
 * `X-PagerDuty-Signature: v1=<hex>[,v1=<hex>…]`: the HMAC-SHA256 of the raw body with the secret,
 * hex. PagerDuty sends one signature per active secret while one is being rotated: any may match.
 */
export function pagerDutySignatureMatches(header: string | undefined, body: string, secret: string): boolean {
  if (header === undefined) return false;
  const expected = `v1=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
  let found = false;
  for (const part of header.split(",")) if (same(part.trim(), expected)) found = true;
  return found;
}
