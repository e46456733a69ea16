import {
  addCrossReference,
  addReaction,
  createComment,
  deleteComment,
  updateComment,
} from "./comment-ops.js";
import { createPull } from "./git-ops.js";
import {
  addAssignees,
  closeIssue,
  createIssue,
  getIssue,
  removeAssignees,
  reopenIssue,
  updateIssue,
} from "./issue-ops.js";
import { addLabels, removeLabel } from "./label-ops.js";
import type { Repo, StateReason, World } from "./model.js";
import { applyIssueType, issueTypeOf, issueTypeShape } from "./org-ops.js";
import { mergePull } from "./pull-ops.js";
import { type Json, labelShape, reactionShape, userShape } from "./shapes-core.js";
import { commentShape, issueShape } from "./shapes-issue.js";
import { pullShape } from "./shapes-pull.js";
import { buildWebhook, type PayloadOf, type Webhook } from "./webhooks.js";

/**
 * What a person does in GitHub's UI: mutates the emulator's state directly (no HTTP request is
 * recorded) and returns the webhook deliveries GitHub would send for it.
 */
const splitName = (fullName: string): [string, string] => {
  const at = fullName.indexOf("/");
  return [fullName.slice(0, at), fullName.slice(at + 1)];
};

export function human(world: World, repo: Repo, login: string) {
  const actor = world.user(login).login;
  const issueJson = (n: number) => issueShape(world, repo, getIssue(repo, n));
  const hook = <N extends Parameters<typeof buildWebhook>[2], A extends string>(
    name: N,
    action: A,
    fields: Json,
  ) => buildWebhook(world, repo, name, action, actor, fields);
  const commentOf = (id: number) => {
    const comment = world.comments.get(id);
    if (!comment || comment.repo !== repo) throw new Error(`no comment ${id} in ${repo.owner}/${repo.name}`);
    return comment;
  };

  return {
    login: actor,

    /** Opens an issue; `payloads` are `issues.opened`, then one `issues.labeled` per label, then `assigned`. */
    openIssue(input: { title: string; body?: string; labels?: string[]; assignees?: string[] }) {
      const { issue, labels, assignees } = createIssue(world, repo, actor, input);
      const json = issueJson(issue.number);
      const payloads: Array<Webhook<"issues", PayloadOf<"issues", "opened" | "labeled" | "assigned">>> = [
        hook("issues", "opened", { issue: json }),
      ];
      for (const label of labels)
        payloads.push(hook("issues", "labeled", { issue: json, label: labelShape(world, repo, label) }));
      for (const a of assignees)
        payloads.push(hook("issues", "assigned", { issue: json, assignee: userShape(world, a) }));
      return { number: issue.number, issue: json, payloads };
    },

    /** Adds a label (created in the repo if missing); throws if the issue already has it (GitHub sends nothing). */
    label(n: number, name: string) {
      const [label] = addLabels(world, repo, getIssue(repo, n), actor, [name]);
      if (!label) throw new Error(`#${n} already has label ${name}: GitHub would send no webhook`);
      return hook("issues", "labeled", { issue: issueJson(n), label: labelShape(world, repo, label) });
    },

    unlabel(n: number, name: string) {
      const label = removeLabel(world, repo, getIssue(repo, n), actor, name);
      return hook("issues", "unlabeled", { issue: issueJson(n), label: labelShape(world, repo, label) });
    },

    comment(n: number, body: string) {
      const comment = createComment(world, repo, getIssue(repo, n), actor, body);
      const json = commentShape(world, comment);
      const delivery = hook("issue_comment", "created", { issue: issueJson(n), comment: json });
      return { ...delivery, commentId: comment.id, comment: json };
    },

    editComment(id: number, body: string) {
      const comment = commentOf(id);
      const { from } = updateComment(world, comment, body);
      return hook("issue_comment", "edited", {
        changes: { body: { from } },
        issue: issueJson(comment.issueNumber),
        comment: commentShape(world, comment),
      });
    },

    deleteComment(id: number) {
      const comment = commentOf(id);
      const json = commentShape(world, comment);
      deleteComment(world, repo, comment);
      return hook("issue_comment", "deleted", { issue: issueJson(comment.issueNumber), comment: json });
    },

    /** Reactions send no webhook; returns the reaction and whether it was new. */
    react(commentId: number, content: string) {
      const { reaction, created } = addReaction(world, commentOf(commentId), actor, content);
      return { created, reaction: reactionShape(world, reaction) };
    },

    close(n: number, reason: Exclude<StateReason, "reopened"> = "completed") {
      if (!closeIssue(world, getIssue(repo, n), actor, reason)) throw new Error(`#${n} is already closed`);
      return hook("issues", "closed", { issue: issueJson(n) });
    },

    reopen(n: number) {
      if (!reopenIssue(world, getIssue(repo, n), actor)) throw new Error(`#${n} is already open`);
      return hook("issues", "reopened", { issue: issueJson(n) });
    },

    /** Edits title and/or body: one `issues.edited` with `changes`. */
    edit(n: number, patch: { title?: string; body?: string }) {
      const { changes } = updateIssue(world, repo, getIssue(repo, n), actor, patch);
      return hook("issues", "edited", { issue: issueJson(n), changes });
    },

    /**
     * Gives the issue one of its organisation's issue types in the UI: `issues.typed`, with the type
     * on the issue and at the top level (GitHub's `webhook-issues-typed`).
     */
    setType(n: number, name: string) {
      const issue = getIssue(repo, n);
      if (!applyIssueType(world, repo, issue, name, actor, "person"))
        throw new Error(`#${n} already has type ${name}: GitHub would send no webhook`);
      const type = issueTypeOf(world, repo, issue);
      return hook("issues", "typed", { issue: issueJson(n), type: type && issueTypeShape(type) });
    },

    assign(n: number, login: string) {
      const [added] = addAssignees(world, getIssue(repo, n), actor, [login]);
      if (!added) throw new Error(`#${n} is already assigned to ${login}`);
      return hook("issues", "assigned", { issue: issueJson(n), assignee: userShape(world, added) });
    },

    unassign(n: number, login: string) {
      const [removed] = removeAssignees(world, getIssue(repo, n), actor, [login]);
      if (!removed) throw new Error(`#${n} is not assigned to ${login}`);
      return hook("issues", "unassigned", { issue: issueJson(n), assignee: userShape(world, removed) });
    },

    /**
     * Issue/PR `source` mentions #n: a `cross-referenced` timeline event (GitHub sends no webhook).
     * `sourceRepo` may be another repository of the emulator, by model or by `owner/name`.
     */
    addCrossReference(n: number, source: number, sourceRepo: Repo | string = repo) {
      const from = typeof sourceRepo === "string" ? world.repo(...splitName(sourceRepo)) : sourceRepo;
      if (!from) throw new Error(`no repo ${String(sourceRepo)}`);
      addCrossReference(world, getIssue(repo, n), actor, from, source);
      return { payloads: [] as Webhook[] };
    },

    /** Opens a pull request from an existing branch (see `emu.setFile` to create one with a commit). */
    openPull(input: { title: string; head: string; base?: string; body?: string; draft?: boolean }) {
      const pull = createPull(world, repo, actor, { ...input, base: input.base ?? repo.defaultBranch });
      const json = pullShape(world, repo, pull, true);
      return {
        number: pull.number,
        pull: json,
        ...hook("pull_request", "opened", { number: pull.number, pull_request: json }),
      };
    },

    /**
     * Merges pull request #n with a merge commit on its base branch (see `mergePull` in pull-ops.ts):
     * `pull_request.closed` with `pull_request.merged: true`, plus the merge commit's sha.
     */
    mergePull(n: number) {
      const issue = getIssue(repo, n);
      if (!issue.pull) throw new Error(`#${n} is not a pull request`);
      const sha = mergePull(world, repo, issue, actor);
      const json = pullShape(world, repo, issue, true);
      return {
        mergeCommitSha: sha,
        pull: json,
        ...hook("pull_request", "closed", { number: n, pull_request: json }),
      };
    },
  };
}

export type Human = ReturnType<typeof human>;
