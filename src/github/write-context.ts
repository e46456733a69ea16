/**
 * What the writes made inside a block of code are for, so the installation's write scheduler can
 * put first what a person reads. Handlers wrap their writes (`withWrites`); the Octokit plugin
 * (`scheduled-writes.ts`) reads it for every request those writes make.
 */

import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Classes of writes, most urgent first: an incident's board (what a person reads); its state
 * (labels, assignees); replies to commands; acknowledgements (👍); everything else (the dashboard,
 * reminders, notifications, postmortems, label creation).
 */
export type WriteClass = "board" | "state" | "reply" | "ack" | "background";

/** Lower goes first. */
export const RANK: Readonly<Record<WriteClass, number>> = {
  board: 0,
  state: 1,
  reply: 2,
  ack: 3,
  background: 4,
};

export interface WriteContext {
  class: WriteClass;
  /** Aborted when a newer run for the same incident waits: writes still queued are never sent. */
  signal?: AbortSignal;
  /** Writes with the same key (one incident's board) are at least the scheduler's key interval apart. */
  key?: string;
}

const storage = new AsyncLocalStorage<WriteContext>();

/** Runs `fn` with its writes in `context` (nested calls replace the outer context). */
export function withWrites<T>(context: WriteContext, fn: () => Promise<T>): Promise<T> {
  return storage.run(context, fn);
}

/** The context of the writes being made now, if any. */
export function currentWrites(): WriteContext | undefined {
  return storage.getStore();
}
