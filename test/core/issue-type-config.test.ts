import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/core/config/validate.js";

describe("config: issueType", () => {
  it("defaults to Incident", () => {
    const result = validateConfig({});
    expect(result.ok && result.config.issueType).toBe("Incident");
  });

  it("takes another name, or false to turn issue types off", () => {
    const named = validateConfig({ issueType: "Outage" });
    expect(named.ok && named.config.issueType).toBe("Outage");
    const off = validateConfig({ issueType: false });
    expect(off.ok && off.config.issueType).toBe(false);
  });

  for (const bad of [true, "", 3]) {
    it(`rejects ${JSON.stringify(bad)}, naming the option`, () => {
      const result = validateConfig({ issueType: bad });
      if (result.ok) throw new Error("expected a problem");
      expect(result.problems.map((p) => p.path)).toContain("issueType");
    });
  }
});
