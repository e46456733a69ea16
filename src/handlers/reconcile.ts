import { type AckPolicy, nextWatermark, reactionOwed, readAckMarker } from "../core/board/acks.js";
import { renderBoard } from "../core/board/render.js";
import type { Config } from "../core/config/config.js";
import { dashboardRow, readRowMarker, sameRow } from "../core/dashboard/row.js";
import { wakeAt } from "../core/effects/plan-reminders.js";
import { predictedEvents } from "../core/effects/synthetic.js";
import type { Effects } from "../core/effects/types.js";
import type { IssueSnapshot, TimelineEvent } from "../core/events.js";
import { isIncidentForm, parseIncidentForm } from "../core/issue-form.js";
import { readSentRecords, sentMarkers } from "../core/notify/sent-record.js";
import { readActionItemMarker } from "../core/postmortem/action-items.js";
import { deriveState } from "../core/state/derive.js";
import type { CommandCache } from "../core/state/fold-comments.js";
import { isTool } from "../core/state/markers.js";
import type { IncidentState } from "../core/state/types.js";
import { withWrites } from "../github/write-context.js";
import { applyAnswers, applyStateEffects } from "./apply-effects.js";
import { ensureRepoLabels } from "./ensure-labels.js";
import { ensureIssueType } from "./issue-type.js";
import { notifyChannels } from "./notify-channels.js";
import { openReverts } from "./open-reverts.js";
import { isOutsiderForm, onOutsiderForm } from "./outsider-form.js";
import { planAll } from "./plan-all.js";
import { maybeOpenPostmortem } from "./postmortem-step.js";
import { readPermissions } from "./read-permissions.js";
import { readRecentChanges } from "./recent-changes.js";
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
  /** Aborted when a newer run for the incident waits: the board and state writes not sent yet are dropped. */
  signal?: AbortSignal;
  /** Lets go of the hold the run took on the installation's answers (`handle-webhook.ts`); else one is taken here. */
  release?: () => void;
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
 * the postmortem), and write only that difference. What a person reads goes first: the board,
 * rendered from the state the planned writes lead to, then labels and assignees; replies,
 * notifications and 👍 follow. Writes still waiting for their turn when a newer run for the incident
 * comes are dropped (`signal`) and redone by it from the newest history. A run that closes the
 * issue writes the board last, with its postmortem. If what was written makes a different board (a
 * comment's real link), the board is written again. Handling the same history twice writes nothing the second time.
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
  // 👍 for each command while the content budget has room for all this run owes; else the board says it.
  const through = readAckMarker(before.board?.body);
  const owed = before.answers.filter((a) => reactionOwed(a, { react: true, through })).length;
  const room = owed === 0 || deps.writes === undefined ? owed : await deps.writes.reactionsAllowed();
  const acks: AckPolicy = { react: owed <= room, through };
  const predict = (e: Effects, placeholder: () => number) => predictedEvents(e, self, at, placeholder);
  const { plans, state } = planAll(before, events, config, acks, predict, deriveFrom);
  const watermark = nextWatermark(state, acks);
  const { template, warning } = await boardTemplate(config, ports);
  if (warning) deps.log.warn(warning);
  const rowOf = (s: IncidentState) => dashboardRow(s, config, issue.updatedAt ?? "");
  // What the chat channels were told: read from the board, carried on by every render of it.
  let told = readSentRecords(before.board?.body);
  const render = (s: IncidentState, row = rowOf(s)) =>
    renderBoard(s, config, template, row, watermark, sentMarkers(told));
  const closing = !state.open && state.postmortem === null && !state.postmortemFailed;
  const key = `board:${ports.repo.owner}/${ports.repo.repo}#${issue.number}`;
  const signal = options.signal ? { signal: options.signal } : {};
  // The board goes first (keyed: one incident's board writes are spaced), then labels and assignees.
  const first = { class: "state", ...signal } as const;
  const boardWrites = { class: "board", key, ...signal } as const;
  // Labels and assignees have a key of their own (not the board's: they never delay it): one
  // incident's are spaced like its board, so a burst's flip-flops coalesce into the newest run.
  const stateWrites = { class: "state", key: `state:${key}`, ...signal } as const;
  const board: { written: { id: number; body: string } | null } = { written: null };
  const stateAdded: TimelineEvent[] = [];
  // Until this run's board is written, the installation's replies and 👍 wait (boards first).
  const release = options.release ?? deps.writes?.holdAnswers() ?? (() => {});
  try {
    await withWrites(first, async () => {
      if (before.board === null && !options.labelsEnsured && (plans[0]?.addLabels.length ?? 0) > 0)
        await ensureRepoLabels(ports, config);
      if (state.actionItemPulls.length > 0)
        state.actionItems = await actionItemsOf(ports, config, state.number, self);
      // Read once per incident, then kept in the board's marker header (`recent-changes.ts`).
      if (state.recentChanges === null && config.changes.limit > 0)
        state.recentChanges = await readRecentChanges(ports, state, config, deps.log);
      if (!closing) {
        const body = render(state);
        const id = await withWrites(boardWrites, () => writeBoard(ports, state, body, self));
        board.written = { id, body };
      }
      release();
      for (const plan of plans)
        stateAdded.push(
          ...(await withWrites(stateWrites, () => applyStateEffects(ports, issue.number, plan, self, at))),
        );
    });
  } finally {
    release();
  }
  const added = [...stateAdded];
  for (const plan of plans)
    added.push(...(await applyAnswers(ports, issue.number, plan, self, at, options.signal)));
  const reverts = await withWrites({ class: "background" }, () =>
    openReverts(ports, state, self, at, deps.log),
  );
  added.push(...reverts);
  // Comments carry ids and links the prediction did not know: derive again from what was written.
  const final =
    plans.some((p) => p.comments.length > 0 || p.close !== null) || reverts.length > 0
      ? deriveFrom([...events, ...added])
      : state;
  final.actionItems = state.actionItems;
  final.recentChanges = state.recentChanges;
  if (closing && !final.open && final.postmortem === null && !final.postmortemFailed)
    final.postmortem = await withWrites({ class: "background" }, () =>
      maybeOpenPostmortem(final, config, deps, form.summary),
    );
  const row = rowOf(final);
  const body = render(final, row);
  const shown = board.written;
  if (shown === null || shown.body !== body) {
    if (shown !== null) Object.assign(final, { board: shown, extraBoards: [] });
    const id = await withWrites({ class: "board", key }, () => writeBoard(ports, final, body, self));
    board.written = { id, body };
  }
  // Chat channels hear the facts they have not heard, after the board (a slow endpoint never
  // delays it); the board then records what they were told (`notify/sent-record.ts`).
  let chatOwed = false;
  if (deps.chat !== undefined && config.notifications.channels.length > 0) {
    const incident = `${ports.repo.owner}/${ports.repo.repo}#${issue.number}`;
    ({ records: told, owed: chatOwed } = await notifyChannels(
      final,
      config,
      told,
      deps.chat,
      incident,
      deps.log,
    ));
    const recorded = render(final, row);
    if (board.written !== null && recorded !== board.written.body) {
      Object.assign(final, { board: board.written, extraBoards: [] });
      await withWrites({ class: "board", key }, () => writeBoard(ports, final, recorded, self));
    }
  }
  if (deps.recheckBoard) await recheckBoard(deps, issue.number, deriveFrom, render, self);
  // The organisation's issue type, when the incident is declared (the run that writes its first
  // board) and has none; after the board: it is not urgent. Later events cost nothing for it.
  if (final.open && before.board === null)
    await withWrites({ class: "background" }, () => ensureIssueType(issue, events, config, deps));
  const previous = before.board === null ? null : readRowMarker(before.board.body);
  const rowChanged = previous === null || !sameRow(previous, row);
  // A failed chat send is owed: the sweep looks at the incident again on its next pass.
  const wake = chatOwed ? now.toISOString() : wakeAt(final, config);
  return { outcome: "handled", incident: summarise(final), row, rowChanged, wakeAt: wake };
}
