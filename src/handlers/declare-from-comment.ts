import { authorize } from "../core/commands/authorize.js";
import type { CommandOf } from "../core/commands/types.js";
import type { Config } from "../core/config/config.js";
import type { TriggerComment } from "../core/effects/plan-command.js";
import type { IssueSnapshot } from "../core/events.js";
import { deriveState } from "../core/state/derive.js";
import { replyMarker } from "../core/state/markers.js";
import { declare } from "./declare.js";
import type { EngineDeps, EngineResult } from "./types.js";

/**
 * `/declare [SEVn] <title>` on an issue or PR that is not an incident: opens a new incident that
 * links back, and replies there with the link. The reply's marker makes a redelivery a no-op.
 */
export async function declareFromComment(
  issue: IssueSnapshot,
  comment: TriggerComment,
  command: CommandOf<"declare">,
  config: Config,
  deps: EngineDeps,
): Promise<EngineResult> {
  const { ports } = deps;
  const state = deriveState(issue, await ports.readTimeline(issue.number), config, { now: deps.now() });
  if (state.repliedTo.has(comment.id))
    return { outcome: "ignored", reason: "already declared from this comment" };
  const auth = authorize(command, { login: comment.author, association: comment.association }, config, []);
  if (!auth.ok) {
    await ports.createComment(
      issue.number,
      `${replyMarker(comment.id)}\n@${comment.author} \`/declare\` was not run: ${auth.reason}.\n`,
    );
    return { outcome: "ignored", reason: auth.reason };
  }
  const result = await declare(
    {
      title: command.title,
      ...(command.severity ? { severity: command.severity } : {}),
      summary: `Declared from #${issue.number}.`,
      declaredBy: comment.author,
      source: { issue: issue.number, commentId: comment.id, url: issue.url },
    },
    deps,
  );
  if (result.outcome === "handled") {
    await ports.createComment(
      issue.number,
      `${replyMarker(comment.id)}\n@${comment.author} declared incident #${result.incident.number} (${result.incident.severity}).\n`,
    );
  }
  return result;
}
