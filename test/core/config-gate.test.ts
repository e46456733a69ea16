import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/core/config/validate.js";

function gateOf(raw: unknown) {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config.gate;
}

describe("gate config", () => {
  it("defaults: no environment held, SEV2 and above", () => {
    expect(gateOf({})).toEqual({ environments: [], blockOn: "SEV2" });
  });

  it("takes the environments and the level", () => {
    expect(gateOf({ gate: { environments: ["production"], blockOn: "SEV1" } })).toEqual({
      environments: ["production"],
      blockOn: "SEV1",
    });
  });

  it("without a SEV2 level, the default is the second level (the only one when alone)", () => {
    const levels = (ids: string[]) => ({ severities: ids.map((id) => ({ id })) });
    expect(gateOf(levels(["P1", "P2", "P3"])).blockOn).toBe("P2");
    expect(gateOf(levels(["P1"])).blockOn).toBe("P1");
  });

  it("names the option path and what was found", () => {
    const result = validateConfig({ gate: { blockOn: "SEV9", environments: "production" } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toContain("gate.environments");
    const unknownLevel = validateConfig({ gate: { blockOn: "SEV9" } });
    if (unknownLevel.ok) throw new Error("expected a problem");
    expect(unknownLevel.problems).toEqual([
      {
        path: "gate.blockOn",
        message: 'must be one of the severity ids (SEV1, SEV2, SEV3, SEV4); found "SEV9"',
      },
    ]);
  });
});
