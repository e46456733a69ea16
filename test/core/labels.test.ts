import { describe, expect, it } from "vitest";
import { defaultConfig, validateConfig } from "../../src/core/config/validate.js";
import { LABEL_DESCRIPTION_MAX, labelDescription, labelSpecs } from "../../src/core/labels.js";

describe("labelSpecs", () => {
  it("lists every label of the built-in configuration once, in a stable order", () => {
    const specs = labelSpecs(defaultConfig());
    expect(specs.map((l) => l.name)).toEqual([
      "incident",
      "drill",
      "postmortem",
      "not-an-incident",
      "incident-dashboard",
      "maintenance",
      "action-item",
      "SEV1",
      "SEV2",
      "SEV3",
      "SEV4",
      "role:commander",
      "role:lead",
      "role:decider",
      "role:comms",
      "role:scribe",
      "role:responder",
      "status:investigating",
      "status:identified",
      "status:mitigated",
    ]);
  });

  it("gives GitHub-valid colours and descriptions", () => {
    for (const label of labelSpecs(defaultConfig())) {
      expect(label.color).toMatch(/^[0-9a-f]{6}$/);
      expect(label.description.length).toBeGreaterThan(0);
      expect(label.description.length).toBeLessThanOrEqual(LABEL_DESCRIPTION_MAX);
      expect(label.name.length).toBeLessThanOrEqual(50);
    }
  });

  it("uses each level's colour and description, and a red incident label", () => {
    const specs = labelSpecs(defaultConfig());
    const byName = new Map(specs.map((l) => [l.name, l]));
    expect(byName.get("SEV1")).toEqual({
      name: "SEV1",
      color: "b60205",
      description: "Critical: the service is down or data is being lost for many customers.",
    });
    expect(byName.get("incident")?.color).toBe("d73a4a");
    expect(byName.get("role:commander")?.description).toMatch(/^Commander: Directs the response/);
    expect(byName.get("status:mitigated")?.color).toBe("c2e0c6");
  });

  it("follows the configured names", () => {
    const result = validateConfig({
      severities: [
        { id: "P1", label: "prio/1", color: "ABCDEF", description: "x".repeat(300) },
        { id: "P2" },
      ],
      roles: [{ id: "ic", name: "Incident commander" }],
      labels: { incident: "outage", statusPrefix: "state/" },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const specs = labelSpecs(result.config);
    expect(specs.map((l) => l.name)).toEqual([
      "outage",
      "drill",
      "postmortem",
      "not-an-incident",
      "incident-dashboard",
      "maintenance",
      "action-item",
      "prio/1",
      "P2",
      "role:ic",
      "state/investigating",
      "state/identified",
      "state/mitigated",
    ]);
    const [p1, p2] = specs.slice(7, 9);
    expect(p1?.color).toBe("abcdef");
    expect(p1?.description).toHaveLength(LABEL_DESCRIPTION_MAX);
    expect(p1?.description.endsWith("…")).toBe(true);
    expect(p2).toEqual({ name: "P2", color: "d93f0b", description: "Severity level 2 (P2)." });
    expect(specs[9]?.description).toBe("Incident role: Incident commander.");
  });
});

describe("labelDescription", () => {
  it("keeps short text, folds whitespace and cuts long text at GitHub's limit", () => {
    expect(labelDescription("  a\n b ")).toBe("a b");
    expect(labelDescription("y".repeat(100))).toBe("y".repeat(100));
    expect(labelDescription("y".repeat(101))).toBe(`${"y".repeat(99)}…`);
  });
});
