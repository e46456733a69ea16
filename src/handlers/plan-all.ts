import type { AckPolicy } from "../core/board/acks.js";
import type { Config } from "../core/config/config.js";
import { isSettled, planEffects } from "../core/effects/plan-effects.js";
import type { Effects } from "../core/effects/types.js";
import type { TimelineEvent } from "../core/events.js";
import type { IncidentState } from "../core/state/types.js";

/**
 * What the history calls for beyond the board, planned to a fixpoint without writing anything:
 * comments the tool posts can carry decisions (an on-call page gives the role), so the plan is made
 * again on the history with the planned writes' events applied, until nothing is left. Returns the
 * plans in order and the state the writes lead to.
 */
export function planAll(
  before: IncidentState,
  events: readonly TimelineEvent[],
  config: Config,
  acks: AckPolicy,
  predict: (effects: Effects, placeholder: () => number) => TimelineEvent[],
  deriveFrom: (history: readonly TimelineEvent[]) => IncidentState,
): { plans: Effects[]; state: IncidentState } {
  const plans: Effects[] = [];
  const predicted = [...events];
  const reacted = new Set<number>(); // reactions are not in the timeline: remember them here
  let placeholder = 0;
  let state = before;
  for (let pass = 0; pass < 3; pass++) {
    const effects = planEffects(state, config, acks);
    effects.reactions = effects.reactions.filter((id) => !reacted.has(id));
    for (const id of effects.reactions) reacted.add(id);
    if (isSettled(effects)) break;
    plans.push(effects);
    const added = predict(effects, () => --placeholder);
    if (added.length === 0) break;
    predicted.push(...added);
    state = deriveFrom(predicted);
  }
  return { plans, state };
}
