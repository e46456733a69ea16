import type { Config } from "../../src/core/config/config.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import type { IncidentState, RoleState } from "../../src/core/state/types.js";

const URL = "https://github.com/acme/shop/issues/42";

function roles(
  config: Config,
  holders: Record<string, Array<{ login: string; since: string }>>,
): RoleState[] {
  const required = new Set(config.severities.find((s) => s.id === "SEV2")?.requiredRoles ?? []);
  return config.roles.map((role) => ({
    role,
    holders: (holders[role.id] ?? []).map((h) => ({ ...h, by: h.login, grantedAt: h.since })),
    required: required.has(role.id),
  }));
}

/**
 * A realistic SEV2 incident, #42 in acme/shop, as the state derivation would produce it: declared
 * by @alice (commander), @bob on comms, identified and mitigated, one update, one follow-up, one
 * cross-referenced fix PR and a commit, then closed as completed. `overrides` replace fields.
 */
export function incidentState(
  overrides: Partial<IncidentState> = {},
  config = defaultConfig(),
): IncidentState {
  const sev2 = config.severities.find((s) => s.id === "SEV2");
  if (sev2 === undefined) throw new Error("the fixture needs a SEV2 level");
  const update = {
    text: "Checkout returns 500 for ~30% of requests since the 13:50 deploy.\nRolling back payment-client.",
    by: "alice",
    at: "2026-03-10T14:15:00Z",
    commentId: 1003,
    url: `${URL}#issuecomment-1003`,
  };
  const impact = {
    text: "About 30% of checkout attempts failed for 52 minutes (EU and US).",
    by: "bob",
    at: "2026-03-10T14:12:00Z",
    commentId: 1002,
    url: `${URL}#issuecomment-1002`,
  };
  const followup = {
    text: "Add an alert on the checkout 5xx rate",
    by: "bob",
    at: "2026-03-10T15:10:00Z",
    commentId: 1006,
    url: `${URL}#issuecomment-1006`,
  };
  const resolution = {
    text: "Rolled back payment-client to 2.3.1; error rate back to baseline.",
    by: "alice",
    at: "2026-03-10T15:28:00Z",
    commentId: 1007,
    url: `${URL}#issuecomment-1007`,
  };
  const base: IncidentState = {
    number: 42,
    title: "Checkout API returning 500s",
    url: URL,
    author: "alice",
    isIncident: true,
    isDrill: false,
    open: false,
    closeReason: "completed",
    labels: ["incident", "SEV2", "role:commander", "role:comms"],
    assignees: ["alice"],
    severity: sev2,
    severityLabels: ["SEV2"],
    severityChanges: [
      { from: null, to: "SEV2", by: "alice", at: "2026-03-10T14:02:00Z", raised: true, key: "SEV2:1" },
    ],
    severityConfirmed: true,
    status: "resolved",
    statusLabels: [],
    declaredAt: "2026-03-10T14:02:00Z",
    declaredBy: "alice",
    startedAt: "2026-03-10T13:50:00Z",
    identifiedAt: "2026-03-10T14:20:00Z",
    mitigatedAt: "2026-03-10T14:42:00Z",
    resolvedAt: "2026-03-10T15:30:00Z",
    roles: roles(config, {
      commander: [{ login: "alice", since: "2026-03-10T14:03:00Z" }],
      comms: [{ login: "bob", since: "2026-03-10T14:05:00Z" }],
      responder: [{ login: "carol", since: "2026-03-10T14:08:00Z" }],
    }),
    impact,
    updates: [update],
    notes: [],
    followups: [followup],
    resolution,
    doneSteps: new Map([["customers", { by: "bob", at: "2026-03-10T14:30:00Z" }]]),
    timeline: [
      { at: "2026-03-10T14:02:00Z", by: "alice", kind: "declared", text: "Declared at SEV2" },
      { at: "2026-03-10T14:02:30Z", by: "alice", kind: "started", text: "Started 13:50 UTC (first errors)" },
      { at: "2026-03-10T14:03:00Z", by: "alice", kind: "role", text: "Commander: @alice" },
      { at: "2026-03-10T14:05:00Z", by: "bob", kind: "role", text: "Comms: @bob" },
      { at: "2026-03-10T14:08:00Z", by: "carol", kind: "role", text: "Responders: @carol" },
      { at: impact.at, by: "bob", kind: "impact", text: `Impact: ${impact.text}`, url: impact.url },
      { at: update.at, by: "alice", kind: "update", text: `Update: ${update.text}`, url: update.url },
      { at: "2026-03-10T14:20:00Z", by: "carol", kind: "status", text: "Status: identified" },
      {
        at: "2026-03-10T14:31:00Z",
        by: "carol",
        kind: "reference",
        text: "Referenced in acme/shop#57: Roll back payment-client to 2.3.1",
        url: "https://github.com/acme/shop/pull/57",
      },
      { at: "2026-03-10T14:42:00Z", by: "carol", kind: "status", text: "Status: mitigated" },
      {
        at: followup.at,
        by: "bob",
        kind: "followup",
        text: `Follow-up: ${followup.text}`,
        url: followup.url,
      },
      {
        at: resolution.at,
        by: "alice",
        kind: "resolved",
        text: `Resolved: ${resolution.text}`,
        url: resolution.url,
      },
      { at: "2026-03-10T15:30:00Z", by: "alice", kind: "closed", text: "Closed: resolved" },
    ],
    references: [
      {
        title: "Roll back payment-client to 2.3.1",
        url: "https://github.com/acme/shop/pull/57",
        number: 57,
        isPullRequest: true,
        repository: "acme/shop",
        at: "2026-03-10T14:31:00Z",
      },
    ],
    commits: [
      {
        sha: "9f1c2e3d4b5a69788796a5b4c3d2e1f0a9b8c7d6",
        url: "https://github.com/acme/shop/commit/9f1c2e3d4b5a69788796a5b4c3d2e1f0a9b8c7d6",
        at: "2026-03-10T14:36:00Z",
        by: "carol",
      },
    ],
    board: { id: 1001, body: "<!-- incident-workflow:board -->\n…" },
    revertRequests: [],
    reverts: new Map(),
    recentChanges: {
      since: "2026-03-09T13:50:00.000Z",
      until: "2026-03-10T14:02:00.000Z",
      items: [
        {
          kind: "deployment",
          at: "2026-03-10T13:41:00Z",
          by: "deploy-bot[bot]",
          title: "production",
          url: "https://github.com/acme/shop/commit/0123456789abcdef0123456789abcdef01234567",
          number: 800000011,
          ref: "main",
          sha: "0123456789abcdef0123456789abcdef01234567",
        },
        {
          kind: "pull",
          at: "2026-03-10T13:30:00Z",
          by: "carol",
          title: "Cache cart totals per *region*",
          url: "https://github.com/acme/shop/pull/55",
          number: 55,
        },
      ],
      problems: [],
    },
    extraBoards: [],
    repliedTo: new Set([1002, 1003, 1006, 1007]),
    declaredFrom: new Map(),
    answers: [],
    resolveRequested: false,
    unassignedByPeople: new Map(),
    assignedBySelf: new Set(),
    closedAt: "2026-03-10T15:30:00Z",
    closedByDecider: true,
    postmortemFailed: false,
    oncallPaged: new Set(),
    reminded: new Set(),
    roleEmptySince: new Map(),
    now: "2026-03-10T16:00:00Z",
    acknowledgedAt: "2026-03-10T14:03:00Z",
    publicUpdates: [],
    publicTitle: null,
    actionItemPulls: [],
    actionItems: null,
    deploys: [],
    components: new Map(),
    notified: new Set(["SEV2:1"]),
    postmortem: null,
    configErrorComment: null,
    lastEventAt: "2026-03-10T15:30:00Z",
    alerts: null,
  };
  return { ...base, ...overrides };
}

/** The same incident while it was still open at `mitigated` (before the close). */
export function mitigatedIncidentState(overrides: Partial<IncidentState> = {}): IncidentState {
  const closed = incidentState();
  return incidentState({
    open: true,
    closeReason: null,
    status: "mitigated",
    statusLabels: ["status:mitigated"],
    labels: [...closed.labels, "status:mitigated"],
    resolvedAt: null,
    resolution: null,
    timeline: closed.timeline.slice(0, -2),
    lastEventAt: "2026-03-10T15:10:00Z",
    ...overrides,
  });
}
