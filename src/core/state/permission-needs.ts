import { needsPermission } from "../commands/authorize.js";
import { COMMAND_LINE } from "../commands/command-line.js";
import { parseCommands } from "../commands/parse.js";
import type { Config } from "../config/config.js";
import type { IssueSnapshot, Person, TimelineEvent } from "../events.js";
import { BODY_COMMANDS, type CommandCache, commandsOf } from "./fold-comments.js";
import { withCreationLabels } from "./history-order.js";
import { needsAsking } from "./trust.js";

/** What the derivation will ask about, besides the history. */
export interface PermissionQuestion {
  issue: IssueSnapshot;
  events: readonly TimelineEvent[];
  config: Config;
  isSelf: (person: Person) => boolean;
  /** The issue form's answers would be applied (a severity, a start) if the author may decide. */
  formAnswers: boolean;
  /** The run's parsed commands (shared with its derivations, so nothing is parsed twice). */
  commands?: CommandCache | undefined;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Whether the issue's author did something only their permission can make count. */
function authorActs(q: PermissionQuestion): boolean {
  const author = q.issue.author;
  if (q.formAnswers) return true;
  const acted = withCreationLabels(q.issue, q.events).some(
    (e) =>
      (e.kind === "labeled" || e.kind === "unlabeled" || e.kind === "closed") &&
      !q.isSelf(e.actor) &&
      same(e.actor.login, author.login),
  );
  if (acted || !COMMAND_LINE.test(q.issue.body)) return acted;
  return parseCommands(q.issue.body, q.config, { now: new Date(q.issue.createdAt) }).some(
    (c) => BODY_COMMANDS.has(c.kind) && needsPermission(c, q.config),
  );
}

/**
 * The people whose repository permission the derivation needs and their association does not
 * settle (lower-cased logins, each once): the issue's author when they labelled or closed it, or
 * their form's answers or body commands would count; and the authors of comments with a command
 * in `commands.requirePermission` whose association may run commands. Everyone else costs no
 * request: people who label or close someone else's issue have triage by GitHub's own rules.
 */
export function whosePermission(q: PermissionQuestion): string[] {
  const { config } = q;
  const wanted = new Set<string>();
  const author = q.issue.author;
  if (!q.isSelf(author) && needsAsking(config, author, q.issue.authorAssociation) && authorActs(q))
    wanted.add(author.login.toLowerCase());
  if (config.commands.requirePermission.length === 0) return [...wanted];
  for (const e of q.events) {
    if (e.kind !== "commented" || e.actor.isBot || wanted.has(e.actor.login.toLowerCase())) continue;
    if (!config.commands.allow.includes(e.association) || !needsAsking(config, e.actor, e.association))
      continue;
    if (!COMMAND_LINE.test(e.body)) continue;
    if (commandsOf(q.commands, e, config).some((c) => needsPermission(c, config)))
      wanted.add(e.actor.login.toLowerCase());
  }
  return [...wanted];
}
