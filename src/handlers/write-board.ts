import { BOARD_MARKER } from "../core/state/markers.js";
import type { IncidentState } from "../core/state/types.js";
import type { CommentPort } from "../github/ports.js";

/**
 * Writes the board: edits the existing one in place (skipped when unchanged, so a redelivered event
 * writes nothing), or creates it. After creating, it lists the comments once: if another handler
 * (another replica) created a board at the same moment, the oldest wins and ours is deleted. Only
 * comments by this tool (`self`) count as boards, whatever marker another account's comment carries.
 * Extra boards left by an earlier race are deleted whenever they are seen.
 */
export async function writeBoard(
  ports: CommentPort,
  state: IncidentState,
  body: string,
  self: string,
): Promise<number> {
  for (const extra of state.extraBoards) await ports.deleteComment(extra);
  if (state.board) {
    if (state.board.body !== body) await ports.updateComment(state.board.id, body);
    return state.board.id;
  }
  const created = await ports.createComment(state.number, body);
  const boards = (await ports.listComments(state.number))
    .filter((c) => c.authorIsBot && c.author.toLowerCase() === self.toLowerCase())
    .filter((c) => c.body.startsWith(BOARD_MARKER))
    .map((c) => c.id)
    .sort((a, b) => a - b);
  const oldest = boards[0];
  if (oldest === undefined || oldest === created.id) return created.id;
  await ports.deleteComment(created.id);
  await ports.updateComment(oldest, body);
  return oldest;
}
