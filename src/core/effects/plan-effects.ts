import { type AckPolicy, REACT_ALWAYS, reactionOwed } from "../board/acks.js";
import { type Config, LABELLED_STATUSES } from "../config/config.js";
import { hasLabel, statusLabel } from "../state/label-kind.js";
import { replyMarker } from "../state/markers.js";
import type { IncidentState } from "../state/types.js";
import { planNotifications } from "./notify.js";
import { planOnCall, planReminders } from "./plan-reminders.js";
import type { Effects } from "./types.js";

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The labels the decisions call for, next to the labels on the issue: what to add and remove. */
function planLabels(state: IncidentState, config: Config, effects: Effects): void {
  const want = (label: string, present: boolean) => {
    const has = hasLabel(state.labels, label);
    if (present && !has) effects.addLabels.push(label);
    if (!present && has) effects.removeLabels.push(label);
  };
  for (const level of config.severities) want(level.label, state.severity?.id === level.id);
  if (state.open) {
    for (const status of LABELLED_STATUSES) want(statusLabel(config, status), state.status === status);
  }
  for (const role of state.roles) want(role.role.label, role.holders.length > 0);
  if (!state.open && state.closeReason === "not_planned") want(config.labels.notAnIncident, true);
}

/**
 * Role holders are assigned (unless a person unassigned them after the role was last given);
 * people this tool assigned who hold no role any more are unassigned.
 */
function planAssignees(state: IncidentState, effects: Effects): void {
  const holders = state.roles.flatMap((r) => r.holders);
  const assigned = (login: string) => state.assignees.some((a) => same(a, login));
  for (const holder of holders) {
    const unassigned = state.unassignedByPeople.get(holder.login.toLowerCase());
    if (assigned(holder.login) || (unassigned !== undefined && unassigned >= holder.grantedAt)) continue;
    if (!effects.addAssignees.some((a) => same(a, holder.login))) effects.addAssignees.push(holder.login);
  }
  for (const login of state.assignees) {
    const holds = holders.some((h) => same(h.login, login));
    if (!holds && state.assignedBySelf.has(login.toLowerCase())) effects.removeAssignees.push(login);
  }
}

/**
 * Answers owed to command comments: a reply (once: its marker is in the history) for refusals,
 * usage errors and `/help`; 👍 for comments whose commands ran, as `acks` says (under pressure the
 * board acknowledges them instead: `board/acks.ts`). A comment that already has a 👍 and
 * ran nothing under today's config was answered under an older one: it is not answered again.
 */
function planAnswers(state: IncidentState, effects: Effects, acks: AckPolicy): void {
  for (const answer of state.answers) {
    if (reactionOwed(answer, acks)) effects.reactions.push(answer.commentId);
    const answeredBefore = answer.accepted === 0 && answer.plusOnes > 0;
    if (answer.lines.length === 0 || state.repliedTo.has(answer.commentId) || answeredBefore) continue;
    effects.comments.push(
      `${replyMarker(answer.commentId)}\n@${answer.author}\n\n${answer.lines.join("\n\n")}\n`,
    );
  }
}

/**
 * Everything the incident's history calls for that GitHub does not show yet. Level-triggered: a
 * pure function of the derived state (desired) and the issue as it is (actual); applying the result
 * and planning again gives nothing to do.
 */
export function planEffects(state: IncidentState, config: Config, acks: AckPolicy = REACT_ALWAYS): Effects {
  const effects: Effects = {
    addLabels: [],
    removeLabels: [],
    addAssignees: [],
    removeAssignees: [],
    close: null,
    comments: [],
    reactions: [],
  };
  if (!state.isIncident) return effects;
  planLabels(state, config, effects);
  planAssignees(state, effects);
  if (state.open && state.resolveRequested) effects.close = "completed";
  planAnswers(state, effects, acks);
  effects.comments.push(...planNotifications(state, config));
  effects.comments.push(...planOnCall(state, config), ...planReminders(state, config));
  return effects;
}

/** True when there is nothing to write but (perhaps) the board. */
export const isSettled = (e: Effects): boolean =>
  e.addLabels.length + e.removeLabels.length + e.addAssignees.length + e.removeAssignees.length === 0 &&
  e.close === null &&
  e.comments.length === 0 &&
  e.reactions.length === 0;
