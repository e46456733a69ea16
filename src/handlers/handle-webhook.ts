import { parseCommands } from "../core/commands/parse.js";
import { defaultConfig } from "../core/config/validate.js";
import type { AuthorAssociation } from "../core/events.js";
import { deriveState } from "../core/state/derive.js";
import { COMMAND_LINE } from "../core/state/fold-comments.js";
import { hasLabel } from "../core/state/label-kind.js";
import { toIssueSnapshot, toPerson } from "../github/from-github.js";
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
  const issue = toIssueSnapshot(p.issue);
  const key = `${deps.ports.repo.owner}/${deps.ports.repo.repo}#${issue.number}`;
  return serialize(key, async () => {
    const loaded = await deps.loadConfig();
    if (!loaded.ok) {
      if (!hasLabel(issue.labels, defaultConfig().labels.incident) && !isComment) {
        return { outcome: "invalid-config", problems: loaded.problems, message: "" };
      }
      const timeline = await deps.ports.readTimeline(issue.number);
      const state = deriveState(issue, timeline, defaultConfig(), { now: deps.now() });
      return reportConfigProblems(deps.ports, state, loaded.problems, deps.configPath);
    }
    const config = loaded.config;
    const isIncident = hasLabel(issue.labels, config.labels.incident);
    if (isComment && p.action === "created") {
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
      return reconcile(issue, await deps.ports.readTimeline(issue.number), config, deps, {
        comment: trigger,
      });
    }
    if (!isIncident) return ignored(`#${issue.number} is not an incident`);
    const closing = name === "issues" && p.action === "closed";
    return reconcile(issue, await deps.ports.readTimeline(issue.number), config, deps, { closing });
  });
}
