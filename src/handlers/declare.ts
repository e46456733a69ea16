import { resolveSeverity } from "../core/commands/resolve.js";
import type { Config, SeverityLevel } from "../core/config/config.js";
import { selfPerson } from "../core/effects/synthetic.js";
import type { TimelineEvent } from "../core/events.js";
import { statusLabel } from "../core/state/label-kind.js";
import {
  ALERT_MARKER,
  alertTextMarker,
  declaredByMarker,
  declaredFromMarker,
  dedupMarker,
  isTool,
  readDedupMarker,
  requestMarker,
} from "../core/state/markers.js";
import { blockText, inlineText } from "../core/text/markdown-safe.js";
import { keepOldestAlert } from "./alert-duplicate.js";
import { refreshDashboard } from "./dashboard.js";
import { ensureRepoLabels } from "./ensure-labels.js";
import { typeForNewIncident } from "./issue-type.js";
import { reconcile } from "./reconcile.js";
import { invalidConfig } from "./report-config.js";
import type { DeclareRequest, EngineDeps, EngineResult } from "./types.js";

/** The requested level (`SEV1`, `sev1`, `1`, a label) or the default; a clear error for anything else. */
function requestedLevel(input: string | undefined, config: Config): SeverityLevel {
  const wanted = (input ?? "").trim();
  const level =
    wanted === ""
      ? config.severities.find((s) => s.id === config.defaultSeverity)
      : resolveSeverity(wanted, config);
  if (!level) {
    throw new Error(
      `unknown severity "${wanted}"; use one of ${config.severities.map((s) => s.id).join(", ")}`,
    );
  }
  return level;
}

/** Room for the summary in the new issue's body (GitHub takes 65,536 characters). */
const SUMMARY_MAX = 60_000;
/** Room for an alert's text in the comment a repeated alert becomes. */
const ALERT_TEXT_MAX = 2_000;

/**
 * The new issue's body: the tool's markers first (its header, the only place they are read from),
 * then the summary, escaped like all text people wrote (an alert's or a workflow input's text never
 * carries live markers, HTML or mentions).
 */
function declaredBody(request: DeclareRequest, marker: string): string {
  const via = request.source
    ? `\`/declare\` on ${request.source.url}`
    : request.alertSource
      ? `an alert from ${request.alertSource}`
      : request.dedupKey
        ? "an alert"
        : "a workflow run";
  const summary = request.summary?.trim();
  return [
    declaredByMarker(request.declaredBy),
    marker,
    ...(request.dedupKey ? [dedupMarker(request.dedupKey)] : []),
    ...(request.source ? [declaredFromMarker(request.source.commentId)] : []),
    summary ? blockText(summary, SUMMARY_MAX) : "_No summary given._",
    "",
    `_Declared by @${request.declaredBy} via ${via}._`,
  ].join("\n");
}

/** A repeated alert on its incident: markers first, then its text escaped (inert mentions and markers). */
function repeatedAlert(request: DeclareRequest): string {
  const text = [request.title, request.summary].filter(Boolean).join(" — ").replaceAll("\n", " ");
  const raw = [...text].slice(0, ALERT_TEXT_MAX).join("");
  return `${ALERT_MARKER}\n${alertTextMarker(raw)}\nAlert repeated: ${inlineText(text, ALERT_TEXT_MAX)}\n`;
}

/**
 * A new incident from outside an issue: `/declare`, workflow_dispatch or an alert. An alert whose
 * `dedupKey` matches an open incident becomes a comment on it instead (alert storms make one
 * incident). The create is never repeated blindly: after an ambiguous failure the new issue is
 * looked for by the request's marker (and, for alerts, the dedup key is looked up before creating).
 * Requests: labels check, create issue, board, board convergence check (+2 for an alert: the dedup
 * lookup before creating, and the check after it that a concurrent alert did not create one first;
 * +1 in an organisation's repository with `issueType` on: its issue types, read once a run).
 */
export async function declare(request: DeclareRequest, deps: EngineDeps): Promise<EngineResult> {
  const { ports } = deps;
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return invalidConfig(loaded.problems, deps.configPath);
  const config = loaded.config;
  requestedLevel(request.severity, config); // an unknown level fails before anything is read
  if (request.dedupKey) {
    // Only an incident this tool declared (its author is the tool) whose header has the key.
    const self = await deps.self();
    const open = await ports.listIssues({ label: config.labels.incident, state: "open" });
    const match = open.find((i) => isTool(i.author, self) && readDedupMarker(i.body) === request.dedupKey);
    if (match) {
      await ports.createComment(match.number, repeatedAlert(request));
      return reconcile(match, await ports.readTimeline(match.number), config, deps);
    }
  }
  return openIncident(request, config, deps);
}

/**
 * Creates the incident (no look-up of an open one with the request's key: the caller did it) and
 * writes its board; an alert's incident that a concurrent alert beat closes itself as a duplicate.
 */
export async function openIncident(
  request: DeclareRequest,
  config: Config,
  deps: EngineDeps,
): Promise<EngineResult> {
  const { ports } = deps;
  const level = requestedLevel(request.severity, config);
  await ensureRepoLabels(ports, config);
  const labels = [
    config.labels.incident,
    level.label,
    statusLabel(config, "investigating"),
    ...(request.drill ? [config.labels.drill] : []),
  ];
  const marker = requestMarker(request.requestId ?? globalThis.crypto.randomUUID());
  const type = await typeForNewIncident(ports, config);
  const issue = await ports.createIssue(
    { title: request.title, body: declaredBody(request, marker), labels, ...(type ? { type } : {}) },
    marker,
  );
  const kept = request.dedupKey ? await keepOldestAlert(deps, config, request.dedupKey, issue) : null;
  if (kept !== null) return reconcile(kept, await ports.readTimeline(kept.number), config, deps);
  // The new issue's history is exactly these labels, set by the tool as it created it.
  const self = selfPerson(await deps.self());
  const timeline: TimelineEvent[] = labels.map((label) => ({
    kind: "labeled",
    id: 0,
    at: issue.createdAt,
    actor: self,
    label,
  }));
  const result = await reconcile({ ...issue, labels: [] }, timeline, config, deps, { labelsEnsured: true });
  if (result.outcome === "handled" && result.row)
    await refreshDashboard(deps, config, { rows: [result.row] });
  return result;
}
