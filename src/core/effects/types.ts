/** Label and assignee changes of one event, executed in as few requests as possible. */
export interface IssueChange {
  addLabels: string[];
  removeLabels: string[];
  addAssignees: string[];
}

export type CommentReaction = "+1" | "confused";

/** What one event asks of GitHub besides re-rendering the board. */
export interface Plan {
  change: IssueChange;
  /** Comments to post (replies, notifications); each carries its own idempotency marker. */
  comments: string[];
  reaction: { commentId: number; content: CommentReaction } | null;
  close: "completed" | null;
  /** `/declare` on a non-incident issue. */
  declare: { title: string; severity?: string } | null;
}

export const emptyChange = (): IssueChange => ({ addLabels: [], removeLabels: [], addAssignees: [] });

export const emptyPlan = (): Plan => ({
  change: emptyChange(),
  comments: [],
  reaction: null,
  close: null,
  declare: null,
});
