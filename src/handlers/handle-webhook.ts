import { parseCommands } from "../core/commands/parse.js";
import { type ConfigProblem, defaultConfig } from "../core/config/validate.js";
import type { AuthorAssociation } from "../core/events.js";
import { deriveState } from "../core/state/derive.js";
import { COMMAND_LINE } from "../core/state/fold-comments.js";
import { hasLabel } from "../core/state/label-kind.js";
import { toIssueSnapshot, toPerson } from "../github/from-github.js";
import { coalesce } from "./coalesce.js";
import { declareFromComment } from "./declare-from-comment.js";
import { reconcile } from "./reconcile.js";
import { reportConfigProblems } from "./report-config.js";
import { serialize } from "./serialize.js";
import type { EngineDeps, EngineResult } from "./types.js";

// biome-ignore lint/suspicious/noExplicitAny: webhook JSON at the boundary.
type Json = any;

const ignored = (reason: string): EngineResult => ({ outcome: "ignored", reason });

/**
 * The `issues` and `issue_comment` webhooks, for both front doors. Events sent by bots (this app
 * included) are ignored, as are comments without a command line and issues that are not
 * incidents; none of those writes anything.
 */
export async function handleWebhook(
  name: "issues" | "issue_comment",
  payload: unknown,
  deps: EngineDeps,
): Promise<EngineResult> {
  const p = payload as Json;
  if (!p?.issue) return ignored(`${name} event without an issue`);
  if (toPerson(p.sender).isBot) return ignored(`sent by a bot (${p.sender?.login})`);
  const isComment = name === "issue_comment";
  // A comment matters if it holds a command now or held one before an edit or deletion.
  const bodies: unknown[] = [p.comment?.body, p.changes?.body?.from];
  if (isComment && !bodies.some((b) => typeof b === "string" && COMMAND_LINE.test(b))) {
    return ignored("comment without commands");
  }
  const key = `${deps.ports.repo.owner}/${deps.ports.repo.repo}#${p.issue.number}`;
  if (isComment) return serialize(key, () => onComment(p, deps));
  const closing = p.action === "closed";
  return coalesce(
    key,
    { p, closing },
    (older, newer) => ({
      // Deliveries can arrive out of order: keep the fresher snapshot of the issue.
      p: String(newer.p.issue.updated_at) >= String(older.p.issue.updated_at) ? newer.p : older.p,
      closing: older.closing || newer.closing,
    }),
    (latest) => onIssue(latest.p, latest.closing, deps),
  );
}

/** Invalid config: reported on incidents (and on command comments); nothing else happens. */
async function onInvalidConfig(p: Json, problems: ConfigProblem[], deps: EngineDeps): Promise<EngineResult> {
  const issue = toIssueSnapshot(p.issue);
  if (!hasLabel(issue.labels, defaultConfig().labels.incident) && !p.comment) {
    return { outcome: "invalid-config", problems, message: "" };
  }
  const timeline = await deps.ports.readTimeline(issue.number);
  const state = deriveState(issue, timeline, defaultConfig(), { now: deps.now() });
  return reportConfigProblems(deps.ports, state, problems, deps.configPath);
}

/** Any `issues` event on an incident: re-derive, apply what the state demands, re-render. */
async function onIssue(p: Json, closing: boolean, deps: EngineDeps): Promise<EngineResult> {
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return onInvalidConfig(p, loaded.problems, deps);
  const issue = toIssueSnapshot(p.issue);
  if (!hasLabel(issue.labels, loaded.config.labels.incident))
    return ignored(`#${issue.number} is not an incident`);
  return reconcile(issue, await deps.ports.readTimeline(issue.number), loaded.config, deps, { closing });
}

/** A comment with command lines: run its commands (created), or re-render (edited, deleted). */
async function onComment(p: Json, deps: EngineDeps): Promise<EngineResult> {
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return onInvalidConfig(p, loaded.problems, deps);
  const config = loaded.config;
  const issue = toIssueSnapshot(p.issue);
  const isIncident = hasLabel(issue.labels, config.labels.incident);
  if (p.action !== "created") {
    if (!isIncident) return ignored(`#${issue.number} is not an incident`);
    return reconcile(issue, await deps.ports.readTimeline(issue.number), config, deps);
  }
  const comment = p.comment;
  const commands = parseCommands(comment.body ?? "", config, { now: new Date(comment.created_at) });
  if (commands.length === 0) return ignored("comment without commands");
  const trigger = {
    id: comment.id as number,
    author: comment.user.login as string,
    association: (comment.author_association ?? "NONE") as AuthorAssociation,
    commands,
  };
  if (!isIncident) {
    const declare = commands.find((c) => c.kind === "declare");
    if (!declare) return ignored(`#${issue.number} is not an incident`);
    return declareFromComment(issue, trigger, declare, config, deps);
  }
  return reconcile(issue, await deps.ports.readTimeline(issue.number), config, deps, { comment: trigger });
}
