import { alertHistory } from "../core/alerts/alert-history.js";
import { type AlertFacts, mapAlert } from "../core/alerts/map-alert.js";
import type { AlertNotification, AlertSource } from "../core/alerts/notification.js";
import type { Config } from "../core/config/config.js";
import { formatConfigProblemsText } from "../core/config/format-problems.js";
import type { IssueSnapshot } from "../core/events.js";
import { statusLabel } from "../core/state/label-kind.js";
import { alertCountMarker, alertStateMarker, isTool, readDedupMarker } from "../core/state/markers.js";
import { openIncident } from "./declare.js";
import { runForIssue } from "./handle-webhook.js";
import type { EngineDeps, EngineResult } from "./types.js";
import type { WorkQueue } from "./work-queue.js";

/** Notifications for one key that arrived together: runs of one status, in order, each counted. */
type Batch = Array<{ facts: AlertFacts; count: number }>;

const SOURCE_NAMES: Readonly<Record<AlertSource, string>> = {
  alertmanager: "Alertmanager",
  grafana: "Grafana",
  pagerduty: "PagerDuty",
  generic: "",
};

/** Joins a newer batch to an older one; runs of the same status fold into one (the newest facts, summed counts). */
function mergeBatches(older: Batch, newer: Batch): Batch {
  const out = [...older];
  for (const run of newer) {
    const last = out[out.length - 1];
    if (last !== undefined && last.facts.status === run.facts.status)
      out[out.length - 1] = { facts: run.facts, count: last.count + run.count };
    else out.push(run);
  }
  return out;
}

export type PreparedAlert =
  | { ok: false; message: string }
  | { ok: true; keys: number; run: () => Promise<EngineResult[]> };

/**
 * An alert notification, checked against the repository's config before anything is written:
 * `ok: false` (invalid config, a field the mapping needs is missing) writes nothing. `run` then
 * does the work, one key at a time through `queue` (concurrent notifications for one key never
 * open two incidents; with Redis the queue's lease covers every replica).
 */
export async function prepareAlert(
  notification: AlertNotification,
  deps: EngineDeps,
  queue: WorkQueue,
  declaredBy: string,
): Promise<PreparedAlert> {
  const loaded = await deps.loadConfig();
  if (!loaded.ok)
    return {
      ok: false,
      message: `no alert is taken: ${formatConfigProblemsText(loaded.problems, deps.configPath)}`,
    };
  const config = loaded.config;
  const mapped = mapAlert(notification, config);
  if (!mapped.ok) return mapped;
  const run = () =>
    Promise.all(
      mapped.value.map((facts) => {
        if (facts.key === null) return openIncident(request(facts, declaredBy), config, deps);
        const key = `${deps.ports.repo.owner}/${deps.ports.repo.repo}@alert:${facts.key}`;
        const batch: Batch = [{ facts, count: 1 }];
        return queue.run(key, batch, mergeBatches, (all) => ingest(all, config, deps, queue, declaredBy));
      }),
    );
  return { ok: true, keys: mapped.value.length, run };
}

function request(facts: AlertFacts, declaredBy: string) {
  const source = SOURCE_NAMES[facts.source];
  return {
    title: facts.title,
    severity: facts.severity,
    summary: facts.summary,
    declaredBy,
    ...(facts.key === null ? {} : { dedupKey: facts.key }),
    ...(source === "" ? {} : { alertSource: source }),
  };
}

const ignored = (reason: string): EngineResult => ({ outcome: "ignored", reason });

/**
 * One key's notifications: the open incident with the key (opened by the tool) takes them; with
 * none, the first firing one opens it (resolved ones before it have nothing to resolve). Then a
 * change of status is noted once (a comment: "all alerts resolved", "firing again"), every
 * notification is counted in one comment edited in place, and with `alerts.resolved: mitigate`
 * the status becomes mitigated. The incident is then reconciled (its board) through its own lane.
 */
async function ingest(
  batch: Batch,
  config: Config,
  deps: EngineDeps,
  queue: WorkQueue,
  declaredBy: string,
): Promise<EngineResult> {
  const { ports } = deps;
  const key = batch[0]?.facts.key ?? "";
  const self = await deps.self();
  const open = await ports.listIssues({ label: config.labels.incident, state: "open" });
  let issue: IssueSnapshot | undefined = open.find(
    (i) => isTool(i.author, self) && readDedupMarker(i.body) === key,
  );
  let runs = batch;
  if (issue === undefined) {
    const first = runs.findIndex((r) => r.facts.status === "firing");
    const opening = runs[first];
    if (opening === undefined) return ignored(`all alerts resolved; no open incident has the key ${key}`);
    const opened = await openIncident(request(opening.facts, declaredBy), config, deps);
    runs = [{ ...opening, count: opening.count - 1 }, ...runs.slice(first + 1)].filter((r) => r.count > 0);
    if (runs.length === 0 || opened.outcome !== "handled") return opened;
    issue = (await ports.getIssue(opened.incident.number)) ?? undefined;
    if (issue === undefined) return opened;
  }
  const history = alertHistory(issue, await ports.readTimeline(issue.number), config, self);
  let { status, notifications } = history;
  for (const run of runs) {
    if (run.facts.status !== status) {
      status = run.facts.status;
      await ports.createComment(issue.number, stateComment(run.facts));
    }
    notifications += run.count;
  }
  if (notifications !== history.notifications) {
    const body = countComment(notifications, runs[runs.length - 1]?.facts, deps.now());
    if (history.countComment === null) await ports.createComment(issue.number, body);
    else await ports.updateComment(history.countComment.id, body);
  }
  const owes = status === "resolved" && (history.owesMitigated || history.status !== "resolved");
  if (owes && config.alerts.resolved === "mitigate" && issue.state === "open") {
    const mitigated = statusLabel(config, "mitigated");
    if (!issue.labels.includes(mitigated)) {
      await ports.addLabels(issue.number, [mitigated]);
      for (const s of ["investigating", "identified"] as const)
        if (issue.labels.includes(statusLabel(config, s)))
          await ports.removeLabel(issue.number, statusLabel(config, s));
    }
  }
  return runForIssue(issue, deps, queue);
}

/** A change of the alerts' state: its marker first (the only place it is read from), then plain words. */
function stateComment(facts: AlertFacts): string {
  const what =
    facts.status === "resolved"
      ? "**All alerts resolved.** Closing the incident stays a person's decision."
      : `**Alerts firing again** (${facts.firing} firing).`;
  return `${alertStateMarker(facts.status)}\n${what}\n`;
}

function countComment(count: number, latest: AlertFacts | undefined, now: Date): string {
  const state =
    latest === undefined
      ? ""
      : ` The latest says ${latest.status}: ${latest.firing} firing, ${latest.resolved} resolved (${now.toISOString()}).`;
  return `${alertCountMarker(count)}\n**Alert notifications:** ${count} received for this incident.${state}\n`;
}
