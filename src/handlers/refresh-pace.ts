import type { Logger } from "./types.js";

/**
 * Paces a refresh that many runs ask for (the dashboard of a repository): at most one write per key
 * per interval. A request when the key was not written within the interval goes at once (the
 * caller waits for it); one within the interval is merged into the key's pending refresh, written
 * when the interval is up, and the caller goes on without waiting. So a burst of changes across
 * many incidents of one repository is one write at its start and one per interval after, each
 * carrying every change made meanwhile. `atOnce` (the sweep) writes now, with whatever is pending.
 */
export interface RefreshPace {
  request<H>(
    key: string,
    hint: H,
    merge: (older: H, newer: H) => H,
    write: (hint: H) => Promise<void>,
    atOnce: boolean,
  ): Promise<void>;
}

interface Pending {
  hint: unknown;
  merge: (older: unknown, newer: unknown) => unknown;
  write: (hint: unknown) => Promise<void>;
}

interface Lane {
  /** When the key was last written (ms, `Date.now`); null before its first write. */
  lastAt: number | null;
  pending: Pending | null;
  timer: NodeJS.Timeout | undefined;
}

/** No pacing: every request is written at once (the Action, one event per run; tests with interval 0). */
export const unpaced: RefreshPace = {
  request: (_key, hint, _merge, write) => write(hint),
};

export class IntervalPace implements RefreshPace {
  private readonly lanes = new Map<string, Lane>();
  private closed = false;

  /** `intervalMs`: the least time between two writes of one key. */
  constructor(
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  request<H>(
    key: string,
    hint: H,
    merge: (older: H, newer: H) => H,
    write: (hint: H) => Promise<void>,
    atOnce: boolean,
  ): Promise<void> {
    const lane = this.lanes.get(key) ?? { lastAt: null, pending: null, timer: undefined };
    this.lanes.set(key, lane);
    const older = lane.pending;
    lane.pending = {
      hint: older === null ? hint : (merge as Pending["merge"])(older.hint, hint),
      merge: merge as Pending["merge"],
      write: write as Pending["write"], // the newest requester's connection writes it
    };
    if (this.closed) return Promise.resolve();
    const wait = lane.lastAt === null ? 0 : lane.lastAt + this.intervalMs - Date.now();
    if (atOnce || wait <= 0) return this.fire(key, lane);
    lane.timer ??= setTimeout(() => this.onTimer(key, lane), wait).unref();
    return Promise.resolve();
  }

  private onTimer(key: string, lane: Lane): void {
    lane.timer = undefined;
    if (this.closed) return;
    // The interval counts from the end of the last write (the timer was set when it started).
    const wait = (lane.lastAt ?? 0) + this.intervalMs - Date.now();
    if (wait > 0) {
      lane.timer = setTimeout(() => this.onTimer(key, lane), wait).unref();
      return;
    }
    this.fire(key, lane).catch((error: unknown) =>
      this.log.error(
        `${key}: refresh failed (${error instanceof Error ? error.message : String(error)}); ` +
          "kept for the next one",
      ),
    );
  }

  private fire(key: string, lane: Lane): Promise<void> {
    clearTimeout(lane.timer);
    lane.timer = undefined;
    const job = lane.pending;
    if (job === null) return Promise.resolve();
    lane.pending = null;
    lane.lastAt = Date.now();
    const written = () => {
      lane.lastAt = Date.now(); // its requests took a while: the next turn counts from here
    };
    return job.write(job.hint).then(written, (error: unknown) => {
      written();
      // Nothing it carried is lost: merged under what arrived meanwhile, written at the next turn.
      const now = lane.pending;
      lane.pending = now === null ? job : { ...now, hint: job.merge(job.hint, now.hint) };
      if (!this.closed) lane.timer ??= setTimeout(() => this.onTimer(key, lane), this.intervalMs).unref();
      throw error;
    });
  }

  /**
   * Stops writing (shutdown): timers are cancelled and later requests are only kept. Returns
   * nothing; `unwritten` names what is left for the caller to log.
   */
  close(): void {
    this.closed = true;
    for (const lane of this.lanes.values()) {
      clearTimeout(lane.timer);
      lane.timer = undefined;
    }
  }

  /** Keys with a refresh requested and not written. */
  unwritten(): string[] {
    return [...this.lanes].filter(([, lane]) => lane.pending !== null).map(([key]) => key);
  }
}
