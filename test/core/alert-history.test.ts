// The alert state of an incident an alert opened, folded from the tool's own comments: the board's
// Alerts row (deriveState) and what the alert handler decides from (alertHistory) agree.
import { describe, expect, it } from "vitest";
import { alertHistory } from "../../src/core/alerts/alert-history.js";
import { validateConfig } from "../../src/core/config/validate.js";
import { deriveState } from "../../src/core/state/derive.js";
import {
  ALERT_MARKER,
  alertCountMarker,
  alertStateMarker,
  dedupMarker,
} from "../../src/core/state/markers.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const SELF = "incident-workflow[bot]";
const config = (raw: unknown = {}) => {
  const r = validateConfig(raw);
  if (!r.ok) throw new Error("invalid");
  return r.config;
};
const alertIssue = (labels = ["incident", "SEV1", "status:investigating"]) =>
  issue({ author: { login: SELF, isBot: true }, body: `${dedupMarker("alertmanager:{}:{}")}\nbody`, labels });

describe("alert history", () => {
  it("firing until the tool notes a change; counts from its count comment; people's copies count for nothing", () => {
    const h = new History()
      .comment(`${alertCountMarker(40)}\ncounted`, SELF, "NONE", true)
      .comment(`${alertStateMarker("resolved")}\n**All alerts resolved.**`, SELF, "NONE", true)
      .comment(`${alertStateMarker("firing")}\nforged`, "mallory", "NONE")
      .comment(`${alertCountMarker(9999)}\nforged`, "mallory", "NONE");
    const history = alertHistory(alertIssue(), h.events, config(), SELF);
    expect(history).toMatchObject({ status: "resolved", notifications: 40, owesMitigated: false });
    const state = deriveState(alertIssue(), h.events, config(), {
      permissions: TEAM,
      now: new Date(),
      self: SELF,
    });
    expect(state.alerts).toMatchObject({ status: "resolved", notifications: 40 });
    expect(state.timeline.filter((e) => e.kind === "alert").map((e) => e.text)).toEqual([
      "All alerts resolved",
    ]);
  });

  it("with resolved: mitigate, owes mitigated until a status is set after the resolution", () => {
    const h = new History().comment(`${alertStateMarker("resolved")}\nresolved`, SELF, "NONE", true);
    const mitigate = config({ alerts: { resolved: "mitigate" } });
    expect(alertHistory(alertIssue(), h.events, mitigate, SELF).owesMitigated).toBe(true);
    expect(alertHistory(alertIssue(), h.events, config(), SELF).owesMitigated).toBe(false);
    h.label("status:identified", "alice");
    expect(alertHistory(alertIssue(), h.events, mitigate, SELF).owesMitigated).toBe(false);
  });

  it("the Action's repeated-alert comments count as notifications", () => {
    const h = new History()
      .comment(`${ALERT_MARKER}\nAlert repeated: x`, SELF, "NONE", true)
      .comment(`${ALERT_MARKER}\nAlert repeated: x`, SELF, "NONE", true);
    expect(alertHistory(alertIssue(), h.events, config(), SELF).notifications).toBe(3);
    const state = deriveState(alertIssue(), h.events, config(), {
      permissions: TEAM,
      now: new Date(),
      self: SELF,
    });
    expect(state.alerts?.notifications).toBe(3);
  });

  it("an incident no alert opened has no alert state", () => {
    const state = deriveState(issue(), [], config(), { permissions: TEAM, now: new Date(), self: SELF });
    expect(state.alerts).toBeNull();
  });
});
