import { isSuperseded } from "../github/write-scheduler.js";
import type { Logger } from "./types.js";

/**
 * Runs work for the same key (one incident) one run at a time, and coalesces: every request that
 * arrives while a run for its key is waiting joins that run (merging its hint) instead of queueing
 * another. Because a run reconciles the incident from its whole history, one run after a burst does
 * what one run per event would — one board write for the burst.
 *
 * A run that is still waiting to write when a newer request arrives is told so (`signal`): the
 * writes it has not sent yet are dropped (`SupersededError`) and the newer run, re-planned from the
 * newest history, does them — its callers get the newer run's result.
 *
 * A run that fails is retried after the given delays (unless a newer run for the key is already
 * waiting: it does the same work); after the last retry the key is reported as given up, for the
 * sweep to repair, and the waiting callers get the error.
 */
export interface WorkQueue {
  run<H, T>(
    key: string,
    hint: H,
    merge: (older: H, newer: H) => H,
    task: (hint: H, signal: AbortSignal) => Promise<T>,
  ): Promise<T>;
}

/**
 * A lease on a key shared by every replica (`src/app/lease.ts`, in Redis): while one replica holds
 * it, no other runs work for that key.
 */
export interface Lease {
  /**
   * Runs `work` holding the lease on `key`, waiting while another replica holds it. `handover` aborts
   * (reason `HANDED_OVER`) when another replica starts waiting for the key: the run drops the writes it
   * has not sent yet, for the waiting replica to redo from the newest history.
   */
  hold<T>(key: string, work: (handover: AbortSignal) => Promise<T>): Promise<T>;
}

/** The abort reason of a run whose unsent writes another replica, waiting for its lease, takes over. */
export const HANDED_OVER = "handed over to another replica waiting for the incident";

/** A run's callers are told this when its unsent writes were left to another replica (not a failure). */
export class HandedOverError extends Error {
  constructor(key: string) {
    super(`${key}: ${HANDED_OVER}`);
    this.name = "HandedOverError";
  }
}

export interface QueueOptions {
  /** Held around every run of a key (several replicas: one at a time per incident across them). */
  lease?: Lease;
  /** Pauses before each retry of a failed run; `[]` for none. */
  retryDelaysMs?: number[];
  log?: Logger;
  /** A key whose run failed for good; the sweep repairs it later. */
  onGiveUp?: (key: string, error: unknown) => void;
}

interface Waiting {
  hint: unknown;
  merge: (older: unknown, newer: unknown) => unknown;
  task: (hint: unknown, signal: AbortSignal) => Promise<unknown>;
  promise: Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Lane {
  running: Promise<void> | null;
  /** Aborted when a newer run waits behind the one running. */
  newer: AbortController | null;
  waiting: Waiting | null;
}

/** A queue that runs each task at once, with no coalescing (one event per process: the Action). */
export const directQueue: WorkQueue = {
  run: (_key, hint, _merge, task) => task(hint, new AbortController().signal),
};

export class KeyedQueue implements WorkQueue {
  private readonly lanes = new Map<string, Lane>();
  private accepting = true;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: QueueOptions = {}) {}

  run<H, T>(
    key: string,
    hint: H,
    merge: (older: H, newer: H) => H,
    task: (hint: H, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    if (!this.accepting) return Promise.reject(new Error("shutting down: no new work is accepted"));
    const lane = this.lanes.get(key) ?? { running: null, newer: null, waiting: null };
    this.lanes.set(key, lane);
    if (lane.waiting !== null) {
      lane.waiting.hint = lane.waiting.merge(lane.waiting.hint, hint);
      return lane.waiting.promise as Promise<T>;
    }
    let resolve!: (value: unknown) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<unknown>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    lane.waiting = {
      hint,
      merge: merge as Waiting["merge"],
      task: task as Waiting["task"],
      promise,
      resolve,
      reject,
    };
    if (lane.running === null) this.start(key, lane);
    else lane.newer?.abort();
    return promise as Promise<T>;
  }

  private start(key: string, lane: Lane): void {
    const job = lane.waiting;
    if (job === null) {
      this.lanes.delete(key);
      this.checkIdle();
      return;
    }
    lane.waiting = null;
    lane.newer = new AbortController();
    lane.running = this.attempt(key, lane, job, 0).finally(() => {
      lane.running = null;
      lane.newer = null;
      this.start(key, lane);
    });
  }

  private async attempt(key: string, lane: Lane, job: Waiting, retry: number): Promise<void> {
    let handedOver: AbortSignal | undefined;
    try {
      const lease = this.options.lease;
      const signal = lane.newer?.signal ?? new AbortController().signal;
      job.resolve(
        await (lease === undefined
          ? job.task(job.hint, signal)
          : lease.hold(key, (handover) => {
              handedOver = handover;
              return job.task(job.hint, AbortSignal.any([signal, handover]));
            })),
      );
    } catch (error) {
      // Dropped for a newer run (waiting now): its result is this run's.
      if (isSuperseded(error) && lane.waiting !== null) return job.resolve(lane.waiting.promise);
      // Dropped for another replica's run, waiting for the lease: that run redoes the work.
      if (isSuperseded(error) && handedOver?.aborted) return job.reject(new HandedOverError(key));
      const delays = this.options.retryDelaysMs ?? [];
      const delay = delays[retry];
      if (delay !== undefined && lane.waiting === null && this.accepting) {
        this.options.log?.warn(`${key}: failed (${describe(error)}); retrying in ${delay} ms`);
        await new Promise((r) => setTimeout(r, delay));
        if (lane.waiting === null) return this.attempt(key, lane, job, retry + 1);
      }
      // A newer run is waiting (it redoes this work), or retries are spent: the sweep repairs it.
      if (lane.waiting === null) this.options.onGiveUp?.(key, error);
      job.reject(error);
    }
  }

  /** Keys with work running or waiting. */
  pending(): string[] {
    return [...this.lanes.keys()];
  }

  /** Resolves when no work is running or waiting. */
  idle(): Promise<void> {
    if (this.lanes.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private checkIdle(): void {
    if (this.lanes.size > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  /**
   * Stops accepting work and waits (at most `timeoutMs`) for what was accepted; returns the keys
   * still unfinished, for the caller to log (the sweep at the next start-up repairs them).
   */
  async drain(timeoutMs: number): Promise<string[]> {
    this.accepting = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([this.idle(), timeout]);
    clearTimeout(timer);
    return this.pending();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
