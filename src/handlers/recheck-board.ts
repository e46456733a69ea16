import type { IncidentState } from "../core/state/types.js";
import type { EngineDeps } from "./types.js";
import { writeBoard } from "./write-board.js";

/**
 * For several app replicas behind one webhook URL: a board edit is last-writer-wins, so an edit
 * from a replica that read the history earlier can land after a newer one. Re-reading the history
 * after writing and rendering again until the board matches it makes every handler's last look
 * authoritative. Costs one more request per event (more only while replicas race); opt-in.
 */
export async function recheckBoard(
  deps: EngineDeps,
  issue: number,
  derive: (events: Awaited<ReturnType<EngineDeps["ports"]["readTimeline"]>>) => IncidentState,
  render: (state: IncidentState) => string,
  self: string,
  rounds = 3,
): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const state = derive(await deps.ports.readTimeline(issue));
    const body = render(state);
    if (state.board?.body === body && state.extraBoards.length === 0) return;
    await writeBoard(deps.ports, state, body, self);
  }
  deps.log.warn(
    `#${issue}: the board was still changing after ${rounds} re-checks; the next event settles it`,
  );
}
