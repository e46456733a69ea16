/** The emulator's in-memory GitHub: plain data, mutated by the `*-ops.ts` modules. */

import type { AuthorAssociation } from "../core/events.js";
import { commitSha } from "./hashes.js";

export { blobSha, commitSha } from "./hashes.js";
export type { AuthorAssociation };

export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";
export type StateReason = "completed" | "not_planned" | "reopened" | "duplicate";

export interface User {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
}

/** One of an organisation's issue types (`GET /orgs/{org}/issue-types`). */
export interface IssueType {
  id: number;
  name: string;
  description: string | null;
  color: "gray" | "blue" | "green" | "yellow" | "orange" | "red" | "pink" | "purple" | null;
  createdAt: string;
}

/** An organisation: its issue types, and whether a type set through the API is dropped silently. */
export interface Org {
  login: string;
  issueTypes: IssueType[];
  /**
   * GitHub drops an issue's `type` without an error when the writer may not set it (only people
   * with push access may, per GitHub's description): this switch mimics that for every writer.
   */
  dropsIssueTypes: boolean;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface Reaction {
  id: number;
  user: string;
  content: string;
  createdAt: string;
}

export interface Comment {
  id: number;
  repo: Repo;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
  reactions: Reaction[];
}

/** A review a custom deployment protection rule posted for one environment of a workflow run. */
export interface DeploymentReview {
  environment: string;
  state: "approved" | "rejected";
  comment: string;
  by: string;
  at: string;
}

/** A workflow run waiting on a custom deployment protection rule (`deploymentRequest`). */
export interface DeploymentRun {
  id: number;
  repo: Repo;
  environment: string;
  deploymentId: number;
  reviews: DeploymentReview[];
}

/** A timeline entry: a stored event, or a pointer to a comment (rendered from its current state). */
export type TimelineEntry =
  | {
      kind: "event";
      id: number;
      event: string;
      actor: string;
      createdAt: string;
      extra: Record<string, unknown>;
      /** Fields rendered as user objects (e.g. `assignee`), by login. */
      users: Record<string, string>;
    }
  | { kind: "comment"; commentId: number }
  | { kind: "cross-referenced"; actor: string; createdAt: string; source: { repo: Repo; number: number } };

export interface PullInfo {
  head: string;
  base: string;
  draft: boolean;
  requestedReviewers: string[];
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  /** Frozen at merge time: the head commit and the merge base the PR's files are computed from. */
  mergedHead: string | null;
  mergedBase: string | null;
}

export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: StateReason | null;
  user: string;
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  timeline: TimelineEntry[];
  comments: number[];
  reactions: Reaction[];
  pull?: PullInfo;
  /** Ids (not numbers) of the issues added as its sub-issues, in the order they were added. */
  subIssues?: number[];
  /** The issue type's id (its organisation's), or null. */
  typeId?: number | null;
}

/** A deployment (`POST /repos/{owner}/{repo}/deployments` or a workflow's `environment:` job). */
export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  creator: string;
  createdAt: string;
}

export interface Repo {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  createdAt: string;
  /** Commit sha → the full file tree at that commit. */
  commits: Map<string, Map<string, string>>;
  /** Commit sha → its parent commits (none for a repo's initial commit). */
  parents: Map<string, string[]>;
  /** Branch name → head commit sha. */
  branches: Map<string, string>;
  /** Lower-cased name → label. */
  labels: Map<string, Label>;
  issues: Map<number, Issue>;
  nextNumber: number;
  associations: Map<string, AuthorAssociation>;
  permissions: Map<string, Permission>;
  /** Deployments, oldest first. */
  deployments: Deployment[];
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const APP = { id: 1001, slug: "incident-workflow", name: "Incident Workflow" } as const;
export const ACTIONS_APP = { id: 15368, slug: "github-actions", name: "GitHub Actions" } as const;
export const BOT_LOGIN = `${APP.slug}[bot]`;
export const ACTIONS_LOGIN = "github-actions[bot]";

const KNOWN_USER_IDS: Record<string, number> = { [ACTIONS_LOGIN]: 41898282, [BOT_LOGIN]: 900001001 };

export class World {
  baseUrl = "";
  readonly users = new Map<string, User>();
  readonly repos = new Map<string, Repo>();
  readonly comments = new Map<number, Comment>();
  /** Whether the sub-issues API exists (false: it answers 404, as on older GitHub Enterprise Server). */
  subIssues = true;
  /** Workflow runs waiting on a deployment protection rule, by run id. */
  readonly deploymentRuns = new Map<number, DeploymentRun>();
  /** Lower-cased login → organisation (an owner listed here is an organisation, else a user). */
  readonly orgs = new Map<string, Org>();
  /** Token → login. */
  readonly tokens = new Map<string, string>();
  readonly installationId = 4242;
  private readonly counters = new Map<string, number>();
  private clockOffsetMs = 0;

