import { describe, expect, it } from "vitest";
import { parseStartedTime } from "../../src/core/commands/parse.js";
import type { Config } from "../../src/core/config/config.js";
import { config, custom, NOW, one, reason } from "../helpers/command-fixture.js";

describe("/started", () => {
  const at = (body: string, cfg: Config = config, now: Date = NOW) => {
    const command = one(body, cfg, now);
    if (command.kind !== "started") throw new Error(JSON.stringify(command));
    return command.at;
  };

  it("reads ISO 8601 and YYYY-MM-DD HH:MM (UTC by default)", () => {
    expect(at("/started 2024-05-01T10:15:00Z")).toBe("2024-05-01T10:15:00.000Z");
    expect(at("/started 2024-05-01T10:15:30.250+02:00")).toBe("2024-05-01T08:15:30.000Z");
    expect(at("/started 2024-05-01 10:15")).toBe("2024-05-01T10:15:00.000Z");
    expect(at("/started 2024-04-30 23:59 UTC")).toBe("2024-04-30T23:59:00.000Z");
    expect(at("/started 2024-05-01T10:15-0130")).toBe("2024-05-01T11:45:00.000Z");
  });

  it("reads HH:MM as the latest such time, and relative times", () => {
    expect(at("/started 09:30")).toBe("2024-05-01T09:30:00.000Z");
    expect(at("/started 12:04")).toBe("2024-05-01T12:00:00.000Z"); // within clock skew: clamped to now
    expect(at("/started 23:50")).toBe("2024-04-30T23:50:00.000Z");
    expect(at("/started 30m ago")).toBe("2024-05-01T11:30:00.000Z");
    expect(at("/started 1h 30m ago")).toBe("2024-05-01T10:30:00.000Z");
    expect(at("/started 2 hours ago")).toBe("2024-05-01T10:00:00.000Z");
    expect(at("/started 1d ago")).toBe("2024-04-30T12:00:00.000Z");
    expect(at("/started now")).toBe("2024-05-01T12:00:00.000Z");
  });

  it("reads times without a zone in the configured time zone", () => {
    // Europe/Berlin is UTC+2 in May, UTC+1 in January.
    expect(at("/started 2024-05-01 10:15", custom)).toBe("2024-05-01T08:15:00.000Z");
    expect(at("/started 2024-01-15 10:15", custom)).toBe("2024-01-15T09:15:00.000Z");
    expect(at("/started 13:30", custom)).toBe("2024-05-01T11:30:00.000Z");
    expect(at("/started 00:30", custom, new Date("2024-04-30T23:00:00Z"))).toBe("2024-04-30T22:30:00.000Z");
    expect(at("/started 2024-05-01 10:15Z", custom)).toBe("2024-05-01T10:15:00.000Z");
  });

  it("refuses times it cannot read or that lie in the future", () => {
    expect(reason("/started yesterday-ish")).toMatch(/cannot read the time "yesterday-ish"; use \/started/);
    expect(reason("/started")).toMatch(/^use \/started/);
    expect(reason("/started 2024-02-30 10:00")).toMatch(/not a valid time/);
    expect(reason("/started 25:00")).toMatch(/not a valid time/);
    expect(reason("/started 2024-05-02 10:00")).toMatch(/in the future/);
    expect(reason("/started 3 fortnights ago")).toMatch(/unknown unit "fortnights"/);
    expect(reason(`/started ${"1m ".repeat(200)}ago`)).toMatch(/cannot read/);
  });

  it("is relative to the given clock, so re-parsing is stable", () => {
    const later = new Date("2024-05-03T00:00:00Z");
    expect(parseStartedTime("30m ago", NOW, "UTC")).toEqual({ at: "2024-05-01T11:30:00.000Z" });
    expect(parseStartedTime("30m ago", later, "UTC")).toEqual({ at: "2024-05-02T23:30:00.000Z" });
  });
});
