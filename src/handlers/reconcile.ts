import { renderBoard } from "../core/board/render.js";
import type { Config } from "../core/config/config.js";
import { dashboardRow, readRowMarker, sameRow } from "../core/dashboard/row.js";
import { planEffects } from "../core/effects/plan-effects.js";
import { wakeAt } from "../core/effects/plan-reminders.js";
import type { IssueSnapshot, TimelineEvent } from "../core/events.js";
import { isIncidentForm, parseIncidentForm } from "../core/issue-form.js";
import { readActionItemMarker } from "../core/postmortem/action-items.js";
import { deriveState } from "../core/state/derive.js";
import type { CommandCache } from "../core/state/fold-comments.js";
import { isTool } from "../core/state/markers.js";
import type { IncidentState } from "../core/state/types.js";
import { applyEffects } from "./apply-effects.js";
import { ensureRepoLabels } from "./ensure-labels.js";
import { isOutsiderForm, onOutsiderForm } from "./outsider-form.js";
import { maybeOpenPostmortem } from "./postmortem-step.js";
import { readPermissions } from "./read-permissions.js";
import { recheckBoard } from "./recheck-board.js";
import { boardTemplate } from "./templates.js";
import type { EngineDeps, EngineResult, IncidentSummary } from "./types.js";
import { writeBoard } from "./write-board.js";

/** The issues made from the incident's postmortem action items, with their state (one list request). */
async function actionItemsOf(ports: EngineDeps["ports"], config: Config, incident: number, self: string) {
  const issues = await ports.listIssues({ label: config.labels.actionItem, state: "all" });
  return issues
    .filter((i) => isTool(i.author, self) && readActionItemMarker(i.body)?.incident === incident)
    .sort((a, b) => a.number - b.number)
    .map((i) => ({ number: i.number, title: i.title, url: i.url, open: i.state === "open" }));
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

export interface ReconcileOptions {
  /** The repository's labels were just checked (a fresh declaration). */
  labelsEnsured?: boolean;
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
 * Brings one incident in line with its history — the one thing every event and the sweep do.
 * Level-triggered: derive the state (the latest decisions) from the issue and its timeline, plan
 * what GitHub does not show yet (labels, assignees, answers to commands, notifications, the close,
 * the postmortem), write only that difference, then re-render the board. Handling the same history
 * twice writes nothing the second time; a lost or reordered delivery is repaired by the next run.
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
  const self = await deps.self();
  const form = parseIncidentForm(issue.body, config);
  const events = [...timeline];
  // The form parser gives ISO 8601 UTC for times it understood, the reporter's words otherwise.
  const formStartedAt = form.startedAt && ISO_UTC.test(form.startedAt) ? form.startedAt : undefined;
  // The comments' parsed commands, shared by this run's derivations (same config, same comments).
  const commands: CommandCache = new Map();
  // Whose acts count: the permissions of the people whose association does not settle it.
  const formAnswers =
    form.severity !== undefined || formStartedAt !== undefined || isIncidentForm(issue.body);
  const permissions = await readPermissions(ports, { issue, events, config, self, formAnswers, commands });
  const deriveFrom = (history: readonly TimelineEvent[]) =>
    deriveState(issue, history, config, {
      now,
      self,
      formStartedAt,
      formSeverity: form.severity,
      commands,
      permissions,
    });

  const before = deriveFrom(events);
  if (!before.isIncident) {
    if (isOutsiderForm(issue, config, self, permissions))
      return onOutsiderForm(issue, timeline, config, deps);
    return { outcome: "ignored", reason: `#${issue.number} is not an incident` };
  }
  // What the engine changes now happens after everything it read, even when GitHub's clock is
  // ahead of ours: stamp it no earlier than the newest event of the history.
  const at = now.toISOString() > before.lastEventAt ? now.toISOString() : before.lastEventAt;
  let state = before;
  // Comments the tool posts can carry decisions (an on-call page gives the role): plan again after
  // them, until there is nothing left to do. Label and assignee writes change nothing the board shows.
  const reacted = new Set<number>(); // reactions are not in the timeline: remember them here
  for (let pass = 0; pass < 3; pass++) {
    const effects = planEffects(state, config);
    effects.reactions = effects.reactions.filter((id) => !reacted.has(id));
    for (const id of effects.reactions) reacted.add(id);
    if (pass === 0 && before.board === null && !options.labelsEnsured && effects.addLabels.length > 0)
      await ensureRepoLabels(ports, config);
    const added = await applyEffects(ports, issue.number, effects, self, at);
    if (added.length === 0) break;
    events.push(...added);
    state = deriveFrom(events);
  }
  if (!state.open && state.postmortem === null && !state.postmortemFailed)
    state.postmortem = await maybeOpenPostmortem(state, config, deps, form.summary);
  if (state.actionItemPulls.length > 0)
    state.actionItems = await actionItemsOf(ports, config, state.number, self);
  const { template, warning } = await boardTemplate(config, ports);
  if (warning) deps.log.warn(warning);
  const rowOf = (s: IncidentState) => dashboardRow(s, config, issue.updatedAt ?? "");
  const render = (s: IncidentState, row = rowOf(s)) => renderBoard(s, config, template, row);
  const row = rowOf(state);
  const previous = before.board === null ? null : readRowMarker(before.board.body);
  await writeBoard(ports, state, render(state, row), self);
  if (deps.recheckBoard) await recheckBoard(deps, issue.number, deriveFrom, render, self);
  const rowChanged = previous === null || !sameRow(previous, row);
  return { outcome: "handled", incident: summarise(state), row, rowChanged, wakeAt: wakeAt(state, config) };
}
