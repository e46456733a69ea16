import { renderBoard } from "../core/board/render.js";
import type { Config } from "../core/config/config.js";
import { planNotifications } from "../core/effects/notify.js";
import { planCommands, type TriggerComment } from "../core/effects/plan-command.js";
import { normaliseChange, planLabelInvariants } from "../core/effects/plan-labels.js";
import { changeEvents, commentEvent } from "../core/effects/synthetic.js";
import { emptyPlan } from "../core/effects/types.js";
import type { IssueSnapshot, TimelineEvent } from "../core/events.js";
import { parseIncidentForm } from "../core/issue-form.js";
import { deriveState } from "../core/state/derive.js";
import type { IncidentState } from "../core/state/types.js";
import { ensureRepoLabels } from "./ensure-labels.js";
import { executeChange } from "./execute-change.js";
import { maybeOpenPostmortem } from "./postmortem-step.js";
import { recheckBoard } from "./recheck-board.js";
import { boardTemplate } from "./templates.js";
import type { EngineDeps, EngineResult, IncidentSummary } from "./types.js";
import { writeBoard } from "./write-board.js";

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

export interface ReconcileOptions {
  /** The comment whose commands triggered this event (created, not edited). */
  comment?: TriggerComment | undefined;
  /** The repository's labels were just checked (a fresh declaration). */
  labelsEnsured?: boolean;
  /** The event is the issue being closed: the one moment a postmortem is opened (or retried). */
  closing?: boolean;
}

export function summarise(state: IncidentState): IncidentSummary {
  return {
    number: state.number,
    url: state.url,
    severity: state.severity?.id ?? null,
    status: state.status,
    postmortemPr: state.postmortem?.url ?? null,
  };
}

/**
 * One event on an incident: derive the state from the history, plan and apply what the event
 * asks for (labels, assignees, close, replies, reaction, notifications, postmortem), then re-render
 * the board from the history plus the changes just made. Requests: the history read was done by
 * the caller; one per effect; one board write when the board changed.
 */
export async function reconcile(
  issue: IssueSnapshot,
  timeline: readonly TimelineEvent[],
  config: Config,
  deps: EngineDeps,
  options: ReconcileOptions = {},
): Promise<EngineResult> {
  const { ports } = deps;
  const now = deps.now();
  const form = parseIncidentForm(issue.body, config);
  const events = [...timeline];
  // The form parser gives ISO 8601 UTC for times it understood, the reporter's words otherwise.
  const formStartedAt = form.startedAt && ISO_UTC.test(form.startedAt) ? form.startedAt : undefined;
  const deriveFrom = (history: readonly TimelineEvent[]) =>
    deriveState(issue, history, config, { now, formStartedAt });
  const derive = () => deriveFrom(events);

  const before = derive();
  if (!before.isIncident) return { outcome: "ignored", reason: `#${issue.number} is not an incident` };
  // What the engine changes now happens after everything it read, even when GitHub's clock is
  // ahead of ours: stamp it no earlier than the newest event of the history.
  const at = now.toISOString() > before.lastEventAt ? now.toISOString() : before.lastEventAt;
  const plan = emptyPlan();
  if (options.comment) planCommands(before, config, options.comment, plan);
  planLabelInvariants(before, config, plan.change, form.severity);
  plan.change = normaliseChange(before, plan.change);
  events.push(...changeEvents(plan.change, plan.close, at));
  plan.comments.push(...planNotifications(derive(), config));

  if (before.board === null && !options.labelsEnsured) await ensureRepoLabels(ports, config);
  await executeChange(ports, before, plan.change);
  if (plan.close) await ports.closeIssue(issue.number, plan.close);
  for (const body of plan.comments) {
    const posted = await ports.createComment(issue.number, body);
    events.push(commentEvent(posted.id, body, posted.url, at));
  }
  if (plan.reaction) await ports.addReaction(plan.reaction.commentId, plan.reaction.content);

  const state = derive();
  if (options.closing || plan.close)
    state.postmortem ??= await maybeOpenPostmortem(state, config, deps, form.summary);
  const { template, warning } = await boardTemplate(config, ports);
  if (warning) deps.log.warn(warning);
  const render = (s: IncidentState) => renderBoard(s, config, template);
  await writeBoard(ports, state, render(state));
  if (deps.recheckBoard) await recheckBoard(deps, issue.number, deriveFrom, render);
  return { outcome: "handled", incident: summarise(state) };
}
