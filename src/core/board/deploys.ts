import type { IncidentState } from "../state/types.js";
import { inlineText } from "../text/markdown-safe.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What the deploy gate did while the incident was open, per environment, for the board:
 * "production deploys held since 10:04 UTC, 2 rejected; 1 let through as a fix". Null when the gate
 * never answered for it.
 */
export function deploysLine(state: IncidentState, time: (iso: string) => string): string | null {
  const environments = [...new Set(state.deploys.map((d) => d.environment))];
  if (environments.length === 0) return null;
  return environments
    .map((environment) => {
      const entries = state.deploys.filter((d) => d.environment === environment);
      const held = entries.filter((d) => d.state === "held");
      const let_ = entries.length - held.length;
      const name = inlineText(environment, 80);
      const parts: string[] = [];
      if (held[0] !== undefined) {
        const since = time(held[0].at);
        const rejected = `${held.length} rejected`;
        parts.push(
          state.open
            ? `${name} deploys held since ${since}, ${rejected}`
            : `${name} deploys were held from ${since}, ${rejected}`,
        );
      } else parts.push(`${name} deploys`);
      if (let_ > 0) parts.push(`${plural(let_, "let through as a fix", "let through as fixes")}`);
      return parts.join(held.length > 0 ? "; " : ": ");
    })
    .join("; ");
}
