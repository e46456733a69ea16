/**
 * Which issues feed the status page, decided from the issue lists alone (before any history is
 * read). Pure.
 */
import { authorize, needsPermission } from "../commands/authorize.js";
import type { Config } from "../config/config.js";
import type { IssueSnapshot } from "../events.js";
import { parseMaintenance } from "../maintenance.js";
import { hasLabel } from "../state/label-kind.js";
import { canDecide, isAllowedUser, type Permissions, permissionOf } from "../state/trust.js";
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

/** Whether publishing a maintenance issue needs its author's permission, as `/public` does. */
export const maintenanceNeedsPermission = (config: Config): boolean =>
  needsPermission({ kind: "public" }, config);

/**
 * A maintenance issue, read from its form. Only issues opened by someone who may run incident
 * commands are published (anyone can open an issue from a form on a public repository) and, when
 * `/public` needs permission (`commands.requirePermission`), who has triage permission or more
 * (`permissions`: read by the handler for authors whose association does not settle it); one whose
 * times cannot be read is reported, not shown.
 */
export function scheduledMaintenance(
  issue: IssueSnapshot,
  config: Config,
  permissions: Permissions,
): MaintenanceSource {
  const login = issue.author.login;
  const association = issue.authorAssociation ?? "NONE";
  const allowed = authorize({ kind: "maintenance" }, { login, association }, config, []);
  if (issue.author.isBot || !allowed.ok) {
    return {
      ok: false,
      number: issue.number,
      reason: `opened by ${login}, who may not run incident commands here; not published`,
    };
  }
  const permission = permissionOf(login, association, permissions);
  if (maintenanceNeedsPermission(config) && !isAllowedUser(config, login) && !canDecide(permission)) {
    return {
      ok: false,
      number: issue.number,
      reason: `opened by ${login}, who has no triage permission on this repository (publishing needs it, as \`/public\` does); not published`,
    };
  }
  const maintenance = { ...parseMaintenance(issue, config), announcedAt: issue.createdAt };
  const problem = maintenance.cancelled ? null : maintenanceProblem(maintenance);
  if (problem !== null) return { ok: false, number: issue.number, reason: `${problem}; not published` };
  return { ok: true, maintenance };
}
