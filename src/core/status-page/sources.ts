/**
 * Which issues feed the status page, decided from the issue lists alone (before any history is
 * read). Pure.
 */
import { authorize } from "../commands/authorize.js";
import type { Config } from "../config/config.js";
import type { IssueSnapshot } from "../events.js";
import { parseMaintenance } from "../maintenance.js";
import { hasLabel } from "../state/label-kind.js";
import type { ScheduledMaintenance } from "./types.js";
import { maintenanceProblem } from "./view-model.js";

const DAY_MS = 864e5;

/**
 * Whether an incident issue can appear at all, so its history is worth reading: not a drill, not
 * closed as not planned or as a duplicate, and, when closed, closed within `historyDays`.
 */
export function mayAppear(issue: IssueSnapshot, config: Config, now: Date): boolean {
  if (issue.isPullRequest || hasLabel(issue.labels, config.labels.drill)) return false;
  if (issue.state === "open") return true;
  if (issue.stateReason === "not_planned" || issue.stateReason === "duplicate") return false;
  const since = now.getTime() - config.statusPage.historyDays * DAY_MS;
  return issue.closedAt === null || Date.parse(issue.closedAt) >= since;
}

export type MaintenanceSource =
  | { ok: true; maintenance: ScheduledMaintenance }
  | { ok: false; number: number; reason: string };

/**
 * A maintenance issue, read from its form. Only issues opened by someone who may run incident
 * commands are published (anyone can open an issue from a form on a public repository); one whose
 * times cannot be read is reported, not shown.
 */
export function scheduledMaintenance(issue: IssueSnapshot, config: Config): MaintenanceSource {
  const author = { login: issue.author.login, association: issue.authorAssociation ?? "NONE" };
  const allowed = authorize({ kind: "maintenance" }, author, config, []);
  if (issue.author.isBot || !allowed.ok) {
    return {
      ok: false,
      number: issue.number,
      reason: `opened by ${issue.author.login}, who may not run incident commands here; not published`,
    };
  }
  const maintenance = { ...parseMaintenance(issue, config), announcedAt: issue.createdAt };
  const problem = maintenance.cancelled ? null : maintenanceProblem(maintenance);
  if (problem !== null) return { ok: false, number: issue.number, reason: `${problem}; not published` };
  return { ok: true, maintenance };
}
