import type { Config, RoleDef, SeverityLevel } from "../config/config.js";
import type { IssueSnapshot, Person, TimelineEvent } from "../events.js";
import { settleSeverity, settlesSeverity } from "./decisions.js";
import { foldBotComment } from "./fold-bot-comments.js";
import { type CommandCache, foldBodyCommands, foldCommands } from "./fold-comments.js";
import { foldLabel } from "./fold-labels.js";
import { inTimeOrder, withCreationLabels } from "./history-order.js";
import { initialState } from "./initial-state.js";
import type { LabelKind } from "./label-kind.js";
import { readDeclaredBy, readDeclaredFrom, readDedupMarker } from "./markers.js";
import { authorMayDecide, mayDecide, type Permissions, selfMatcher } from "./trust.js";
import type { IncidentState, RoleHolder } from "./types.js";

const NO_PERMISSIONS: Permissions = new Map();

/** Mutable working state of the fold; `deriveState` freezes it into an `IncidentState`. */
export interface Acc {
  config: Config;
  issue: IssueSnapshot;
  state: IncidentState;
  /** Whether an account is this tool itself (by login, and it must be a bot). */
  isSelf: (person: Person) => boolean;
  /** Who declared an issue this tool created (from its body), else the issue's author. */
  declarer: string;
  holders: Map<string, RoleHolder[]>;
  /** Severity labels on the issue, oldest applied first (a removed level falls back to the newest). */
  severityOrder: SeverityLevel[];
  /** The level whose label was removed last, leaving none: the "from" of the next change. */
  removedSeverity: SeverityLevel | null;
  /** Since when the incident has had no decided level (it then takes `implicitSeverity`). */
  severityPendingSince: string | null;
  /** The issue form's level, else the configured default. */
  implicitSeverity: SeverityLevel | null;
  /** The implicit level came from the issue form. */
  formSeverity: boolean;
  /** Role id → when its last holder left. */
  roleFreedAt: Map<string, string>;
  now: Date;
  /** Parsed commands by comment, shared by the derivations of one run (see `DeriveOptions.commands`). */
  commands: CommandCache | undefined;
  /** What each label means under `config` (built at the first label event). */
  labelKind: ((name: string) => LabelKind) | undefined;
  /** Repository permissions read for this run (see `trust.ts`). */
  permissions: Permissions;
}

export interface DeriveOptions {
  now: Date;
  /** The login this tool acts as (`incident-workflow[bot]`, `github-actions[bot]`, …). */
  self: string;
  /** `started at` from the issue form, when it parsed as a time. */
  formStartedAt?: string | undefined;
  /** The issue form's severity id, if any. */
  formSeverity?: string | undefined;
  /**
   * Where to keep the comments' parsed commands between derivations of the same history with the
   * same config (one run derives before and after its writes): pass one new `Map` per run.
   */
  commands?: CommandCache | undefined;
  /**
   * Repository permissions of the people whose association does not settle whether they may
   * decide (`whosePermission` names them); anyone missing counts as without permission.
   */
  permissions?: Permissions | undefined;
}

function foldAssignment(acc: Acc, event: Extract<TimelineEvent, { kind: "assigned" | "unassigned" }>): void {
  const s = acc.state;
  const login = event.assignee.toLowerCase();
  s.assignees = s.assignees.filter((a) => a.toLowerCase() !== login);
  if (event.kind === "assigned") s.assignees.push(event.assignee);
  if (event.kind === "assigned" && acc.isSelf(event.actor)) s.assignedBySelf.add(login);
  else s.assignedBySelf.delete(login);
  if (event.kind === "unassigned" && !acc.isSelf(event.actor)) s.unassignedByPeople.set(login, event.at);
}

function foldClose(acc: Acc, event: Extract<TimelineEvent, { kind: "closed" | "reopened" }>): void {
  const s = acc.state;
  const by = event.actor.login;
  if (event.kind === "reopened") {
    s.open = true;
    s.closeReason = null;
    s.resolvedAt = null;
    s.closedAt = null;
    s.resolveRequested = false;
    s.closedByDecider = true;
    s.timeline.push({ at: event.at, by, kind: "reopened", text: "Reopened" });
    return;
  }
  s.open = false;
  s.closeReason = event.reason;
  s.closedAt = event.at;
  s.resolveRequested = false;
  s.postmortemFailed = false;
  // Authors may close their own issues without any permission: that does not resolve an incident.
  s.closedByDecider = mayDecide(acc, event.actor);
  if (event.reason === "completed" && s.closedByDecider) s.resolvedAt = event.at;
  const text =
    event.reason === "not_planned"
      ? "Closed as not planned: not an incident"
      : s.closedByDecider
        ? "Closed: resolved"
        : "Closed by its author, who may not resolve incidents: no postmortem";
  s.timeline.push({ at: event.at, by, kind: "closed", text });
}

