import type { RecentChanges } from "../changes/recent-changes.js";
import type { ComponentState, RoleDef, SeverityLevel, Status } from "../config/config.js";

/** Something a person said through a command, read back from its comment. */
export interface Said {
  text: string;
  by: string;
  at: string;
  commentId: number;
  url: string;
}

export interface RoleHolder {
  login: string;
  since: string;
  /** Who gave the role (the same person when they claimed it). */
  by: string;
  /** The latest time the role was given to them (again); a later unassignment by a person wins. */
  grantedAt: string;
}

export interface RoleState {
  role: RoleDef;
  holders: RoleHolder[];
  /** Required by the current severity. */
  required: boolean;
}

export interface SeverityChange {
  from: string | null;
  to: string;
  by: string;
  at: string;
  /** True when the new level is more severe (or the first level set). */
  raised: boolean;
  /** `<level>:<n>`: the n-th time the incident reached this level; keys the one notification. */
  key: string;
}

/** A key event, for the board's and the postmortem's timeline. `text` is raw user-facing text. */
export interface KeyEvent {
  at: string;
  by: string;
  kind:
    | "declared"
    | "severity"
    | "status"
    | "role"
    | "update"
    | "impact"
    | "note"
    | "followup"
    | "done"
    | "started"
    | "resolved"
    | "closed"
    | "reopened"
    | "renamed"
    | "reference"
    | "alert"
    | "timeline"
    | "oncall"
    | "reminder"
    | "public"
    | "component"
    | "gate"
    | "revert";
  text: string;
  url?: string;
}

export interface Reference {
  /** A reference from a non-public repository: nothing but its kind and time is known. */
  hidden?: true;
  title: string;
  url: string;
  number: number;
  isPullRequest: boolean;
  repository: string;
  at: string;
}

export interface BotComment {
  id: number;
  body: string;
}

/**
 * A comment with commands, after the declaration: what answering it takes. Derived from the
 * history, so a lost, failed or repeated delivery neither loses nor repeats the answer.
 */
export interface CommandAnswer {
  commentId: number;
  author: string;
  at: string;
  /** Lines of the reply (refusals, usage errors, `/help`); empty when nothing needs saying. */
  lines: string[];
  /** Commands in it that were run. */
  accepted: number;
  /** The kinds of the commands that were run (`update`, `note`…), for the board's "Recent commands". */
  ran: string[];
  /** 👍 reactions it already has (anyone's): the acknowledgement is not owed again. */
  plusOnes: number;
}

/** Everything the engine knows about an incident, derived from the issue and its timeline. */
export interface IncidentState {
  number: number;
  title: string;
  url: string;
  author: string;
  isIncident: boolean;
  isDrill: boolean;
  open: boolean;
  closeReason: "completed" | "not_planned" | "duplicate" | null;
  /** Current labels, folded from the timeline. */
  labels: string[];
  assignees: string[];
  severity: SeverityLevel | null;
  /** Every severity label currently on the issue (more than one until the extras are removed). */
  severityLabels: string[];
  severityChanges: SeverityChange[];
  severityConfirmed: boolean;
  status: Status;
  statusLabels: string[];
  declaredAt: string;
  declaredBy: string;
  startedAt: string;
  identifiedAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  roles: RoleState[];
  impact: Said | null;
  updates: Said[];
  notes: Said[];
  followups: Said[];
  resolution: Said | null;
  doneSteps: Map<string, { by: string; at: string }>;
  timeline: KeyEvent[];
  references: Reference[];
  commits: Array<{ sha: string; url: string; at: string; by: string }>;
  /** The oldest board comment, and any extras a race created. */
  board: BotComment | null;
  extraBoards: number[];
  /** Comment ids the bot already replied to. */
  repliedTo: Set<number>;
  /** `/declare` comment id → the incident declared from it (it references this issue). */
  declaredFrom: Map<number, { number: number; url: string }>;
  /** Comments with commands since the declaration, and what answering them takes. */
  answers: CommandAnswer[];
  /** A `/resolve` after the latest reopening: the issue should be closed as completed. */
  resolveRequested: boolean;
  /** Lower-cased login → when a person (not this tool) last unassigned them. */
  unassignedByPeople: Map<string, string>;
  /** Lower-cased logins whose latest assignment was made by this tool. */
  assignedBySelf: Set<string>;
  /**
   * The latest close was by someone who may decide (not an author without triage permission closing
   * their own issue): only then does closing as completed resolve the incident and owe a postmortem.
   */
  closedByDecider: boolean;
  /** When the issue was last closed (null while it never was, or after a reopening). */
  closedAt: string | null;
  /** A postmortem failure was reported after the latest close: do not try again until the next close. */
  postmortemFailed: boolean;
  /** Roles whose on-call person was already paged. */
  oncallPaged: Set<string>;
  /** Keys of reminders already posted. */
  reminded: Set<string>;
  /** Role id → since when it has been empty and required (only for required roles with no holder). */
  roleEmptySince: Map<string, string>;
  /** The time the state was derived at (reminders and "overdue" depend on it). */
  now: string;
  /** When a commander first held the incident (time to acknowledge). */
  acknowledgedAt: string | null;
  /** Updates for the public status page (`/public`); nothing else the incident says is public. */
  publicUpdates: Said[];
  /** The title on the public status page (`/public-title`), else the issue's. */
  publicTitle: string | null;
  /** Postmortem pull requests whose action items were made into issues (the tool said so here). */
  actionItemPulls: number[];
  /** Those issues, with their state, when the run looked them up (null: not looked up). */
  actionItems: Array<{ number: number; title: string; url: string; open: boolean }> | null;
  /**
   * What the deploy gate did while this incident was open, one entry per workflow run and
   * environment, oldest first: `held` (rejected) or `let` through as a fix going forward.
   */
  deploys: Array<{ run: number; environment: string; state: "held" | "let"; at: string }>;
  /** Component id → the state this incident set it to, latest first wins. */
  components: Map<string, { state: ComponentState; at: string; by: string }>;
  /** Keys of severity raises already notified. */
  notified: Set<string>;
  postmortem: { number: number; url: string } | null;
  /** `/revert #<pr>` commands run, in order (each opens at most one revert, see `reverts`). */
  revertRequests: Array<{ pull: number; commentId: number; by: string; at: string; url: string }>;
  /** `/revert` comment id → what the tool did (read back from its own comments): opened, or why not. */
  reverts: Map<number, { pull: number; revert: { number: number; url: string } | null }>;
  /** The changes before the incident, kept on the board once read (null: not read yet). */
  recentChanges: RecentChanges | null;
  configErrorComment: BotComment | null;
  /** Time of the newest event; the board's "as of" time (keeps renders deterministic). */
  lastEventAt: string;
  /** An incident an alert opened: its alerts' state, from the tool's alert comments (null otherwise). */
  alerts: AlertsState | null;
}

/** The alerts of an incident an alert opened, folded from the tool's own comments. */
export interface AlertsState {
  /** Whether they are firing or all resolved, as the latest notification said. */
  status: "firing" | "resolved";
  /** Since when (the incident's creation, or the comment that noted the change). */
  since: string;
  /** Notifications received for the incident's key, the one that opened it included. */
  notifications: number;
  /** Repeats noted one comment each (the Action's generic payload without `status`). */
  repeats: number;
}
