// The bundled Action run as the runner runs it, against one emulator repository (`acme/web` by
// default) with the workflow's token: shared by the Action's end-to-end test files.
import { expect } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { type ActionRun, type RunOptions, runAction } from "./run-action.js";

export function actionAgainst(emu: () => Emulator, repository = "acme/web") {
  const run = (options: RunOptions): Promise<ActionRun> =>
    runAction({
      repository,
      apiUrl: emu().url,
      ...options,
      inputs: { "github-token": emu().actionsToken, ...options.inputs },
    });
  return {
    run,
    /** Runs the Action for a webhook the emulator produced for a person's action. */
    deliver: (hook: { name: string; payload: unknown }) =>
      run({ event: hook.name, payload: hook.payload as object }),
  };
}

/** The run succeeded: no error annotation, exit code 0. */
export function ok(result: ActionRun): ActionRun {
  expect(result.errors, result.stdout + result.stderr).toEqual([]);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return result;
}
