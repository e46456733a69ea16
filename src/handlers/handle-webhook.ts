import type { Config } from "../core/config/config.js";
import { builtInConfig } from "../core/config/default-config.generated.js";
import type { ConfigProblem } from "../core/config/validate.js";
import type { IssueSnapshot, TimelineEvent } from "../core/events.js";
import { isIncidentForm } from "../core/issue-form.js";
import { readActionItemMarker } from "../core/postmortem/action-items.js";
import { deriveState } from "../core/state/derive.js";
import { hasLabel } from "../core/state/label-kind.js";
import { isTool } from "../core/state/markers.js";
import { toIssueSnapshot, toPerson } from "../github/from-github.js";
import { adoptIncidentForm } from "./adopt-form.js";
import { refreshDashboard } from "./dashboard.js";
import { declareFromComments } from "./declare-from-comment.js";
import { BUILT_IN_INCIDENT_LABEL, readsEarly } from "./early-reads.js";
import { hasIncidentType } from "./issue-type.js";
import { isOutsiderForm, onOutsiderForm } from "./outsider-form.js";
import { readPermissions } from "./read-permissions.js";
import { reconcile } from "./reconcile.js";
import { reportConfigProblems } from "./report-config.js";
import type { EngineDeps, EngineResult } from "./types.js";
import { ignoredByPayload } from "./webhook-filter.js";
import { directQueue, HandedOverError, type WorkQueue } from "./work-queue.js";

// biome-ignore lint/suspicious/noExplicitAny: webhook JSON at the boundary.
type Json = any;

const ignored = (reason: string): EngineResult => ({ outcome: "ignored", reason });

/** What a delivery tells the run for its issue: the freshest copy of the issue, and whether a comment may `/declare`. */
interface Hint {
  issue: IssueSnapshot;
  updatedAt: string;
  /** A comment with commands was added or edited. */
  commands: boolean;
  /** One of them may be a `/declare`. */
  declare: boolean;
  /** The dashboard row is written even if the board's did not change (another replica's refresh, adopted). */
  dashboard: boolean;
}

/** A `/declare` line (the parser has the last word); elsewhere than on incidents only these matter. */
const DECLARE_LINE = /^ {0,3}\/declare(\s|$)/im;

const mergeHints = (older: Hint, newer: Hint): Hint => ({
  // Deliveries can arrive out of order: keep the fresher copy of the issue.
  ...(newer.updatedAt >= older.updatedAt ? newer : older),
  commands: older.commands || newer.commands,
  declare: older.declare || newer.declare,
  dashboard: older.dashboard || newer.dashboard,
});

/**
 * The `issues` and `issue_comment` webhooks, for both front doors. A delivery is only a hint that
 * an incident may have changed: the run reconciles it from its whole history, so deliveries that
 * arrive together for one issue share one run (`queue`), and a lost or reordered one is repaired by
 * the next. Ignored without a request: comments by any bot (bots never run commands), the tool's
 * own events, comments without a command line, and issues that are not incidents.
 */
export async function handleWebhook(
  name: "issues" | "issue_comment",
  payload: unknown,
  deps: EngineDeps,
  queue: WorkQueue = directQueue,
): Promise<EngineResult> {
  const p = payload as Json;
  const skip = ignoredByPayload(name, payload);
  if (skip !== undefined) return ignored(skip);
  const sender = toPerson(p.sender);
  const isComment = name === "issue_comment";
  if (sender.isBot && sender.login.toLowerCase() === (await deps.self()).toLowerCase())
    return ignored("the tool's own change");
  const issue = toIssueSnapshot(p.issue);
  const commands = isComment && p.action !== "deleted";
  const declare = commands && DECLARE_LINE.test(String(p.comment?.body ?? ""));
  return runForIssue(issue, deps, queue, { commands, declare });
}

/** The queue's key for one issue, also its lease's and its pending record's (`owner/repo#n`). */
export const incidentKey = (repo: { owner: string; repo: string }, number: number): string =>
  `${repo.owner}/${repo.repo}#${number}`;

/** The run for one issue (from a delivery or the sweep), through the queue: one at a time per issue. */
export function runForIssue(
  issue: IssueSnapshot,
  deps: EngineDeps,
  queue: WorkQueue,
  comment: { commands: boolean; declare: boolean; dashboard?: boolean } = { commands: false, declare: false },
): Promise<EngineResult> {
  const key = incidentKey(deps.ports.repo, issue.number);
  const hint: Hint = {
    issue,
    updatedAt: issue.updatedAt ?? "",
    ...comment,
    dashboard: comment.dashboard === true,
  };
  return queue
    .run(key, hint, mergeHints, (latest, signal) => onIssue(latest, deps, queue, signal))
    .catch((error: unknown) => {
      // Another replica, waiting for the incident's lease, writes what this run had not sent yet.
      if (error instanceof HandedOverError) return { outcome: "ignored", reason: error.message };
      throw error;
    });
}

