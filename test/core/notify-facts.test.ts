import { describe, expect, it } from "vitest";
import type { Config } from "../../src/core/config/config.js";
import { validateConfig } from "../../src/core/config/validate.js";
import { incidentFacts } from "../../src/core/notify/facts.js";
import { planChannels } from "../../src/core/notify/plan-channels.js";
import { readSentRecords, type SentRecords, sentMarkers } from "../../src/core/notify/sent-record.js";
import { deriveState } from "../../src/core/state/derive.js";
import { BOARD_MARKER } from "../../src/core/state/markers.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const now = new Date("2026-11-21T12:00:00Z");
const configWith = (channels: unknown[]): Config => {
  const result = validateConfig({ notifications: { channels } });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
};
const derive = (h: History, config: Config, drill = false) =>
  deriveState(issue(drill ? { labels: ["drill"] } : {}), h.events, config, {
    permissions: TEAM,
    now,
    self: "incident-workflow[bot]",
  });

/** A SEV2 declared, raised to SEV1, given a commander, updated, mitigated and resolved. */
const lifecycle = () =>
  new History()
    .label("incident")
    .label("SEV2")
    .label("SEV1", "bob")
    .comment("/commander @carol", "alice")
    .comment("/update rolled back the deploy", "carol")
    .comment("/status mitigated", "carol")
    .close("completed", "carol");

describe("incident facts", () => {
  it("derives each fact once, in order, with stable keys", () => {
    const config = configWith([]);
    const facts = incidentFacts(derive(lifecycle(), config));
    expect(facts.map((f) => f.kind)).toEqual([
      "declared",
      "severity",
      "commander",
      "update",
      "status",
      "resolved",
    ]);
    expect(facts.find((f) => f.kind === "severity")).toMatchObject({
      from: "SEV2",
      level: "SEV1",
      raised: true,
    });
    expect(facts.find((f) => f.kind === "declared")?.level).toBe("SEV2");
    // The same history gives the same keys.
    expect(incidentFacts(derive(lifecycle(), config)).map((f) => f.key)).toEqual(facts.map((f) => f.key));
  });
});

it("orders facts of the same second by the comments they came from, and skips none when a marked one is gone", () => {
  const config = configWith([{ kind: "slack", url: "SLACK_URL" }]);
  const h = new History()
    .label("incident")
    .label("SEV1")
    .comment("/update one", "carol")
    .comment("/status mitigated", "carol");
  // GitHub's times have whole seconds: the update and the status in the same one.
  const [, , update, status] = h.events;
  if (update === undefined || status === undefined) throw new Error("history");
  status.at = update.at;
  const facts = incidentFacts(derive(h, config));
  expect(facts.map((f) => f.kind)).toEqual(["declared", "update", "status"]);
  // The update was sent, then its comment deleted: the status is still owed, nothing else.
  const gone: SentRecords = new Map([["slack:SLACK_URL", { at: update.at, key: "update:1001" }]]);
  const later = derive(
    new History().label("incident").label("SEV1").comment("/status mitigated", "carol"),
    config,
  );
  expect(planChannels(later, config, gone)[0]?.items.map((i) => i.fact.kind)).toEqual(["status"]);
});

