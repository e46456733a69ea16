import type { Emulator } from "./emulator.js";
import type { Violation } from "./server.js";

export {
  ACTIONS_TOKEN,
  type Emulator,
  type EmulatorOptions,
  type RepoHandle,
  startEmulator,
} from "./emulator.js";
export type { FaultSpec } from "./faults.js";
export type { Human } from "./human.js";
export { type LimitStats, maxInWindow } from "./limit-stats.js";
export type { AuthorAssociation, Permission } from "./model.js";
export {
  getValidator,
  type RequestLike,
  type ValidationResult,
  validateRequest,
} from "./openapi-validator.js";
export {
  createsContent,
  GITHUB_LIMITS,
  GITHUB_SECONDARY_LIMITS,
  SECONDARY_LIMIT_MESSAGE,
  type SecondaryLimitOptions,
} from "./secondary-limits.js";
export type { RecordedRequest, Violation } from "./server.js";
export { exampleFor, type PayloadOf, type Webhook } from "./webhooks.js";

function format(list: readonly Violation[]): string {
  return list.map((v) => `  ${v.method} ${v.path}: ${v.error}`).join("\n");
}

/**
 * Throws (failing the test) when any request broke GitHub's OpenAPI contract, or — with
 * `validateResponses` — when the emulator answered outside GitHub's documented schema.
 * Use in `afterEach(() => expectNoViolations(emu))`.
 */
export function expectNoViolations(emu: Pick<Emulator, "violations" | "responseViolations">): void {
  const problems: string[] = [];
  if (emu.violations.length)
    problems.push(`requests outside GitHub's API contract:\n${format(emu.violations)}`);
  if (emu.responseViolations.length) {
    problems.push(`emulator responses outside GitHub's schema:\n${format(emu.responseViolations)}`);
  }
  if (problems.length) throw new Error(problems.join("\n"));
}