function foldEvent(acc: Acc, event: TimelineEvent): void {
  const s = acc.state;
  if (event.at > s.lastEventAt) s.lastEventAt = event.at;
  // A level left undecided settles at the first event past the grace period (see `decisions.ts`).
  if (!acc.isSelf(event.actor) && settlesSeverity(acc, event.at)) settleSeverity(acc);
  switch (event.kind) {
    case "labeled":
    case "unlabeled":
      foldLabel(acc, event);
      return;
    case "commented":
      if (acc.isSelf(event.actor)) foldBotComment(acc, event);
      // Other bots' comments are never commands (nor the tool's own, by marker).
      else if (!event.actor.isBot) foldCommands(acc, event);
      return;
    case "assigned":
    case "unassigned":
      foldAssignment(acc, event);
      return;
    case "closed":
    case "reopened":
      foldClose(acc, event);
      return;
    case "renamed":
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "renamed",
        text: `Renamed to "${event.to}"`,
      });
      return;
    case "cross-referenced": {
      const from = readDeclaredFrom(event.source.body ?? "");
      if (from !== null && !event.source.isPullRequest && acc.isSelf(event.actor))
        s.declaredFrom.set(from, { number: event.source.number, url: event.source.url });
      const { body: _, ...source } = event.source;
      s.references.push({ ...source, at: event.at });
      const what = event.source.isPullRequest ? "pull request" : "issue";
      if (event.source.hidden) {
        // Not public: neither its title nor its repository's name, nor a link that carries them.
        s.timeline.push({
          at: event.at,
          by: event.actor.login,
          kind: "reference",
          text: `Referenced by ${what === "issue" ? "an issue" : "a pull request"} in a private repository`,
        });
        return;
      }
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "reference",
        text: `Referenced by ${what} ${event.source.repository}#${event.source.number}: ${event.source.title}`,
        url: event.source.url,
      });
      return;
    }
    case "referenced":
      s.commits.push({ sha: event.commitId, url: event.commitUrl, at: event.at, by: event.actor.login });
      return;
  }
}

function finish(acc: Acc, options: DeriveOptions): IncidentState {
  const s = acc.state;
  settleSeverity(acc);
  s.now = options.now.toISOString();
  const required = new Set(s.severity?.requiredRoles ?? []);
  s.roles = acc.config.roles.map((role: RoleDef) => ({
    role,
    holders: acc.holders.get(role.id) ?? [],
    required: required.has(role.id),
  }));
  // A required role has been empty since the latest of: the declaration, its last holder leaving,
  // the level that requires it being set.
  const levelSince = s.severityChanges.at(-1)?.at ?? s.declaredAt;
  for (const r of s.roles) {
    if (!r.required || r.holders.length > 0) continue;
    const since = [s.declaredAt, acc.roleFreedAt.get(r.role.id) ?? s.declaredAt, levelSince].sort().at(-1)!;
    s.roleEmptySince.set(r.role.id, since);
  }
  // Back-dated entries (`/timeline`, `/started`'s effect) in time order; the sort is stable.
  s.timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (options.formStartedAt !== undefined && !s.timeline.some((e) => e.kind === "started")) {
    s.startedAt = options.formStartedAt;
  }
  if (!s.open && s.closeReason === "completed" && s.closedByDecider) s.status = "resolved";
  return s;
}

/**
 * The whole incident state from the issue and its timeline. Pure and deterministic: the same
 * history always gives the same state, which makes handling idempotent and convergent. Severity,
 * status and roles are the latest *decisions* by timeline order (people's label changes and
 * commands); the labels actually on the issue are kept apart (`labels`, `severityLabels`, …) so the
 * planner can write only the difference.
 */
export function deriveState(
  issue: IssueSnapshot,
  events: readonly TimelineEvent[],
  config: Config,
  options: DeriveOptions,
): IncidentState {
  const isSelf = selfMatcher(options.self);
  const declarer = (isSelf(issue.author) ? readDeclaredBy(issue.body) : null) ?? issue.author.login;
  const permissions = options.permissions ?? NO_PERMISSIONS;
  // The form's answers are decisions of its author: they count only when the author may decide.
  const formTrusted = authorMayDecide({ config, issue, isSelf, permissions });
  const formSeverity = formTrusted ? options.formSeverity : undefined;
  const wanted = formSeverity ?? config.defaultSeverity;
  const acc: Acc = {
    config,
    issue,
    state: initialState(issue, declarer),
    isSelf,
    declarer,
    holders: new Map(),
    severityOrder: [],
    removedSeverity: null,
    severityPendingSince: null,
    implicitSeverity:
      config.severities.find((s) => s.id === wanted) ??
      config.severities.find((s) => s.id === config.defaultSeverity) ??
      null,
    formSeverity: formSeverity !== undefined,
    roleFreedAt: new Map(),
    now: options.now,
    commands: options.commands,
    labelKind: undefined,
    permissions,
  };
  if (isSelf(issue.author) && readDedupMarker(issue.body) !== null)
    acc.state.alerts = { status: "firing", since: issue.createdAt, notifications: 1, repeats: 0 };
  foldBodyCommands(acc);
  for (const event of inTimeOrder(withCreationLabels(issue, events))) foldEvent(acc, event);
  return finish(acc, formTrusted ? options : { ...options, formStartedAt: undefined });
}
