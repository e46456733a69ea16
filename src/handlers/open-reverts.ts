import { pendingReverts } from "../core/changes/reverts.js";
import { commentEvent } from "../core/effects/synthetic.js";
import type { TimelineEvent } from "../core/events.js";
import { revertMarker } from "../core/state/markers.js";
import type { IncidentState } from "../core/state/types.js";
import { inlineText, mention } from "../core/text/markdown-safe.js";
import type { CommentPort, RevertPort } from "../github/ports.js";
import type { Logger } from "./types.js";

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Opens the reverts `/revert #<pr>` asked for and not yet answered (`pendingReverts`), each recorded
 * at once in a comment of the tool's with its marker: the revert opened, or why GitHub refused it
 * (not tried again for that command; a new `/revert` tries again). The comments are returned as
 * timeline events, so the board the run writes last shows them.
 */
export async function openReverts(
  ports: RevertPort & Pick<CommentPort, "createComment">,
  state: IncidentState,
  self: string,
  at: string,
  log: Pick<Logger, "warn">,
): Promise<TimelineEvent[]> {
  const added: TimelineEvent[] = [];
  for (const request of pendingReverts(state)) {
    let body: string;
    try {
      const revert = await ports.revertPull(request.pull, {
        body: `Reverts #${request.pull}, for incident #${state.number} (\`/revert\` by ${mention(request.by)}).`,
      });
      body = `${revertMarker(request.commentId, request.pull, revert)}\nRevert of #${request.pull} opened: #${revert.number} (asked by ${mention(request.by)} [here](${request.url})).`;
    } catch (error) {
      log.warn(`#${state.number}: the revert of #${request.pull} could not be opened: ${reason(error)}`);
      body = `${revertMarker(request.commentId, request.pull, null)}\nThe revert of #${request.pull} could not be opened: ${inlineText(reason(error), 300)}.`;
    }
    const posted = await ports.createComment(state.number, body);
    added.push(commentEvent(self, posted.id, body, posted.url, at));
  }
  return added;
}
