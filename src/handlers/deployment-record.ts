import type { BlockingIncident, GateDecision } from "../core/gate/decide.js";
import { gateMarker, isTool, readGateMarker } from "../core/state/markers.js";
import { inlineText } from "../core/text/markdown-safe.js";
import type { DeploymentRequest } from "./deployment-gate.js";
import type { EngineDeps } from "./types.js";

/**
 * Writes on the incident, once per run and environment, what the gate did: the comment's marker is
 * what the incident's state (board, timeline, postmortem) is derived from. Returns whether it wrote.
 */
export async function recordGate(
  deps: Pick<EngineDeps, "ports" | "self">,
  incident: BlockingIncident,
  request: DeploymentRequest,
  decision: Exclude<GateDecision, { why: "not-gated" | "clear" }>,
): Promise<boolean> {
  const comments = await deps.ports.listComments(incident.number);
  if (recorded(comments, await deps.self(), request)) return false;
  const environment = inlineText(request.environment, 80);
  const run = `[run ${request.runId}](${request.runUrl})`;
  const text =
    decision.state === "rejected"
      ? `🚫 Held a deployment to **${environment}** (${run}): this incident is open at ${incident.severity}. A pull request that references it (\`Fixes #${incident.number}\`) is let through.`
      : `✅ Let a deployment to **${environment}** through (${run}) as a fix going forward: pull request ${decision.pulls.map((n) => `#${n}`).join(", ")} references this incident.`;
  const state = decision.state === "rejected" ? "held" : "let";
  await deps.ports.createComment(
    incident.number,
    `${gateMarker(request.runId, state, request.environment)}\n${text}\n`,
  );
  return true;
}

/** Whether a tool comment already records this run and environment (used by `recordGate`). */
export function recorded(
  comments: ReadonlyArray<{ author: string; authorIsBot: boolean; body: string }>,
  self: string,
  request: Pick<DeploymentRequest, "runId" | "environment">,
): boolean {
  return comments.some((c) => {
    if (!isTool({ login: c.author, isBot: c.authorIsBot }, self)) return false;
    const gate = readGateMarker(c.body);
    return gate !== null && gate.run === request.runId && gate.environment === request.environment;
  });
}
