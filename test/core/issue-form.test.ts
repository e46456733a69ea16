import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defaultConfig, validateConfig } from "../../src/core/config/validate.js";
import {
  INCIDENT_FORM_LABELS,
  parseIncidentForm,
  parseIsoTime,
  severityFromChoice,
} from "../../src/core/issue-form.js";

const config = defaultConfig();

/** A body as GitHub renders a submitted issue form (CRLF line ends, as the API returns them). */
function formBody(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([label, value]) => `### ${label}\r\n\r\n${value}`)
    .join("\r\n\r\n");
}

describe("the issue form template", () => {
  const template = parse(
    readFileSync(
      fileURLToPath(new URL("../../.github/ISSUE_TEMPLATE/incident.yml", import.meta.url)),
      "utf8",
    ),
  ) as {
    name: string;
    labels: string[];
    body: { type: string; id?: string; attributes: { label?: string; options?: string[] } }[];
  };

  it("declares an incident with the incident label", () => {
    expect(template.name).toBe("Declare an incident");
    expect(template.labels).toEqual([config.labels.incident]);
  });

  it("has the fields the parser reads, under the same labels", () => {
    const labels = template.body.filter((f) => f.type !== "markdown").map((f) => f.attributes.label);
    expect(labels).toEqual(Object.values(INCIDENT_FORM_LABELS));
  });

  it("offers severity choices that all map to a level", () => {
    const dropdown = template.body.find((f) => f.type === "dropdown");
    const options = dropdown?.attributes.options ?? [];
    expect(options.map((o) => severityFromChoice(o, config))).toEqual([
      "SEV1",
      "SEV2",
      "SEV3",
      "SEV4",
      "SEV2",
    ]);
  });
});

describe("parseIncidentForm", () => {
  it("reads a filled-in form", () => {
    const body = formBody({
      Summary:
        "Checkout returns HTTP 500 for a third of requests.\r\n\r\n### Details\r\nSince the 14:00 deploy.",
      Impact: "EU customers cannot pay.",
      Severity: "SEV1 — Critical",
      "Started at": "2024-05-01T14:05Z",
      Links: "https://grafana.example.com/d/checkout\r\n#123",
    });
    expect(parseIncidentForm(body, config)).toEqual({
      summary: "Checkout returns HTTP 500 for a third of requests.\n\n### Details\nSince the 14:00 deploy.",
      impact: "EU customers cannot pay.",
      severity: "SEV1",
      startedAt: "2024-05-01T14:05:00.000Z",
      links: "https://grafana.example.com/d/checkout\n#123",
    });
  });

  it("leaves out fields answered with _No response_", () => {
    const body = formBody({
      Summary: "Search is slow.",
      Impact: "_No response_",
      Severity: "_No response_",
      "Started at": "_No response_",
      Links: "_No response_",
    });
    expect(parseIncidentForm(body, config)).toEqual({ summary: "Search is slow." });
  });

  it("maps Unsure to the second most severe level", () => {
    const body = formBody({ Summary: "Something is off.", Severity: "Unsure (treated as the higher level)" });
    expect(parseIncidentForm(body, config).severity).toBe("SEV2");
  });

  it("keeps a start time that is not ISO as the reporter wrote it", () => {
    const body = formBody({ Summary: "x", "Started at": "about 14:05 UTC, maybe earlier" });
    expect(parseIncidentForm(body, config).startedAt).toBe("about 14:05 UTC, maybe earlier");
  });

  it("reads a time without a zone in the config's time zone", () => {
    const result = validateConfig({ timeZone: "Europe/Berlin" });
    if (!result.ok) throw new Error("config");
    const body = formBody({ Summary: "x", "Started at": "2024-07-01 14:05" });
    expect(parseIncidentForm(body, result.config).startedAt).toBe("2024-07-01T12:05:00.000Z");
  });

  it("gives nothing for bodies not made by the form", () => {
    expect(parseIncidentForm("The site is down!!", config)).toEqual({});
    expect(parseIncidentForm("", config)).toEqual({});
    expect(parseIncidentForm(null, config)).toEqual({});
  });

  it("ignores a severity it cannot place", () => {
    expect(parseIncidentForm(formBody({ Severity: "Catastrophic" }), config)).toEqual({});
  });
});

describe("severityFromChoice", () => {
  const renamed = validateConfig({ severities: [{ id: "P1" }, { id: "P2", label: "prio:2" }, { id: "P3" }] });
  if (!renamed.ok) throw new Error("config");

  it("matches ids and labels case-insensitively", () => {
    expect(severityFromChoice("sev3 — Minor", config)).toBe("SEV3");
    expect(severityFromChoice("prio:2", renamed.config)).toBe("P2");
  });

  it("falls back to the level's rank when the stock options meet renamed levels", () => {
    expect(severityFromChoice("SEV1 — Critical", renamed.config)).toBe("P1");
    expect(severityFromChoice("SEV4 — Low", renamed.config)).toBeUndefined();
  });

  it("maps Unsure to the only level when there is one", () => {
    const one = validateConfig({ severities: [{ id: "ONLY" }] });
    if (!one.ok) throw new Error("config");
    expect(severityFromChoice("Unsure", one.config)).toBe("ONLY");
  });
});

describe("parseIsoTime", () => {
  it.each([
    ["2024-05-01T14:05Z", "UTC", "2024-05-01T14:05:00.000Z"],
    ["2024-05-01T14:05:30.250Z", "UTC", "2024-05-01T14:05:30.250Z"],
    ["2024-05-01 14:05 UTC", "Europe/Berlin", "2024-05-01T14:05:00.000Z"],
    ["2024-05-01T16:05+02:00", "UTC", "2024-05-01T14:05:00.000Z"],
    ["2024-05-01T09:05-0500", "UTC", "2024-05-01T14:05:00.000Z"],
    ["2024-01-15 09:00", "America/New_York", "2024-01-15T14:00:00.000Z"],
    ["2024-07-15 09:00", "America/New_York", "2024-07-15T13:00:00.000Z"],
    ["2024-05-01", "UTC", "2024-05-01T00:00:00.000Z"],
  ])("reads %s in %s", (text, zone, iso) => {
    expect(parseIsoTime(text, zone)).toBe(iso);
  });

  it.each(["yesterday", "14:05", "2024-02-30", "2024-05-01T25:00Z", "01/05/2024"])("rejects %s", (text) => {
    expect(parseIsoTime(text, "UTC")).toBeUndefined();
  });
});