describe("planChannels", () => {
  const slack = { kind: "slack", url: "SLACK_URL" };

  it("owes everything after the channel's mark, nothing once the mark is the last fact", () => {
    const config = configWith([slack]);
    const state = derive(lifecycle(), config);
    const [plan] = planChannels(state, config, new Map());
    expect(plan?.items.map((i) => i.send)).toEqual([true, true, true, true, true, true]);
    const facts = plan?.items.map((i) => i.fact) ?? [];
    const third = facts[2]!;
    const records: SentRecords = new Map([["slack:SLACK_URL", { at: third.at, key: third.key }]]);
    expect(planChannels(state, config, records)[0]?.items.map((i) => i.fact.kind)).toEqual([
      "update",
      "status",
      "resolved",
    ]);
    const last = facts.at(-1)!;
    expect(planChannels(state, config, new Map([["slack:SLACK_URL", last]]))).toEqual([]);
  });

  it("passes over facts of other levels, facts the channel does not take, and drills", () => {
    const config = configWith([{ ...slack, levels: ["SEV1"], on: ["declared", "severity", "resolved"] }]);
    const items = planChannels(derive(lifecycle(), config), config, new Map())[0]?.items ?? [];
    expect(items.filter((i) => i.send).map((i) => i.fact.kind)).toEqual(["severity", "resolved"]);
    expect(
      planChannels(derive(lifecycle(), config, true), config, new Map())[0]?.items.some((i) => i.send),
    ).toBe(false);
    const drills = configWith([{ ...slack, drills: true }]);
    expect(planChannels(derive(lifecycle(), drills, true), drills, new Map())[0]?.items[0]?.send).toBe(true);
  });

  it("pages PagerDuty when the incident reaches its levels, and resolves it", () => {
    const config = configWith([{ kind: "pagerduty", url: "PD_KEY", levels: ["SEV1"] }]);
    const items = planChannels(derive(lifecycle(), config), config, new Map())[0]?.items ?? [];
    expect(items.filter((i) => i.send).map((i) => i.fact.kind)).toEqual(["severity", "resolved"]);
    const sev3 = configWith([{ kind: "pagerduty", url: "PD_KEY", levels: ["SEV3"] }]);
    expect(planChannels(derive(lifecycle(), sev3), sev3, new Map())[0]?.items.some((i) => i.send)).toBe(
      false,
    );
  });
});

describe("sent records on the board", () => {
  it("round-trips through the board's header and ignores anything after it", () => {
    const records: SentRecords = new Map([
      ["teams:TEAMS_URL", { at: "2026-11-21T09:00:00Z", key: "update:12" }],
      ["slack:SLACK_URL", { at: "2026-11-21T09:01:00Z", key: "commander:carol:2026 x" }],
    ]);
    const body = `${BOARD_MARKER}\n${sentMarkers(records).join("\n")}\n## Board\n${sentMarkers(new Map([["x:Y", { at: "a", key: "b" }]]))[0]}\n`;
    const read = readSentRecords(body);
    expect([...read.entries()].sort()).toEqual([...records.entries()].sort());
    expect(read.has("x:Y")).toBe(false);
  });
});

describe("notifications config", () => {
  it("names the option and what was found", () => {
    const result = validateConfig({
      notifications: {
        channels: [
          { kind: "slack", url: "SLACK_URL", levels: ["SEV9"] },
          { kind: "irc", url: "X" },
          { kind: "slack", url: "SLACK_URL" },
          { kind: "teams", url: "https://example.com/hook" },
        ],
      },
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.path)).toEqual([
      "notifications.channels[1].kind",
      "notifications.channels[3].url",
    ]);
    const second = validateConfig({
      notifications: {
        channels: [
          { kind: "slack", url: "SLACK_URL", levels: ["SEV9"] },
          { kind: "slack", url: "SLACK_URL" },
        ],
      },
    });
    expect(second.ok ? [] : second.problems).toEqual([
      {
        path: "notifications.channels[0].levels[0]",
        message: 'unknown severity; the levels are SEV1, SEV2, SEV3, SEV4; found "SEV9"',
      },
      {
        path: "notifications.channels[1]",
        message: 'the same kind and variable as notifications.channels[0]; found "slack:SLACK_URL"',
      },
    ]);
  });

  it("defaults a channel to every level and fact, no drills", () => {
    expect(configWith([{ kind: "teams", url: "T" }]).notifications.channels).toEqual([
      {
        id: "teams:T",
        kind: "teams",
        url: "T",
        levels: ["SEV1", "SEV2", "SEV3", "SEV4"],
        on: ["declared", "severity", "status", "commander", "update", "resolved", "postmortem"],
        drills: false,
      },
    ]);
  });
});
