import type { FlowStep } from "../config/schema.js";
import type { IncidentState } from "../state/types.js";

export interface FlowItem {
  id: string;
  title: string;
  done: boolean;
  /** Ticked by hand (`/done <id>`) rather than proven by the state. */
  manual: boolean;
}

function proven(state: IncidentState, auto: string | undefined): boolean {
  if (auto === undefined) return false;
  if (auto.startsWith("role:"))
    return state.roles.some((r) => r.role.id === auto.slice(5) && r.holders.length > 0);
  switch (auto) {
    case "status:investigating":
      return true;
    case "status:identified":
      return state.identifiedAt !== null || state.mitigatedAt !== null || state.resolvedAt !== null;
    case "status:mitigated":
      return state.mitigatedAt !== null || state.resolvedAt !== null;
    case "status:resolved":
      return state.resolvedAt !== null;
    case "postmortem":
      return state.postmortem !== null;
    case "severity-confirmed":
      return state.severityConfirmed;
    default:
      return false;
  }
}

/** The severity's response flow with each step ticked by the state's evidence or by `/done`. */
export function responseFlow(state: IncidentState, steps: readonly FlowStep[]): FlowItem[] {
  return steps.map((step) => {
    const auto = proven(state, step.auto);
    const manual = state.doneSteps.has(step.id.toLowerCase());
    return { id: step.id, title: step.title, done: auto || manual, manual: manual && !auto };
  });
}
