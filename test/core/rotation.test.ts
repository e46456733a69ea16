import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/core/config/validate.js";
import { onCall, shiftAt } from "../../src/core/oncall/rotation.js";

function rotation(extra: Record<string, unknown> = {}, timeZone = "Europe/Berlin") {
  const result = validateConfig({
    timeZone,
    oncall: {
      commander: {
        people: ["@alice", "bob", "carol"],
        handoff: "monday 09:00",
        start: "2026-11-02",
        ...extra,
      },
    },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config.oncall[0]!;
}
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe("on-call rotation", () => {
  it("hands over weekly at the local hand-off time, in order, wrapping around", () => {
    const r = rotation();
    // 2026-11-02 is a Monday; 09:00 in Berlin (CET) is 08:00 UTC.
    expect(shiftAt(r, at("2026-11-02T07:59:00Z")).person).toBe("carol"); // the week before: wraps back
    expect(shiftAt(r, at("2026-11-02T08:00:00Z"))).toMatchObject({ person: "alice", override: false });
    expect(shiftAt(r, at("2026-11-12T12:00:00Z")).person).toBe("bob");
    expect(shiftAt(r, at("2026-11-19T12:00:00Z")).person).toBe("carol");
    expect(shiftAt(r, at("2026-11-26T12:00:00Z")).person).toBe("alice");
    const s = shiftAt(r, at("2026-11-12T12:00:00Z"));
    expect([iso(s.from), iso(s.until)]).toEqual(["2026-11-09T08:00:00.000Z", "2026-11-16T08:00:00.000Z"]);
  });

  it("keeps the wall-clock hand-off across daylight saving time", () => {
    const r = rotation({ start: "2026-03-23" });
    // Berlin moves to CEST on 2026-03-29: Monday 09:00 is 08:00 UTC before, 07:00 UTC after.
    const s = shiftAt(r, at("2026-03-31T12:00:00Z"));
    expect(iso(s.from)).toBe("2026-03-30T07:00:00.000Z");
    expect(s.person).toBe("bob");
  });

  it("an override (a holiday swap) takes over for its range, and the next shift is named", () => {
    const r = rotation({ overrides: [{ from: "2026-11-11", to: "2026-11-13 18:00", person: "@dave" }] });
    expect(shiftAt(r, at("2026-11-12T12:00:00Z"))).toMatchObject({ person: "dave", override: true });
    expect(iso(shiftAt(r, at("2026-11-12T12:00:00Z")).until)).toBe("2026-11-13T17:00:00.000Z");
    // Before the override, bob's week ends early when dave's range starts.
    const before = onCall(r, at("2026-11-10T12:00:00Z"));
    expect([before.now.person, before.next.person, iso(before.now.until)]).toEqual([
      "bob",
      "dave",
      "2026-11-10T23:00:00.000Z",
    ]);
    const during = onCall(r, at("2026-11-12T12:00:00Z"));
    expect([during.now.person, during.next.person]).toEqual(["dave", "bob"]);
  });

  it("is validated with path-named problems", () => {
    const result = validateConfig({
      oncall: {
        captain: { people: ["alice"], handoff: "someday 9am", start: "2026-02-30", timeZone: "Mars/Base" },
        commander: {
          people: [],
          handoff: "monday 09:00",
          start: "2026-11-02",
          overrides: [{ from: "2026-11-10", to: "2026-11-09", person: "x" }],
        },
      },
      contacts: [{ name: "DBA", severities: ["SEV9"], links: [{ title: "Runbook", url: "ftp://x" }] }],
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "oncall.captain.handoff",
        "oncall.commander.people",
        "contacts[0].links[0].url",
      ]),
    );
    const second = validateConfig({
      oncall: {
        captain: { people: ["alice"], handoff: "monday 09:00", start: "2026-02-30", timeZone: "Mars/Base" },
        commander: {
          people: ["bob"],
          handoff: "monday 09:00",
          start: "2026-11-02",
          overrides: [{ from: "2026-11-10", to: "2026-11-09", person: "x" }],
        },
      },
      contacts: [{ name: "DBA", severities: ["SEV9"] }],
    });
    expect(second.ok ? [] : second.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "oncall.captain: unknown role; the roles are commander, lead, decider, comms, scribe, responder",
      'oncall.captain.timeZone: not an IANA time zone; found "Mars/Base"',
      'oncall.captain.start: no such date; found "2026-02-30"',
      'oncall.commander.overrides[0].to: must be after `from` (2026-11-10); found "2026-11-09"',
      'contacts[0].severities[0]: unknown severity; the levels are SEV1, SEV2, SEV3, SEV4; found "SEV9"',
    ]);
  });
});