  nextId(
    kind:
      | "issue"
      | "comment"
      | "event"
      | "label"
      | "reaction"
      | "repo"
      | "user"
      | "run"
      | "deployment"
      | "type",
  ): number {
    const base = {
      issue: 2e9,
      comment: 3e9,
      event: 4e9,
      label: 5e9,
      reaction: 6e9,
      repo: 7e8,
      user: 1e5,
      run: 8e9,
      deployment: 8e8,
      type: 410,
    }[kind];
    const next = (this.counters.get(kind) ?? base) + 1;
    this.counters.set(kind, next);
    return next;
  }

  user(login: string): User {
    let user = this.users.get(login.toLowerCase());
    if (!user) {
      const id = KNOWN_USER_IDS[login] ?? this.nextId("user");
      user = { login, id, type: login.endsWith("[bot]") ? "Bot" : "User" };
      this.users.set(login.toLowerCase(), user);
    }
    return user;
  }

  /** "Now" on the emulator's clock: real time, shifted by `advance()`; GitHub's second precision. */
  now(): string {
    return new Date(Date.now() + this.clockOffsetMs).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  advance(ms: number): void {
    this.clockOffsetMs += ms;
  }

  setTime(iso: string): void {
    this.clockOffsetMs = Date.parse(iso) - Date.now();
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addRepo(owner: string, name: string, opts: { defaultBranch?: string; private?: boolean } = {}): Repo {
    const files = new Map<string, string>();
    const sha = commitSha(`initial ${owner}/${name}`, files);
    const defaultBranch = opts.defaultBranch ?? "main";
    const repo: Repo = {
      id: this.nextId("repo"),
      owner,
      name,
      private: opts.private ?? false,
      defaultBranch,
      createdAt: this.now(),
      commits: new Map([[sha, files]]),
      parents: new Map([[sha, []]]),
      branches: new Map([[defaultBranch, sha]]),
      labels: new Map(),
      issues: new Map(),
      nextNumber: 1,
      associations: new Map([[owner.toLowerCase(), "OWNER"]]),
      permissions: new Map([[owner.toLowerCase(), "admin"]]),
      deployments: [],
    };
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    return repo;
  }
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`0:${id}`).toString("base64url")}`;
}

/** Appends a stored timeline event (`users` fields are rendered as user objects). */
export function recordEvent(
  world: World,
  issue: Issue,
  name: string,
  actor: string,
  extra: Record<string, unknown> = {},
  users: Record<string, string> = {},
): void {
  const createdAt = world.now();
  issue.timeline.push({
    kind: "event",
    id: world.nextId("event"),
    event: name,
    actor,
    createdAt,
    extra,
    users,
  });
  issue.updatedAt = createdAt;
}

export function association(repo: Repo, login: string): AuthorAssociation {
  return repo.associations.get(login.toLowerCase()) ?? "NONE";
}

/**
 * A person's role on the repository: as set (`setPermission`), else what the association usually
 * means in the emulator's world — the owner is admin, a member or collaborator writes (set
 * `read` or `triage` for the read-only collaborator or org member GitHub also has), anyone else
 * has none.
 */
export function permissionOf(repo: Repo, login: string): Permission {
  const set = repo.permissions.get(login.toLowerCase());
  if (set !== undefined) return set;
  const assoc = association(repo, login);
  if (assoc === "OWNER") return "admin";
  return assoc === "MEMBER" || assoc === "COLLABORATOR" ? "write" : "none";
}

export function fullName(repo: Repo): string {
  return `${repo.owner}/${repo.name}`;
}
