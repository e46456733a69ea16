import type { Config } from "../core/config/config.js";
import { postmortemMarker } from "../core/state/markers.js";
import type { IncidentState } from "../core/state/types.js";
import { openPostmortem } from "./open-postmortem.js";
import type { EngineDeps } from "./types.js";

/**
 * When the incident is closed as completed and has no postmortem yet, opens the postmortem PR
 * (see `open-postmortem.ts`). Returns the link comment as the board should see it.
 */
export async function maybeOpenPostmortem(
  state: IncidentState,
  config: Config,
  deps: EngineDeps,
): Promise<{ linkComment?: { id: number; body: string; url: string }; warning?: string }> {
  if (state.open || state.closeReason !== "completed" || state.postmortem !== null) return {};
  const result = await openPostmortem(state, config, { ports: deps.ports, now: deps.now });
  const out: { linkComment?: { id: number; body: string; url: string }; warning?: string } = {};
  if (result.pr)
    out.linkComment = { id: 0, body: postmortemMarker(result.pr.number, result.pr.url), url: result.pr.url };
  if (result.reason) out.warning = result.reason;
  return out;
}