/** Invalid config: reported on incidents (and on command comments); nothing else happens. */
async function onInvalidConfig(
  hint: Hint,
  problems: ConfigProblem[],
  deps: EngineDeps,
  history: () => Promise<readonly TimelineEvent[]>,
): Promise<EngineResult> {
  const { issue } = hint;
  if (!hasLabel(issue.labels, BUILT_IN_INCIDENT_LABEL) && !hint.commands) {
    return { outcome: "invalid-config", problems, message: "" };
  }
  const timeline = await history();
  const config = builtInConfig();
  const self = await deps.self();
  const permissions = await readPermissions(deps.ports, {
    issue,
    events: timeline,
    config,
    self,
    formAnswers: false,
  });
  const state = deriveState(issue, timeline, config, { now: deps.now(), self, permissions });
  return reportConfigProblems(deps.ports, state, problems, deps.configPath);
}

/**
 * The issue's history, read once; read at once, with the tool's identity, alongside the config when
 * `readsEarly` (the Action may have started these reads already: `client.ts`). A rejection is held
 * until the run asks for the history (or never surfaces when the run ends without it, e.g. a config
 * that renames the label).
 */
function historyReader(issue: IssueSnapshot, deps: EngineDeps): () => Promise<readonly TimelineEvent[]> {
  let read: Promise<readonly TimelineEvent[]> | undefined;
  const history = () => {
    read ??= deps.ports.readTimeline(issue.number);
    return read;
  };
  if (readsEarly(issue.labels)) {
    history().catch(() => {});
    deps.self().catch(() => {});
  }
  return history;
}

/**
 * One run for an issue. Boards first: a run for an incident holds the installation's replies and
 * 👍 from its start (before its reads) until its board is written (`reconcile`), so that after a
 * restart every incident's board goes before any answer; every other path lets go at once.
 */
async function onIssue(
  hint: Hint,
  deps: EngineDeps,
  queue: WorkQueue,
  signal: AbortSignal,
): Promise<EngineResult> {
  const hold = hasLabel(hint.issue.labels, BUILT_IN_INCIDENT_LABEL) ? deps.writes?.holdAnswers() : undefined;
  try {
    return await runOnce(hint, deps, queue, { signal, release: hold ?? (() => {}) });
  } finally {
    hold?.();
  }
}

/**
 * An incident is reconciled (and the dashboard refreshed when its row changed; `signal` says a
 * newer run waits, see `reconcile`); an issue from the incident form without the label becomes
 * one; elsewhere only a `/declare` is looked for.
 */
async function runOnce(
  hint: Hint,
  deps: EngineDeps,
  queue: WorkQueue,
  run: { signal: AbortSignal; release: () => void },
): Promise<EngineResult> {
  const { issue } = hint;
  const { signal, release } = run;
  const history = historyReader(issue, deps);
  const loaded = await deps.loadConfig();
  if (!loaded.ok) {
    release();
    return onInvalidConfig(hint, loaded.problems, deps, history);
  }
  const config = loaded.config;
  // An action item changed (closed, reopened…): its incident's board and dashboard row show it.
  const item =
    hasLabel(issue.labels, config.labels.actionItem) && isTool(issue.author, await deps.self())
      ? readActionItemMarker(issue.body)
      : null;
  if (item !== null && !hasLabel(issue.labels, config.labels.incident)) {
    release();
    const incident = await deps.ports.getIssue(item.incident);
    if (incident === null) return ignored(`action item of #${item.incident}, which is gone`);
    return runForIssue(incident, deps, queue);
  }
  if (!hasLabel(issue.labels, config.labels.incident)) {
    release();
    // Given the incident issue type (by a person: only people who may triage set types): labelled too.
    if (hasIncidentType(issue, config) && issue.state === "open" && !issue.isPullRequest) {
      const adopted = await adoptIncidentForm(issue, await history(), config, deps);
      if (adopted === null)
        return ignored(`#${issue.number} has the incident type, but its label was removed`);
      const result = await reconcile(adopted.issue, adopted.timeline, config, deps, { signal });
      return withDashboard(result, deps, config, queue, hint.dashboard);
    }
    if (isIncidentForm(issue.body) && issue.state === "open" && !issue.isPullRequest) {
      const timeline = await history();
      // Adopting the form declares an incident for its author: only for an author who may decide.
      const self = await deps.self();
      const question = { issue, events: timeline, config, self, formAnswers: true };
      if (isOutsiderForm(issue, config, self, await readPermissions(deps.ports, question)))
        return onOutsiderForm(issue, timeline, config, deps);
      const adopted = await adoptIncidentForm(issue, timeline, config, deps);
      if (adopted !== null)
        return withDashboard(
          await reconcile(adopted.issue, adopted.timeline, config, deps, { signal }),
          deps,
          config,
          queue,
        );
    }
    if (!hint.declare) return ignored(`#${issue.number} is not an incident`);
    return declareFromComments(issue, await history(), config, deps);
  }
  const result = await reconcile(issue, await history(), config, deps, { signal, release });
  return withDashboard(result, deps, config, queue, hint.dashboard);
}

async function withDashboard(
  result: EngineResult,
  deps: EngineDeps,
  config: Config,
  queue: WorkQueue,
  always = false,
): Promise<EngineResult> {
  if (result.outcome === "handled" && (result.rowChanged || always) && result.row)
    await refreshDashboard(deps, config, { rows: [result.row] }, queue);
  return result;
}
