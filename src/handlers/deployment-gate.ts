import { type DeploymentPull, decideDeployment, type GateDecision } from "../core/gate/decide.js";
import type { DeploymentReviewer } from "../github/deployment-ports.js";
import { recordGate } from "./deployment-record.js";
import { blockingIncidents } from "./gate.js";
import { runForIssue } from "./handle-webhook.js";
import type { EngineDeps } from "./types.js";
import { directQueue, type WorkQueue } from "./work-queue.js";

// biome-ignore lint/suspicious/noExplicitAny: webhook JSON at the boundary.
type Json = any;

/** What a `deployment_protection_rule.requested` delivery asks. */
export interface DeploymentRequest {
  environment: string;
  runId: number;
  /** The run on GitHub, for the record on the incident. */
  runUrl: string;
  pulls: DeploymentPull[];
}

export type DeploymentOutcome =
  | { outcome: "ignored"; reason: string }
  | { outcome: "answered"; decision: GateDecision; recordedOn: number[] }
  | { outcome: "invalid-config"; message: string };

/** The run id in `…/actions/runs/<id>/deployment_protection_rule`; NaN when the URL is not one. */
function runIdOf(callback: string): number {
  const key = "/actions/runs/";
  const at = callback.indexOf(key);
  if (at < 0) return Number.NaN;
  const end = callback.indexOf("/", at + key.length);
  return Number(callback.slice(at + key.length, end < 0 ? undefined : end));
}

export function readDeploymentRequest(payload: unknown): DeploymentRequest | null {
  const p = payload as Json;
  const runId = runIdOf(String(p?.deployment_callback_url ?? ""));
  const environment = String(p?.environment ?? p?.deployment?.environment ?? "");
  if (p?.action !== "requested" || !Number.isSafeInteger(runId) || runId <= 0 || environment === "")
    return null;
  const pulls: DeploymentPull[] = (Array.isArray(p.pull_requests) ? p.pull_requests : []).map((pr: Json) => ({
    number: Number(pr?.number),
    title: String(pr?.title ?? ""),
    body: String(pr?.body ?? ""),
  }));
  const html = String(p.repository?.html_url ?? "");
  return { environment, runId, runUrl: `${html}/actions/runs/${runId}`, pulls };
}

/**
 * The app's custom deployment protection rule (`deployment_protection_rule.requested`): answers the
 * waiting run (approve or reject, with why) and records what it did on the incidents concerned —
 * a held deployment on every incident that held it, a fix let through on the incidents its pull
 * request references — once per run (the record's marker); then those incidents are reconciled so
 * their boards show it. An invalid config rejects (the team turned the rule on; the Action's gate
 * fails likewise). Requests: the config, the open incidents, the answer; per incident recorded:
 * its comments, the record, and the incident's own run.
 */
export async function handleDeploymentProtection(
  payload: unknown,
  deps: EngineDeps,
  review: DeploymentReviewer,
  queue: WorkQueue = directQueue,
): Promise<DeploymentOutcome> {
  const request = readDeploymentRequest(payload);
  if (request === null) return { outcome: "ignored", reason: "not a deployment protection request" };
  const { environment, runId } = request;
  const loaded = await deps.loadConfig();
  if (!loaded.ok) {
    const message = loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
    await review(runId, {
      environment,
      state: "rejected",
      comment:
        `Incident Workflow cannot read ${deps.configPath}, so it cannot tell whether an incident holds ${environment}: ${message}`.slice(
          0,
          1000,
        ),
    });
    return { outcome: "invalid-config", message };
  }
  const config = loaded.config;
  const gated = config.gate.environments.includes(environment);
  const level = config.severities.find((s) => s.id === config.gate.blockOn);
  const blocking = gated && level !== undefined ? await blockingIncidents(config, level, deps) : [];
  const decision = decideDeployment({
    environment,
    environments: config.gate.environments,
    blockOn: config.gate.blockOn,
    blocking,
    pulls: request.pulls,
  });
  await review(runId, { environment, state: decision.state, comment: decision.comment });
  if (decision.state === "approved" && decision.why !== "fix-forward")
    return { outcome: "answered", decision, recordedOn: [] };
  const recordedOn: number[] = [];
  for (const incident of decision.incidents) {
    const written = await recordGate(deps, incident, request, decision);
    if (written) recordedOn.push(incident.number);
    const issue = await deps.ports.getIssue(incident.number);
    if (issue !== null) await runForIssue(issue, deps, queue);
  }
  return { outcome: "answered", decision, recordedOn };
}
