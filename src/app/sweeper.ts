import type { Probot } from "probot";
import { oneLineError } from "./one-line-error.js";
import { type SweepTotals, sweepAll } from "./sweep-all.js";

export interface Sweeper {
  /** Resolves when the sweep under way (if any) has finished; the first one starts at once. */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * Sweeps at start-up and then every `intervalMs` (never two at once). The start-up sweep repairs
 * whatever a previous process left undone (deliveries lost in a crash or left in the queue at
 * shutdown); the periodic one repairs deliveries GitHub never made or that failed for good.
 */
export function startSweeps(
  app: Probot,
  intervalMs: number,
  onDone?: (totals: SweepTotals) => void,
): Sweeper {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const once = () => {
    const started = Date.now();
    current = sweepAll(app, abort.signal)
      .then((totals) => {
        app.log.info(
          `sweep: ${totals.repositories} repositories, ${totals.listed} incidents listed, ` +
            `${totals.reconciled} reconciled, ${totals.failed} failed (${Date.now() - started} ms)`,
        );
        onDone?.(totals);
      })
      .catch((error: unknown) => app.log.error(`sweep failed: ${oneLineError(error)}`))
      .finally(() => {
        if (!abort.signal.aborted) timer = setTimeout(once, intervalMs);
      });
  };
  once();
  return {
    settled: () => current,
    stop() {
      abort.abort();
      clearTimeout(timer);
    },
  };
}
