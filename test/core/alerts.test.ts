// Alert bodies as their senders document them (test/fixtures/alerts/), parsed and mapped with the config.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mapAlert } from "../../src/core/alerts/map-alert.js";
import type { AlertNotification } from "../../src/core/alerts/notification.js";
import { detectSource, parseAlertBody } from "../../src/core/alerts/parse-body.js";
import { validateConfig } from "../../src/core/config/validate.js";

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/alerts", name), "utf8"));

function config(raw: unknown = {}) {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

function parsed(source: Parameters<typeof parseAlertBody>[0], body: unknown): AlertNotification {
  const result = parseAlertBody(source, body);
  if (!result.ok) throw new Error(result.message);
  if ("ignored" in result.value) throw new Error(result.value.ignored);
  return result.value;
}

describe("Alertmanager (webhook version 4)", () => {
  const body = fixture("alertmanager-v4.json");

  it("maps the documented body: one incident per group, at the level its severity label maps to", () => {
    const facts = mapAlert(parsed("alertmanager", body), config());
    expect(facts).toEqual({
      ok: true,
      value: [
        expect.objectContaining({
          key: `alertmanager:${body.groupKey}`,
          status: "firing",
          title: "API 5xx rate above 5%",
          severity: "SEV1",
          firing: 2,
          resolved: 0,
        }),
      ],
    });
    const summary = facts.ok ? (facts.value[0]?.summary ?? "") : "";
    expect(summary).toContain("More than 5% of API requests have failed");
    expect(summary).toContain("- firing: APIHighErrorRate — API 5xx rate above 5%");
    expect(summary).toContain("Source: http://alertmanager.example.com:9093");
  });

  it("with dedup: alert, one incident per fingerprint", () => {
    const facts = mapAlert(parsed("alertmanager", body), config({ alerts: { dedup: "alert" } }));
    expect(facts.ok && facts.value.map((f) => f.key)).toEqual([
      "alertmanager:1a2b3c4d5e6f7081",
      "alertmanager:9f8e7d6c5b4a3921",
    ]);
  });

  it("takes the severity label and map from the config; an unmapped value gives the default level", () => {
    const custom = config({ alerts: { severity: { label: "job", map: { api: "SEV2" } } } });
    expect(mapAlert(parsed("alertmanager", body), custom)).toMatchObject({
      ok: true,
      value: [{ severity: "SEV2" }],
    });
    const unmapped = { ...body, commonLabels: { severity: "page" }, alerts: [] };
    expect(mapAlert(parsed("alertmanager", unmapped), config())).toMatchObject({
      ok: true,
      value: [{ severity: "SEV3" }],
    });
  });

  it("refuses what is not version 4 or lacks fields, naming the field and what was found", () => {
    expect(parseAlertBody("alertmanager", { ...body, version: "3" })).toEqual({
      ok: false,
      message: 'version must be "4" (Alertmanager\'s webhook format); found "3"',
    });
    expect(parseAlertBody("alertmanager", { ...body, alerts: undefined })).toEqual({
      ok: false,
      message: "alerts must be a list; found nothing",
    });
    expect(parseAlertBody("alertmanager", { ...body, status: "pending" })).toEqual({
      ok: false,
      message: 'status must be "firing" or "resolved"; found "pending"',
    });
    const alerts = [{ status: "firing", labels: { severity: 3 } }];
    expect(parseAlertBody("alertmanager", { ...body, alerts })).toEqual({
      ok: false,
      message: "alerts[0].labels.severity must be a string; found 3",
    });
    expect(mapAlert(parsed("alertmanager", { ...body, groupKey: undefined }), config())).toEqual({
      ok: false,
      message: "groupKey is missing; it names the group (alerts.dedup is `group`)",
    });
  });
});

describe("Grafana alerting webhook", () => {
  const body = fixture("grafana.json");

  it("maps the documented body: alert names as the title, the most severe firing alert's level", () => {
    const facts = mapAlert(parsed("grafana", body), config());
    expect(facts).toMatchObject({
      ok: true,
      value: [
        {
          key: "grafana:{}:{}",
          title: "High memory usage, High CPU usage",
          severity: "SEV2",
          firing: 2,
        },
      ],
    });
  });

  it("is told apart from Alertmanager's body when forwarded as a client_payload", () => {
    expect(detectSource(body)).toBe("grafana");
    expect(detectSource(fixture("alertmanager-v4.json"))).toBe("alertmanager");
    expect(detectSource({ title: "API down", severity: "SEV1" })).toBe("generic");
  });
});

describe("PagerDuty V3 webhooks", () => {
  const body = fixture("pagerduty-v3.json");

  it("incident.triggered opens by incident id, at the level its priority maps to", () => {
    expect(mapAlert(parsed("pagerduty", body), config())).toMatchObject({
      ok: true,
      value: [
        { key: "pagerduty:PGR0VU2", status: "firing", title: "Checkout latency above 2 s", severity: "SEV2" },
      ],
    });
  });

  it("incident.resolved resolves; acknowledgements are ignored", () => {
    const event = body.event as Record<string, unknown>;
    const resolved = { event: { ...event, event_type: "incident.resolved" } };
    expect(parsed("pagerduty", resolved).status).toBe("resolved");
    expect(parseAlertBody("pagerduty", { event: { ...event, event_type: "incident.acknowledged" } })).toEqual(
      {
        ok: true,
        value: { ignored: "event_type incident.acknowledged" },
      },
    );
    expect(parseAlertBody("pagerduty", { event: { ...event, data: undefined } })).toEqual({
      ok: false,
      message: "event.data must be an object; found nothing",
    });
  });
});

describe("generic JSON", () => {
  it("takes a level or a mapped value; a resolved alert needs its key", () => {
    const level = (severity: string) =>
      mapAlert(parsed("generic", { title: "Queue stuck", severity, dedup_key: "q" }), config());
    expect(level("SEV2")).toMatchObject({ ok: true, value: [{ key: "q", severity: "SEV2" }] });
    expect(level("critical")).toMatchObject({ ok: true, value: [{ severity: "SEV1" }] });
    expect(level("loud")).toEqual({
      ok: false,
      message: 'severity "loud" is neither a level (SEV1, SEV2, SEV3, SEV4) nor in alerts.severity.map',
    });
    expect(parseAlertBody("generic", { title: "Queue stuck", status: "resolved" })).toEqual({
      ok: false,
      message: "dedup_key is missing; a resolved alert names the incident by its key",
    });
  });
});

describe("the alerts config", () => {
  it("names the option path of a map value that is no level", () => {
    expect(validateConfig({ alerts: { severity: { map: { critical: "P0" } } } })).toEqual({
      ok: false,
      problems: [
        {
          path: "alerts.severity.map.critical",
          message: 'must be one of the severity ids (SEV1, SEV2, SEV3, SEV4); found "P0"',
        },
      ],
    });
    const wrong = validateConfig({ alerts: { dedup: "fingerprint" } });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.problems[0]?.path).toBe("alerts.dedup");
  });
});
