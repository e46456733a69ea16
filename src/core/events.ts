/**
 * The incident's history as the engine sees it: a normalised form of GitHub's issue timeline.
 * Everything the engine knows about an incident is derived from an `IssueSnapshot` plus these.
 */
export type AuthorAssociation =
  | "OWNER"
  | "MEMBER"
  | "COLLABORATOR"
  | "CONTRIBUTOR"
  | "FIRST_TIME_CONTRIBUTOR"
  | "FIRST_TIMER"
  | "MANNEQUIN"
  | "NONE";

export interface Person {
  login: string;
  isBot: boolean;
}

interface Base {
  /** ISO 8601 time. */
  at: string;
  actor: Person;
}

export type TimelineEvent =
  | (Base & { kind: "labeled" | "unlabeled"; id: number; label: string })
  | (Base & {
      kind: "commented";
      id: number;
      body: string;
      association: AuthorAssociation;
      url: string;
      /** 👍 reactions on the comment (GitHub's reaction roll-up; anyone's). */
      plusOnes?: number;
    })
  | (Base & { kind: "assigned" | "unassigned"; id: number; assignee: string })
  | (Base & { kind: "closed"; id: number; reason: "completed" | "not_planned" | "duplicate" | null })
  | (Base & { kind: "reopened"; id: number })
  /** The issue's type was added, changed (`type`: the new one) or removed (`type`: null). */
  | (Base & { kind: "issue-typed"; id: number; type: string | null })
  | (Base & { kind: "renamed"; id: number; from: string; to: string })
  | (Base & {
      kind: "cross-referenced";
      source: {
        number: number;
        title: string;
        url: string;
        isPullRequest: boolean;
        repository: string;
        /** The referencing issue's body (GitHub includes it). */
        body?: string;
        /**
         * It is in another repository that is not public: its title, number, address, repository
         * and body were withheld where GitHub's answer was read (all empty or 0), never shown.
         */
        hidden?: true;
      };
    })
  | (Base & { kind: "referenced"; id: number; commitId: string; commitUrl: string });

export type TimelineEventKind = TimelineEvent["kind"];

/** A comment on the issue, as the timeline gives it. */
export type CommentEvent = Extract<TimelineEvent, { kind: "commented" }>;

/** The issue itself, as a webhook payload or the issues API gives it. */
export interface IssueSnapshot {
  number: number;
  /** GitHub's id of the issue (not its number), when the snapshot came from GitHub (sub-issues use it). */
  id?: number;
  title: string;
  body: string;
  url: string;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | "duplicate" | null;
  author: Person;
  /** The author's association with the repository (who may run commands from the body). */
  authorAssociation?: AuthorAssociation;
  createdAt: string;
  /** When GitHub last saw a change (the sweep skips incidents it has seen at this time). */
  updatedAt?: string;
  closedAt: string | null;
  labels: string[];
  assignees: string[];
  isPullRequest: boolean;
  /** The name of the issue's type (GitHub's issue types), null when it has none; absent when not shown. */
  type?: string | null;
}

export interface RepoRef {
  owner: string;
  repo: string;
}
