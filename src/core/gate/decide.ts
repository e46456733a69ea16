import { inlineText } from "../text/markdown-safe.js";
import { referencedIssues } from "./references.js";

/** An open incident (not a drill) at or above the gate's level. */
export interface BlockingIncident {
  number: number;
  title: string;
  url: string;
  severity: string;
}

/** A pull request the deployment carries (the payload's `pull_requests`). */
export interface DeploymentPull {
  number: number;
  title: string;
  body: string;
}

export interface GateQuestion {
  environment: string;
  /** `gate.environments`: only these are held. */
  environments: readonly string[];
  blockOn: string;
  /** The open incidents that hold deployments now, most severe first. */
  blocking: readonly BlockingIncident[];
  pulls: readonly DeploymentPull[];
}

export type GateDecision =
  | { state: "approved"; why: "not-gated" | "clear"; comment: string }
  | {
      state: "approved";
      why: "fix-forward";
      comment: string;
      /** The blocking incidents the pull requests reference (the record goes on them). */
      incidents: BlockingIncident[];
      pulls: number[];
    }
  | { state: "rejected"; comment: string; incidents: BlockingIncident[] };

/** GitHub shows the comment on the run; a long list is cut. */
const MAX_LISTED = 5;

const listed = (incidents: readonly BlockingIncident[]) => {
  const shown = incidents
    .slice(0, MAX_LISTED)
    .map((i) => `#${i.number} (${i.severity}: ${inlineText(i.title, 80)})`);
  const more = incidents.length - shown.length;
  return `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
};

/**
 * The deployment protection rule (pure): environments not named in `gate.environments` pass;
 * otherwise an open incident at or above the level holds the deployment, unless one of its pull
 * requests references one of those incidents in its title or body (the fix going forward).
 */
export function decideDeployment(q: GateQuestion): GateDecision {
  if (!q.environments.includes(q.environment)) {
    return {
      state: "approved",
      why: "not-gated",
      comment: `Incident Workflow does not hold ${q.environment} (not in gate.environments).`,
    };
  }
  if (q.blocking.length === 0) {
    return {
      state: "approved",
      why: "clear",
      comment: `No open incident at or above ${q.blockOn}: deployments to ${q.environment} may go ahead.`,
    };
  }
  const numbers = new Set(q.blocking.map((i) => i.number));
  const pulls: number[] = [];
  const fixed = new Set<number>();
  for (const pull of q.pulls) {
    const refs = referencedIssues(`${pull.title}\n${pull.body}`).filter((n) => numbers.has(n));
    if (refs.length === 0) continue;
    pulls.push(pull.number);
    for (const n of refs) fixed.add(n);
  }
  if (pulls.length > 0) {
    const incidents = q.blocking.filter((i) => fixed.has(i.number));
    const by = pulls.map((n) => `#${n}`).join(", ");
    return {
      state: "approved",
      why: "fix-forward",
      comment: `Approved as a fix going forward: pull request ${by} references the open incident ${listed(incidents)}.`,
      incidents,
      pulls,
    };
  }
  return {
    state: "rejected",
    comment: `Held by Incident Workflow: open incident at or above ${q.blockOn}: ${listed(q.blocking)}. A pull request that references the incident (\`Fixes #${q.blocking[0]!.number}\`) is let through.`,
    incidents: [...q.blocking],
  };
}
