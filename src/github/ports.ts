import type { IssueSnapshot, RepoRef, TimelineEvent } from "../core/events.js";
import type { LabelSpec } from "../core/labels.js";
import type { RepoPermission } from "../core/state/trust.js";

export type { LabelSpec };

/**
 * The narrow surfaces over GitHub's REST API the handlers use. Each handler declares the ports it
 * needs, so fakes stay trivial; `octokit-ports.ts` implements them over any Octokit.
 *
 * Writes are race-free: labels and assignees are added and removed one change at a time, never
 * replaced as a list, so a change a person makes at the same moment survives. Creates that must
 * happen once (comments, issues) are never retried blindly (see `createOnce`).
 */
export interface TimelinePort {
  /** Every timeline event of the issue, oldest first (paginated). */
  readTimeline(issue: number): Promise<TimelineEvent[]>;
}

export interface IssueWritePort {
  /** Adds labels (one request for all); labels already there are left alone. */
  addLabels(issue: number, labels: string[]): Promise<void>;
  /** Removes one label; a label already gone is not an error. */
  removeLabel(issue: number, label: string): Promise<void>;
  addAssignees(issue: number, logins: string[]): Promise<void>;
  removeAssignees(issue: number, logins: string[]): Promise<void>;
  /** Creates an issue once: the body must carry a unique marker (`requestMarker`) to find it after a failure. */
  createIssue(
    input: { title: string; body: string; labels: string[]; assignees?: string[]; type?: string },
    marker: string,
  ): Promise<IssueSnapshot>;
  closeIssue(issue: number, reason: "completed" | "not_planned"): Promise<void>;
  /** Replaces the body of an issue the tool owns (the dashboard). */
  updateIssueBody(issue: number, body: string): Promise<void>;
}

export interface CommentInfo {
  id: number;
  body: string;
  author: string;
  authorIsBot: boolean;
  /** Its address on GitHub. */
  url: string;
}

export interface CommentPort {
  /** Posts a comment once (verified after a failure that may hide a success, never duplicated). */
  createComment(issue: number, body: string): Promise<{ id: number; url: string }>;
  updateComment(commentId: number, body: string): Promise<void>;
  deleteComment(commentId: number): Promise<void>;
  /** Comments of the issue, oldest first; used to converge concurrent board creation. */
  listComments(issue: number): Promise<CommentInfo[]>;
  addReaction(commentId: number, content: "+1" | "eyes" | "confused" | "rocket"): Promise<void>;
}

export interface RepoLabelsPort {
  listRepoLabels(): Promise<string[]>;
  createRepoLabel(label: LabelSpec): Promise<void>;
}

export interface IssueReadPort {
  /** One issue as it is now, or null when it does not exist. */
  getIssue(issue: number): Promise<IssueSnapshot | null>;
}

export interface IssueListPort {
  /** Issues carrying the label (all pages), newest first; pull requests left out. */
  listIssues(query: {
    label: string;
    state: "open" | "closed" | "all";
    /** Only issues updated at or after this time (ISO 8601). */
    since?: string;
  }): Promise<IssueSnapshot[]>;
}

export interface FilePort {
  /** A file's text on the default branch, or null when it does not exist. */
  readFile(path: string): Promise<string | null>;
}

export interface PullRequestPort {
  getDefaultBranch(): Promise<{ name: string; sha: string }>;
  /** The branch's head sha, or null when it does not exist. */
  getBranch(name: string): Promise<string | null>;
  createBranch(name: string, sha: string): Promise<void>;
  /** Creates or updates a file on a branch. */
  putFile(input: { branch: string; path: string; content: string; message: string }): Promise<void>;
  /** Pull requests (any state) whose head is the branch. */
  findPulls(branch: string): Promise<Array<{ number: number; url: string; state: string }>>;
  createPull(input: {
    title: string;
    body: string;
    head: string;
    base: string;
    draft: boolean;
  }): Promise<{ number: number; url: string }>;
  requestReviewers(pull: number, reviewers: string[]): Promise<void>;
}

export interface OpenPull {
  number: number;
  url: string;
  createdAt: string;
  labels: string[];
  reviewers: string[];
  head: string;
}

export interface PullFilesPort {
  /** Paths of the files a pull request changed (added or modified), all pages. */
  listPullFiles(pull: number): Promise<string[]>;
  /** A file's text at a commit or branch, or null when it does not exist there. */
  readFileAt(path: string, ref: string): Promise<string | null>;
}

export interface PullListPort {
  /** Open pull requests (all pages), with what reminders need. */
  listOpenPulls(): Promise<OpenPull[]>;
}

/** A pull request merged into the default branch. */
export interface MergedPull {
  number: number;
  title: string;
  url: string;
  author: string;
  mergedAt: string;
}

export interface DeploymentInfo {
  id: number;
  environment: string;
  ref: string;
  sha: string;
  creator: string;
  createdAt: string;
}

/** What changed in the repository before an incident (read once per incident, a bounded number of requests). */
export interface ChangesPort {
  /**
   * Pull requests merged into the default branch at or after `since`: closed pull requests by latest
   * update, newest first, at most `pages` pages of 100 (a merge updates the pull request, so the
   * walk stops at the first one last updated before `since`).
   */
  listMergedPulls(since: string, pages: number): Promise<MergedPull[]>;
  /** The newest deployments (one page of 100), newest first. */
  listDeployments(): Promise<DeploymentInfo[]>;
}

export interface RevertPort {
  /**
   * The pull request reverting merged pull request `pull` (GitHub's `revertPullRequest`), opened
   * once: one already opened from GitHub's revert branch is returned instead.
   */
  revertPull(pull: number, input: { body: string }): Promise<{ number: number; url: string }>;
}

export interface PermissionPort {
  /** A person's permission on the repository; asked once per person per run (see `PermissionMemo`). */
  permissionOf(login: string): Promise<RepoPermission>;
}

export interface SubIssuePort {
  /** Ids (not numbers) of the issue's sub-issues; null when GitHub has no sub-issues API (404). */
  listSubIssues(parent: number): Promise<number[] | null>;
  /** Adds an issue (by id) as a sub-issue; `unavailable` when GitHub has no sub-issues API (404). */
  addSubIssue(parent: number, subIssueId: number): Promise<"added" | "unavailable">;
}

/** An organisation's issue types as the tool sees them. */
export type IssueTypes =
  | { kind: "types"; names: string[] }
  /** A user-owned repository (or one whose owner's kind is unknown): no request was made. */
  | { kind: "none" }
  /** GitHub refused the list (403, 404): no permission to read it, or no issue types on this GitHub. */
  | { kind: "unreadable"; status: number };

export interface IssueTypePort {
  /** The repository owner's issue types (remembered for a while; see `IssueTypeMemo`). */
  issueTypes(): Promise<IssueTypes>;
  /**
   * Sets the issue's type, then reads the issue back: the type's name it has now, or null. GitHub
   * drops a type silently when the writer may not set it.
   */
  setIssueType(issue: number, type: string): Promise<string | null>;
}

export type Ports = TimelinePort &
  IssueTypePort &
  PermissionPort &
  IssueWritePort &
  CommentPort &
  RepoLabelsPort &
  IssueListPort &
  FilePort &
  PullRequestPort &
  PullListPort &
  PullFilesPort &
  ChangesPort &
  RevertPort &
  IssueReadPort &
  SubIssuePort & { repo: RepoRef };
