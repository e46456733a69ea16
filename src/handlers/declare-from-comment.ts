import { authorize, mayRunCommands } from "../core/commands/authorize.js";
import { commandLines, MAX_COMMAND_LINES } from "../core/commands/command-lines.js";
import { parseCommands } from "../core/commands/parse.js";
import type { Config } from "../core/config/config.js";
import type { CommentEvent as Comment, IssueSnapshot, TimelineEvent } from "../core/events.js";
import { deriveState } from "../core/state/derive.js";
import { replyMarker } from "../core/state/markers.js";
import type { IncidentState } from "../core/state/types.js";
import { declare } from "./declare.js";
import type { EngineDeps, EngineResult } from "./types.js";

/** `/declare` comments older than this are history, not requests (e.g. from before the tool was installed). */
const FRESH_MS = 24 * 3600_000;

/**
 * `/declare [SEVn] <title>` on an issue or PR that is not an incident: opens a new incident that
 * links back, and replies there with the link. Derived from the history like everything else: a
 * `/declare` is done once its reply is there (marker) or an incident declared from it references
 * this issue; a lost delivery is picked up by the next comment with a command on the issue.
 */
export async function declareFromComments(
  issue: IssueSnapshot,
  timeline: readonly TimelineEvent[],
  config: Config,
  deps: EngineDeps,
): Promise<EngineResult> {
  const self = await deps.self();
  const now = deps.now();
  const state = deriveState(issue, timeline, config, { now, self });
  let result: EngineResult = { outcome: "ignored", reason: `#${issue.number} is not an incident` };
  for (const event of timeline) {
    if (event.kind !== "commented" || event.actor.isBot || state.repliedTo.has(event.id)) continue;
    if (now.getTime() - Date.parse(event.at) > FRESH_MS) continue;
    const may = mayRunCommands({ login: event.actor.login, association: event.association }, config);
    if (!may.ok) {
      // Refused before parsing: a bounded pass finds a `/declare` line without reading its arguments.
      if (commandLines(event.body, MAX_COMMAND_LINES).some((l) => l.name.toLowerCase() === "declare"))
        result = await refuse(issue, event, may.reason, deps);
      continue;
    }
    const command = parseCommands(event.body, config, { now: new Date(event.at) }).find(
      (c) => c.kind === "declare",
    );
    if (command?.kind === "declare") result = await declareOne(issue, state, event, command, config, deps);
  }
  return result;
}

/** The reply to a `/declare` by someone who may not run commands. */
async function refuse(
  issue: IssueSnapshot,
  comment: Comment,
  reason: string,
  deps: EngineDeps,
): Promise<EngineResult> {
  const text = `\`/declare\` was not run: ${reason}.`;
  await deps.ports.createComment(
    issue.number,
    `${replyMarker(comment.id)}\n@${comment.actor.login} ${text}\n`,
  );
  return { outcome: "ignored", reason };
}

async function declareOne(
  issue: IssueSnapshot,
  state: IncidentState,
  comment: Comment,
  command: { title: string; severity?: string; drill?: boolean },
  config: Config,
  deps: EngineDeps,
): Promise<EngineResult> {
  const { ports } = deps;
  const author = comment.actor.login;
  const reply = (text: string) =>
    ports.createComment(issue.number, `${replyMarker(comment.id)}\n@${author} ${text}\n`);
  const auth = authorize(
    { kind: "declare" },
    { login: author, association: comment.association },
    config,
    [],
  );
  if (!auth.ok) {
    await reply(`\`/declare\` was not run: ${auth.reason}.`);
    return { outcome: "ignored", reason: auth.reason };
  }
  const earlier = state.declaredFrom.get(comment.id);
  if (earlier !== undefined) {
    await reply(`declared incident #${earlier.number}.`);
    return { outcome: "ignored", reason: `already declared from this comment: #${earlier.number}` };
  }
  const result = await declare(
    {
      title: command.title,
      ...(command.severity ? { severity: command.severity } : {}),
      ...(command.drill ? { drill: true } : {}),
      summary: `Declared from #${issue.number}.`,
      declaredBy: author,
      source: { issue: issue.number, commentId: comment.id, url: issue.url },
      requestId: `declare-${comment.id}`,
    },
    deps,
  );
  if (result.outcome === "handled") {
    await reply(`declared incident #${result.incident.number} (${result.incident.severity}).`);
  }
  return result;
}
