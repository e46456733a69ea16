import type { Config } from "../core/config/config.js";
import { selfPerson } from "../core/effects/synthetic.js";
import type { IssueSnapshot, TimelineEvent } from "../core/events.js";
import type { EngineDeps } from "./types.js";

/**
 * An issue opened from the incident form without the `incident` label (GitHub drops a form's labels
 * the repository does not have yet), or given the incident issue type (`issueType`): the tool
 * applies the label, once, so everything that reads labels keeps working. An issue whose label a
 * person removed is left alone. Returns the issue and history to reconcile, or null.
 */
export async function adoptIncidentForm(
  issue: IssueSnapshot,
  timeline: readonly TimelineEvent[],
  config: Config,
  deps: EngineDeps,
): Promise<{ issue: IssueSnapshot; timeline: TimelineEvent[] } | null> {
  const label = config.labels.incident.toLowerCase();
  const touched = timeline.some(
    (e) => (e.kind === "labeled" || e.kind === "unlabeled") && e.label.toLowerCase() === label,
  );
  if (touched) return null;
  await deps.ports.addLabels(issue.number, [config.labels.incident]);
  const at = deps.now().toISOString();
  const labeled: TimelineEvent = {
    kind: "labeled",
    id: 0,
    at: at > issue.createdAt ? at : issue.createdAt,
    actor: selfPerson(await deps.self()),
    label: config.labels.incident,
  };
  return {
    issue: { ...issue, labels: [...issue.labels, config.labels.incident] },
    timeline: [...timeline, labeled],
  };
}
