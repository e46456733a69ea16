import { httpStatus } from "../github/octokit-like.js";
import type { SubIssuePort } from "../github/ports.js";

/**
 * Makes the issues sub-issues of `parent`, those not already (listed first, so a redelivery adds
 * nothing). `unavailable` when GitHub has no sub-issues API (a 404: older GitHub Enterprise Server):
 * the caller's links in text are all there is, and that is not a failure. A 422 from a concurrent
 * run that added the same issue first is checked by listing again. Requests: one list, one add per
 * issue not yet there.
 */
export async function linkSubIssues(
  ports: SubIssuePort,
  parent: number,
  ids: readonly number[],
): Promise<"linked" | "unavailable"> {
  const existing = await ports.listSubIssues(parent);
  if (existing === null) return "unavailable";
  for (const id of ids) {
    if (existing.includes(id)) continue;
    try {
      if ((await ports.addSubIssue(parent, id)) === "unavailable") return "unavailable";
    } catch (error) {
      if (httpStatus(error) !== 422 || !(await ports.listSubIssues(parent))?.includes(id)) throw error;
    }
  }
  return "linked";
}
