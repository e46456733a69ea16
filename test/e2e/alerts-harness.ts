// Alerts POSTed to the app as deployed (`node lib/start.js`, the alert endpoints' secrets in its
// environment), as Alertmanager, Grafana and PagerDuty send them.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Emulator, RecordedRequest } from "../../src/emulator/index.js";

export const TOKEN = "alert-token-for-tests";
export const PD_SECRET = "pagerduty-signing-secret";

export const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/alerts", name), "utf8"));

export const pdSignature = (body: string, secret = PD_SECRET) =>
  `v1=${createHmac("sha256", secret).update(body).digest("hex")}`;

export interface PostOptions {
  repo?: string;
  token?: string | null;
  /** The X-PagerDuty-Signature header (computed with `PD_SECRET` when absent). */
  signature?: string;
  /** A raw body instead of `JSON.stringify(body)`. */
  raw?: string;
}

/** POSTs an alert body to `/api/alerts/<source>?repo=…` with its credential; status and text. */
export async function postAlert(
  base: string,
  source: string,
  body: unknown,
  options: PostOptions = {},
): Promise<{ status: number; text: string }> {
  const text = options.raw ?? JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (source === "pagerduty") headers["x-pagerduty-signature"] = options.signature ?? pdSignature(text);
  else if (options.token !== null) headers.authorization = `Bearer ${options.token ?? TOKEN}`;
  const repo = options.repo ?? "acme/web";
  const res = await fetch(`${base}/api/alerts/${source}?repo=${encodeURIComponent(repo)}`, {
    method: "POST",
    headers,
    body: text,
  });
  return { status: res.status, text: await res.text() };
}

/** Requests that change something on GitHub (installation tokens aside). */
export const writes = (requests: readonly RecordedRequest[]) =>
  requests.filter((r) => r.method !== "GET" && !r.path.endsWith("/access_tokens"));

/** Incidents (issues with the `incident` label) of the emulated repository. */
export const incidents = (emu: Emulator) =>
  emu.issues().filter((i) => (i.labels as Array<{ name: string }>).some((l) => l.name === "incident"));

/** A group notification: the Alertmanager fixture with another status and key. */
export function group(status: "firing" | "resolved", groupKey?: string): Record<string, unknown> {
  const body = fixture("alertmanager-v4.json");
  const alerts = (body.alerts as Array<Record<string, unknown>>).map((a) => ({ ...a, status }));
  return { ...body, status, alerts, ...(groupKey === undefined ? {} : { groupKey }) };
}
