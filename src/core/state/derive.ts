import type { Config, RoleDef, SeverityLevel } from "../config/config.js";
import type { IssueSnapshot, TimelineEvent } from "../events.js";
import { foldBotComment, foldCommands } from "./fold-comments.js";
import { foldLabel } from "./fold-labels.js";
import { hasLabel } from "./label-kind.js";
import type { IncidentState, RoleHolder } from "./types.js";

/** Mutable working state of the fold; `deriveState` freezes it into an `IncidentState`. */
export interface Acc {
  config: Config;
  state: IncidentState;
  holders: Map<string, RoleHolder[]>;
  /** Label (lower case) → who asked for it by command; attributes the bot's label change to them. */
  pending: Map<string, string>;
  severityOrder: SeverityLevel[];
  /** The level whose label was removed last, leaving none: the "from" of the next change. */
  removedSeverity: SeverityLevel | null;
  statusOrder: string[];
  now: Date;
}

export interface DeriveOptions {
  now: Date;
  /** `started at` from the issue form, when it parsed as a time. */
  formStartedAt?: string | undefined;
}

/** Labels present on the issue that no `labeled` event explains were applied at creation. */
function withCreationLabels(issue: IssueSnapshot, events: readonly TimelineEvent[]): TimelineEvent[] {
  const seen = new Set(events.flatMap((e) => (e.kind === "labeled" ? [e.label.toLowerCase()] : [])));
  const missing = issue.labels.filter((l) => !seen.has(l.toLowerCase()));
  const synthetic: TimelineEvent[] = missing.map((label) => ({
    kind: "labeled",
    id: 0,
    at: issue.createdAt,
    actor: issue.author,
    label,
  }));
  return [...synthetic, ...events];
}

function initialState(issue: IssueSnapshot): IncidentState {
  return {
    number: issue.number,
    title: issue.title,
    url: issue.url,
    author: issue.author.login,
    isIncident: false,
    isDrill: false,
    open: true,
    closeReason: null,
    labels: [],
    assignees: [],
    severity: null,
    severityLabels: [],
    severityChanges: [],
    severityConfirmed: false,
    status: "investigating",
    statusLabels: [],
    declaredAt: issue.createdAt,
    declaredBy: issue.author.login,
    startedAt: issue.createdAt,
    identifiedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    roles: [],
    impact: null,
    updates: [],
    notes: [],
    followups: [],
    resolution: null,
    doneSteps: new Map(),
    timeline: [],
    references: [],
    commits: [],
    board: null,
    extraBoards: [],
    repliedTo: new Set(),
    notified: new Set(),
    postmortem: null,
    configErrorComment: null,
    lastEventAt: issue.createdAt,
  };
}

function foldEvent(acc: Acc, event: TimelineEvent): void {
  const s = acc.state;
  if (event.at > s.lastEventAt) s.lastEventAt = event.at;
  switch (event.kind) {
    case "labeled":
    case "unlabeled":
      foldLabel(acc, event);
      return;
    case "commented":
      if (event.actor.isBot) foldBotComment(acc, event);
      else foldCommands(acc, event);
      return;
    case "assigned":
      if (!s.assignees.includes(event.assignee)) s.assignees.push(event.assignee);
      return;
    case "unassigned":
      s.assignees = s.assignees.filter((a) => a !== event.assignee);
      return;
    case "closed":
      s.open = false;
      s.closeReason = event.reason;
      if (event.reason === "completed") {
        s.resolvedAt = event.at;
        s.status = "resolved";
      }
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "closed",
        text: event.reason === "not_planned" ? "Closed as not planned: not an incident" : "Closed: resolved",
      });
      return;
    case "reopened":
      s.open = true;
      s.closeReason = null;
      s.resolvedAt = null;
      s.timeline.push({ at: event.at, by: event.actor.login, kind: "reopened", text: "Reopened" });
      return;
    case "renamed":
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "renamed",
        text: `Renamed to "${event.to}"`,
      });
      return;
    case "cross-referenced":
      s.references.push({ ...event.source, at: event.at });
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "reference",
        text: `Referenced by ${event.source.isPullRequest ? "pull request" : "issue"} ${event.source.repository}#${event.source.number}: ${event.source.title}`,
        url: event.source.url,
      });
      return;
    case "referenced":
      s.commits.push({ sha: event.commitId, url: event.commitUrl, at: event.at, by: event.actor.login });
      return;
  }
}

function finish(acc: Acc, options: DeriveOptions): IncidentState {
  const s = acc.state;
  const required = new Set(s.severity?.requiredRoles ?? []);
  s.roles = acc.config.roles.map((role: RoleDef) => ({
    role,
    holders: hasLabel(s.labels, role.label) ? (acc.holders.get(role.id) ?? []) : [],
    required: required.has(role.id),
  }));
  if (options.formStartedAt !== undefined && !s.timeline.some((e) => e.kind === "started")) {
    s.startedAt = options.formStartedAt;
  }
  if (!s.open && s.closeReason === "completed") s.status = "resolved";
  return s;
}

/**
 * The whole incident state from the issue and its timeline. Pure and deterministic: the same
 * history always gives the same state, which makes handling idempotent and convergent.
 */
export function deriveState(
  issue: IssueSnapshot,
  events: readonly TimelineEvent[],
  config: Config,
  options: DeriveOptions,
): IncidentState {
  const acc: Acc = {
    config,
    state: initialState(issue),
    holders: new Map(),
    pending: new Map(),
    severityOrder: [],
    removedSeverity: null,
    statusOrder: [],
    now: options.now,
  };
  const ordered = withCreationLabels(issue, events)
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.index - b.index))
    .map((x) => x.event);
  for (const event of ordered) foldEvent(acc, event);
  return finish(acc, options);
}
