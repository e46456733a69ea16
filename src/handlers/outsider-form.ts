import type { Config } from "../core/config/config.js";
import type { IssueSnapshot, TimelineEvent } from "../core/events.js";
import { isIncidentForm } from "../core/issue-form.js";
import { MARKER_PREFIX } from "../core/state/markers.js";
import { authorMayDecide, DECIDING_PERMISSION, type Permissions, selfMatcher } from "../core/state/trust.js";
import type { EngineDeps, EngineResult } from "./types.js";

/** Starts the one answer to an incident form its author may not declare. */
export const OUTSIDER_FORM_MARKER = `${MARKER_PREFIX}outsider-form -->`;

/** Whether the issue is an incident form (open, not a pull request) whose author may not decide. */
export function isOutsiderForm(
  issue: IssueSnapshot,
  config: Config,
  self: string,
  permissions: Permissions,
): boolean {
  if (issue.state !== "open" || issue.isPullRequest || !isIncidentForm(issue.body)) return false;
  return !authorMayDecide({ config, issue, isSelf: selfMatcher(self), permissions });
}

/** The answer: what happened, and who can declare it. Mentions nobody. */
export function outsiderFormReply(config: Config): string {
  return [
    OUTSIDER_FORM_MARKER,
    "Thank you for the report. Only people with " +
      `${DECIDING_PERMISSION} permission or more on this repository can declare an incident, so this ` +
      "issue has not been declared one: no severity was set and nobody was paged or notified.",
    "",
    `A maintainer who confirms it declares it by adding the \`${config.labels.incident}\` label ` +
      "(removing it first if the form already applied it).",
    "",
  ].join("\n");
}

/**
 * An issue from the incident form whose author may not decide (no triage permission; GitHub
 * applies a form's labels on its author's behalf): not adopted, not declared. Left alone, or,
 * with `commands.outsiderForms: reply`, answered once while it is open (the tool's comment with
 * `OUTSIDER_FORM_MARKER` in the history says it was).
 */
export async function onOutsiderForm(
  issue: IssueSnapshot,
  timeline: readonly TimelineEvent[],
  config: Config,
  deps: EngineDeps,
): Promise<EngineResult> {
  const reason = `#${issue.number} is an incident form by someone who may not declare incidents (no ${DECIDING_PERMISSION} permission)`;
  if (config.commands.outsiderForms !== "reply" || issue.state !== "open")
    return { outcome: "ignored", reason };
  const isSelf = selfMatcher(await deps.self());
  const answered = timeline.some(
    (e) => e.kind === "commented" && isSelf(e.actor) && e.body.startsWith(OUTSIDER_FORM_MARKER),
  );
  if (!answered) await deps.ports.createComment(issue.number, outsiderFormReply(config));
  return { outcome: "ignored", reason: `${reason}${answered ? "; already answered" : "; answered"}` };
}
