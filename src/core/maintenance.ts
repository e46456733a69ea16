import type { Config } from "./config/config.js";
import type { IssueSnapshot } from "./events.js";
import { parseIsoTime } from "./issue-form.js";

/**
 * The labels of `.github/ISSUE_TEMPLATE/maintenance.yml`'s fields, as GitHub writes them into the
 * issue body (`### <label>`).
 */
export const MAINTENANCE_FORM_LABELS = {
  summary: "What the public sees",
  startsAt: "Starts at",
  endsAt: "Ends at",
  components: "Components",
} as const;

export interface Maintenance {
  number: number;
  title: string;
  /** The public description (the form's first field); empty when not given. */
  summary: string;
  /** ISO 8601 UTC; null when the form's time was missing or unreadable. */
  startsAt: string | null;
  endsAt: string | null;
  /** Configured component ids it affects. */
  components: string[];
  /** Closed as not planned: cancelled. */
  cancelled: boolean;
}

const NO_RESPONSE = "_No response_";

function field(body: string, label: string): string {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `### ${label.toLowerCase()}`);
  if (start < 0) return "";
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^###\s/.test(l));
  const value = (end < 0 ? rest : rest.slice(0, end)).join("\n").trim();
  return value === NO_RESPONSE ? "" : value;
}

/** A scheduled maintenance issue, read from its form (times in the config's zone unless they say). */
export function parseMaintenance(issue: IssueSnapshot, config: Config): Maintenance {
  const body = issue.body ?? "";
  const time = (label: string) => {
    const text = field(body, label);
    return text === "" ? null : (parseIsoTime(text, config.timeZone) ?? null);
  };
  const named = field(body, MAINTENANCE_FORM_LABELS.components)
    .split(/[\s,]+/)
    .map((w) =>
      w
        .replace(/^- \[x\]\s*/i, "")
        .trim()
        .toLowerCase(),
    )
    .filter((w) => w !== "");
  const components = config.components.filter(
    (c) => named.includes(c.id.toLowerCase()) || named.includes(c.name.toLowerCase()),
  );
  return {
    number: issue.number,
    title: issue.title,
    summary: field(body, MAINTENANCE_FORM_LABELS.summary),
    startsAt: time(MAINTENANCE_FORM_LABELS.startsAt),
    endsAt: time(MAINTENANCE_FORM_LABELS.endsAt),
    components: components.map((c) => c.id),
    cancelled: issue.state === "closed" && issue.stateReason === "not_planned",
  };
}
