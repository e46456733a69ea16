import type { IssueSnapshot, RepoRef, TimelineEvent } from "../core/events.js";

/**
 * The narrow surfaces over GitHub's REST API the handlers use. Each handler declares the ports it
 * needs, so fakes stay trivial; `octokit-ports.ts` implements them over any Octokit.
 */
export interface TimelinePort {
  /** Every timeline event of the issue, oldest first (paginated). */
  readTimeline(issue: number): Promise<TimelineEvent[]>;
}

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

export interface IssueWritePort {
  addLabels(issue: number, labels: string[]): Promise<void>;
  removeLabel(issue: number, label: string): Promise<void>;
  /** Replaces labels and/or assignees in one request (used when one event changes several). */
  setLabelsAndAssignees(issue: number, change: { labels?: string[]; assignees?: string[] }): Promise<void>;
  addAssignees(issue: number, logins: string[]): Promise<void>;
  createIssue(input: { title: string; body: string; labels: string[] }): Promise<IssueSnapshot>;
  closeIssue(issue: number, reason: "completed" | "not_planned"): Promise<void>;
}

export interface CommentPort {
  createComment(issue: number, body: string): Promise<{ id: number; url: string }>;
  updateComment(commentId: number, body: string): Promise<void>;
  deleteComment(commentId: number): Promise<void>;
  /** Comments of the issue, oldest first; used to converge concurrent board creation. */
  listComments(issue: number): Promise<Array<{ id: number; body: string; authorIsBot: boolean }>>;
  addReaction(commentId: number, content: "+1" | "eyes" | "confused" | "rocket"): Promise<void>;
}

export interface RepoLabelsPort {
  listRepoLabels(): Promise<string[]>;
  createRepoLabel(label: LabelSpec): Promise<void>;
}

export interface IssueSearchPort {
  /** Open issues carrying the label, newest first (first page). */
  listOpenIssues(label: string): Promise<IssueSnapshot[]>;
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

export type Ports = TimelinePort &
  IssueWritePort &
  CommentPort &
  RepoLabelsPort &
  IssueSearchPort &
  FilePort &
  PullRequestPort & { repo: RepoRef };
