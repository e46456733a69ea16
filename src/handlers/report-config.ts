import { formatConfigProblems, formatConfigProblemsText } from "../core/config/format-problems.js";
import type { ConfigProblem } from "../core/config/validate.js";
import type { IncidentState } from "../core/state/types.js";
import type { CommentPort } from "../github/ports.js";
import type { EngineResult } from "./types.js";

/**
 * Invalid config: one comment on the incident naming each bad option (edited in place on later
 * events, untouched when unchanged); nothing else is changed.
 */
export async function reportConfigProblems(
  ports: CommentPort,
  state: IncidentState,
  problems: ConfigProblem[],
  configPath: string,
): Promise<EngineResult> {
  const body = formatConfigProblems(problems, configPath);
  if (state.configErrorComment === null) await ports.createComment(state.number, body);
  else if (state.configErrorComment.body !== body)
    await ports.updateComment(state.configErrorComment.id, body);
  return invalidConfig(problems, configPath);
}

export function invalidConfig(problems: ConfigProblem[], configPath: string): EngineResult {
  return { outcome: "invalid-config", problems, message: formatConfigProblemsText(problems, configPath) };
}
