/**
 * Plays a scenario against a running sandbox: each step after its pause (divided by `speed`), done
 * as its person, then waits for the app to finish what it started, so the next step meets the
 * state a team would see. A step GitHub would refuse, or a delivery the app refused, stops the
 * play with an error naming the step.
 */
import type { SandboxAction } from "./actions.js";
import type { Sandbox } from "./boot.js";
import type { Scenario, ScenarioStep } from "./scenario.js";

export interface PlayOptions {
  /** 2 plays twice as fast; pauses are `after / speed` seconds. */
  speed: number;
  log?: (line: string) => void;
  /** Stops the play between steps. */
  signal?: AbortSignal;
}

export interface Played {
  /** The incident the scenario declared. */
  issue: number;
  steps: number;
}

function actionOf(step: ScenarioStep, issue: number): SandboxAction {
  const as = step.as;
  if (step.declare !== undefined) return { kind: "declare", as, form: step.declare };
  if (step.comment !== undefined) return { kind: "comment", as, issue, body: step.comment };
  if (step.label !== undefined) return { kind: "label", as, issue, label: step.label };
  if (step.unlabel !== undefined) return { kind: "unlabel", as, issue, label: step.unlabel };
  if (step.close !== undefined) return { kind: "close", as, issue, reason: step.close };
  return { kind: "reopen", as, issue };
}

function describe(step: ScenarioStep): string {
  if (step.declare !== undefined) return `declares "${step.declare.title}"`;
  if (step.comment !== undefined) return `comments: ${step.comment.split("\n")[0] ?? ""}`;
  if (step.label !== undefined) return `adds the label ${step.label}`;
  if (step.unlabel !== undefined) return `removes the label ${step.unlabel}`;
  if (step.close !== undefined) return `closes it as ${step.close.replace("_", " ")}`;
  return "reopens it";
}

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });

const clock = (s: number) => `+${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`;

export async function playScenario(
  sandbox: Sandbox,
  scenario: Scenario,
  options: PlayOptions,
): Promise<Played> {
  const log = options.log ?? ((line: string) => console.log(line));
  let issue = 0;
  let elapsed = 0;
  let done = 0;
  log(`Scenario: ${scenario.name}`);
  for (const [index, step] of scenario.steps.entries()) {
    if (options.signal?.aborted) break;
    const after = step.after ?? 0;
    elapsed += after;
    await pause((after * 1000) / options.speed, options.signal);
    const failuresBefore = sandbox.deliver.failures().length;
    try {
      const result = await sandbox.act(actionOf(step, issue));
      if (index === 0) issue = result.issue;
    } catch (error) {
      throw new Error(
        `step ${index + 1} (${step.as} ${describe(step)}): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const refused = sandbox.deliver.failures().slice(failuresBefore);
    if (refused.length > 0) throw new Error(`step ${index + 1}: ${refused.join("; ")}`);
    await sandbox.settled();
    done += 1;
    log(`  ${clock(elapsed)}  #${issue} ${step.as} ${describe(step)}`);
  }
  return { issue, steps: done };
}
