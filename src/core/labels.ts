import { type Config, LABELLED_STATUSES, type LabelledStatus } from "./config/config.js";
import { STATUS_COLORS } from "./config/defaults.js";

/** A label as GitHub's labels API takes it: colour is six hex digits without `#`. */
export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

/** GitHub rejects label descriptions longer than this. */
export const LABEL_DESCRIPTION_MAX = 100;

/** Colours of the labels that have no colour option in the config. */
export const LABEL_COLORS = {
  incident: "d73a4a",
  drill: "5319e7",
  postmortem: "0075ca",
  notAnIncident: "cfd3d7",
  dashboard: "bfdadc",
  maintenance: "fef2c0",
  actionItem: "f9d0c4",
  role: "1d76db",
} as const;

const STATUS_DESCRIPTIONS: Record<LabelledStatus, string> = {
  investigating: "Incident status: investigating cause and impact.",
  identified: "Incident status: cause identified, working on mitigation.",
  mitigated: "Incident status: impact mitigated, not yet resolved.",
};

/** Shortens text to GitHub's description limit, on one line. */
export function labelDescription(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= LABEL_DESCRIPTION_MAX) return line;
  return `${line.slice(0, LABEL_DESCRIPTION_MAX - 1).trimEnd()}…`;
}

function spec(name: string, color: string, description: string): LabelSpec {
  return { name, color: color.toLowerCase(), description: labelDescription(description) };
}

/**
 * Every label the tool reads or applies, in a stable order: the incident, drill, postmortem and
 * not-an-incident labels, then each severity (most severe first), each role, each status.
 * `validateConfig` guarantees the names are distinct and fit GitHub's 50 characters.
 */
export function labelSpecs(config: Config): LabelSpec[] {
  const { labels } = config;
  return [
    spec(labels.incident, LABEL_COLORS.incident, "An incident, run by Incident Workflow."),
    spec(labels.drill, LABEL_COLORS.drill, "A practice incident, kept out of metrics."),
    spec(labels.postmortem, LABEL_COLORS.postmortem, "The postmortem of an incident."),
    spec(labels.notAnIncident, LABEL_COLORS.notAnIncident, "Closed as not an incident: no postmortem."),
    spec(
      labels.dashboard,
      LABEL_COLORS.dashboard,
      "The incident dashboard, kept up to date by Incident Workflow.",
    ),
    spec(labels.maintenance, LABEL_COLORS.maintenance, "Scheduled maintenance, shown on the status page."),
    spec(labels.actionItem, LABEL_COLORS.actionItem, "An action item from a postmortem."),
    ...config.severities.map((s) =>
      spec(s.label, s.color, s.description === "" ? `Severity level ${s.rank} (${s.id}).` : s.description),
    ),
    ...config.roles.map((r) =>
      spec(
        r.label,
        LABEL_COLORS.role,
        r.duties === "" ? `Incident role: ${r.name}.` : `${r.name}: ${r.duties}`,
      ),
    ),
    ...LABELLED_STATUSES.map((status) =>
      spec(`${labels.statusPrefix}${status}`, STATUS_COLORS[status], STATUS_DESCRIPTIONS[status]),
    ),
  ];
}
