import { followActionItems } from "./follow-action-items.js";
import { runForIssue } from "./handle-webhook.js";
import type { EngineDeps, EngineResult } from "./types.js";
import { directQueue, type WorkQueue } from "./work-queue.js";

// biome-ignore lint/suspicious/noExplicitAny: webhook JSON at the boundary.
type Json = any;

/**
 * `pull_request.closed` (both front doors): a merged postmortem's action items become issues, then
 * the incident is reconciled so its board and the dashboard show them. Anything else is ignored.
 */
export async function handlePullRequest(
  payload: unknown,
  deps: EngineDeps,
  queue: WorkQueue = directQueue,
): Promise<EngineResult> {
  const p = payload as Json;
  const pr = p?.pull_request;
  if (p?.action !== "closed" || !pr) return { outcome: "ignored", reason: "not a closed pull request" };
  const followed = await followActionItems(
    {
      number: pr.number,
      url: pr.html_url ?? "",
      merged: pr.merged === true,
      mergedAt: pr.merged_at ?? null,
      mergeCommitSha: pr.merge_commit_sha ?? null,
      head: pr.head?.ref ?? "",
    },
    deps,
  );
  if (followed.outcome === "invalid-config")
    return { outcome: "ignored", reason: `invalid config: ${followed.message}` };
  if (followed.outcome === "ignored") return followed;
  deps.log.info(
    `postmortem #${pr.number}: ${followed.created.length} action items made into issues` +
      (followed.existing.length > 0 ? `, ${followed.existing.length} already were` : "") +
      (followed.subIssues === "unavailable"
        ? "; GitHub has no sub-issues here (404), so they are linked from the incident's comment only"
        : ""),
  );
  const incident = await deps.ports.getIssue(followed.incident);
  if (incident === null) return { outcome: "ignored", reason: `incident #${followed.incident} is gone` };
  return runForIssue(incident, deps, queue);
}
