import type { Config } from "../core/config/config.js";
import { MARKER_PREFIX } from "../core/state/markers.js";
import type { IncidentState } from "../core/state/types.js";
import { openPostmortem } from "./open-postmortem.js";
import type { EngineDeps } from "./types.js";

/**
 * When the incident is closed as completed and has no postmortem yet, opens the postmortem PR
 * (see `open-postmortem.ts`) and returns it for the board. Problems that left the PR usable (a broken
 * template override, a label or reviewer request refused) are reported on the issue in one comment.
 */
export async function maybeOpenPostmortem(
  state: IncidentState,
  config: Config,
  deps: EngineDeps,
  summary: string | undefined,
): Promise<{ number: number; url: string } | null> {
  if (state.open || state.closeReason !== "completed" || state.postmortem !== null) return null;
  if (!state.closedByDecider) return null;
  const result = await openPostmortem(state, config, { ports: deps.ports, now: deps.now }, { summary });
  if (result.reason) deps.log.info(`postmortem of #${state.number}: ${result.reason}`);
  if (result.warnings.length > 0) {
    const body = [
      `${MARKER_PREFIX}postmortem-warnings -->`,
      "**Postmortem notes**",
      "",
      ...result.warnings.map((w) => `- ${w}`),
      "",
    ];
    await deps.ports.createComment(state.number, body.join("\n"));
  }
  return result.pr;
}
