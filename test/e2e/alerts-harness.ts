// Alerts POSTed to the app as deployed (`node lib/start.js`, the alert endpoints' secrets in its
// environment), as Alertmanager, Grafana and PagerDuty send them.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import {
  type Emulator,
  type EmulatorOptions,
  expectNoViolations,
  type RecordedRequest,
  startEmulator,
} from "../../src/emulator/index.js";
import { boards } from "./probot-harness.js";
import { type AppProcess, eventually, startAppProcess } from "./server-harness.js";

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

/**
 * Around a test file: an emulated `acme/web` (with `emulator`'s options) and the app as deployed
 * (`node lib/start.js`, the sweep off, both alert secrets set; `env` adds to or overrides that),
 * handed to `started` once both are up; stopped after the file, every request the app made checked
 * against GitHub's description.
 */
export function aroundAlertApp(
  started: (emu: Emulator, app: AppProcess) => void,
  env: Record<string, string> = {},
  emulator: EmulatorOptions = {},
): void {
  let emu: Emulator | undefined;
  let app: AppProcess | undefined;
  beforeAll(async () => {
    emu = await startEmulator({ owner: "acme", repo: "web", ...emulator });
    app = await startAppProcess(emu, {
      INCIDENT_WORKFLOW_SWEEP: "off",
      INCIDENT_WORKFLOW_ALERT_TOKEN: TOKEN,
      INCIDENT_WORKFLOW_PAGERDUTY_SECRET: PD_SECRET,
      ...env,
    });
    started(emu, app);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    if (emu === undefined) return;
    expectNoViolations(emu);
    await emu.close();
  });
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

/** Resolves once the emulator has seen no request for `ms` (the app's accepted work is done). */
export async function quiet(emu: Emulator, ms = 1500): Promise<void> {
  let seen = -1;
  for (;;) {
    const now = emu.requests.length;
    if (now === seen) return;
    seen = now;
    await new Promise((r) => setTimeout(r, ms));
  }
}

/** Waits until `done` holds and fails the test, showing the last value, when it never does. */
export async function reached<T>(what: string, read: () => T, done: (value: T) => boolean): Promise<T> {
  const value = await eventually(read, done, 90_000); // the machine may be busy; ends once reached
  expect(done(value), `${what}; last seen:\n${JSON.stringify(value, null, 2)}`).toBe(true);
  return value;
}

/** What an incident's comments say, its board, its notification count and its alert-state notes. */
export function readIncident(emu: Emulator) {
  const bodies = (n: number) => emu.comments(n).map((c) => String(c.body));
  const COUNT = "<!-- incident-workflow:alert-count:";
  return {
    bodies,
    board: (n: number) => String(boards(emu, n)[0]?.body ?? ""),
    /** How many notifications the count comment says (1 while there is none). */
    countOf(n: number): number {
      const body = bodies(n).find((b) => b.startsWith(COUNT));
      return body === undefined ? 1 : Number(body.slice(COUNT.length).split(" ")[0]);
    },
    /** How many times the timeline notes the alerts' change to `status`. */
    changes: (n: number, status: "firing" | "resolved") =>
      bodies(n).filter((b) => b.startsWith(`<!-- incident-workflow:alert-state:${status} -->`)).length,
    /** The newest incident's number. */
    newest: () => Math.max(...incidents(emu).map((i) => Number(i.number))),
  };
}

/** A Grafana notification: the documented example with its alerts' status (and another key). */
export function grafana(status: "firing" | "resolved", groupKey?: string): Record<string, unknown> {
  const body = fixture("grafana.json");
  const alerts = (body.alerts as Array<Record<string, unknown>>).map((a) => ({ ...a, status }));
  return { ...body, status, alerts, ...(groupKey === undefined ? {} : { groupKey }) };
}

/** A PagerDuty V3 incident event: the fixture with another event type (and incident id). */
export function pagerduty(eventType: string, id?: string): Record<string, unknown> {
  const body = fixture("pagerduty-v3.json");
  const event = body.event as Record<string, unknown>;
  const data = event.data as Record<string, unknown>;
  return { ...body, event: { ...event, event_type: eventType, data: { ...data, ...(id ? { id } : {}) } } };
}
