/** The records the emulator's in-memory GitHub holds (`model.ts`): plain data, no behaviour. */
import type { AuthorAssociation } from "../core/events.js";

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
