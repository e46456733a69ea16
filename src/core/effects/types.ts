/** What the incident's history calls for on GitHub, beyond the board (see `plan-effects.ts`). */
export interface Effects {
  addLabels: string[];
  removeLabels: string[];
  addAssignees: string[];
  removeAssignees: string[];
  /** `/resolve` asked for it and the issue is still open. */
  close: "completed" | null;
  /** Comments to post (replies, notifications); each carries its own idempotency marker. */
  comments: string[];
  /** Comment ids to acknowledge with 👍. */
  reactions: number[];
}
