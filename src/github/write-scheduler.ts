import type { BudgetUsage, WriteBudget, WriteCost } from "./write-budget.js";
import { RANK, type WriteClass } from "./write-context.js";

/** A write that was still waiting for its turn when a newer run for its incident came: never sent. */
export class SupersededError extends Error {
  constructor() {
    super("superseded by a newer run for the same incident");
    this.name = "SupersededError";
  }
}

/** True for the error of a superseded write (the run is redone by the newer one). */
export const isSuperseded = (error: unknown): boolean => error instanceof SupersededError;

/** One write waiting for its turn. */
export interface WriteRequest {
  class: WriteClass;
  cost: WriteCost;
  signal?: AbortSignal | undefined;
  key?: string | undefined;
}

interface Parked extends WriteRequest {
  seq: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface Lane {
  parked: Parked[];
  /** Runs that have not written their board yet: replies, 👍 and background writes wait for them. */
  holds: number;
  /** When each key's last write was let through. */
  lastByKey: Map<string, number>;
  pumping: boolean;
  again: boolean;
  timer: NodeJS.Timeout | undefined;
}

export interface SchedulerOptions {
  /** Least time between two writes with the same key (one incident's board), in ms. */
  keyIntervalMs?: number;
  /** 👍 while fewer content-creating requests than this in the last minute (default 4)… */
  ackPerMinute?: number;
  /** …and than this in the last hour (default 250, half of GitHub's 500). */
  ackPerHour?: number;
  now?: () => number;
}

/**
 * The write scheduler of the app: every write of an installation waits its turn here. The turn
 * goes to the most urgent write waiting (`RANK`, then first come) that the budget lets through —
 * a content-creating write the budget holds back lets a waiting edit go before it rather than
 * leave the slot unused. A write whose signal aborts while it waits is dropped, never sent.
 */
export class WriteScheduler {
  private readonly lanes = new Map<string, Lane>();
  private seq = 0;
  private readonly now: () => number;

  constructor(
    /** The budget (in memory, or shared between replicas). */
    readonly budget: WriteBudget,
    private readonly options: SchedulerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  private lane(installation: string): Lane {
    let lane = this.lanes.get(installation);
    if (lane === undefined) {
      lane = { parked: [], holds: 0, lastByKey: new Map(), pumping: false, again: false, timer: undefined };
      this.lanes.set(installation, lane);
    }
    return lane;
  }

  /** Resolves when the write may be sent (its budget taken); rejects with `SupersededError` if it is dropped. */
  turn(installation: string, write: WriteRequest): Promise<void> {
    if (write.signal?.aborted) return Promise.reject(new SupersededError());
    const lane = this.lane(installation);
    return new Promise<void>((resolve, reject) => {
      const parked: Parked = { ...write, seq: this.seq++, resolve, reject };
      lane.parked.push(parked);
      write.signal?.addEventListener(
        "abort",
        () => {
          const at = lane.parked.indexOf(parked);
          if (at < 0) return;
          lane.parked.splice(at, 1);
          reject(new SupersededError());
        },
        { once: true },
      );
      void this.pump(installation);
    });
  }

  /**
   * A run that will write a board: until the returned function is called, the installation's
   * replies, acknowledgements and background writes wait (boards first, e.g. after a restart).
   */
  holdAnswers(installation: string): () => void {
    const lane = this.lane(installation);
    lane.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      lane.holds--;
      void this.pump(installation);
    };
  }

  /** GitHub asked to wait (`retry-after`): the installation's writes wait until `until`. */
  async pause(installation: string, until: number): Promise<void> {
    await this.budget.pause(installation, until);
  }

  /** Counts a read against the installation's points. */
  note(installation: string, cost: WriteCost): Promise<void> {
    return this.budget.note(installation, cost, this.now());
  }

  /** Content-creating requests lately. */
  usage(installation: string): Promise<BudgetUsage> {
    return this.budget.usage(installation, this.now());
  }

  /**
   * How many 👍 the content budget has room for now: the reactions' pace (`ackPerMinute`,
   * `ackPerHour`) minus what the installation created lately. Beyond it, the board acknowledges.
   */
  async reactionsAllowed(installation: string): Promise<number> {
    const used = await this.usage(installation);
    const minute = (this.options.ackPerMinute ?? 4) - used.minute;
    const hour = (this.options.ackPerHour ?? 250) - used.hour;
    return Math.max(0, Math.min(minute, hour));
  }

  /** Writes waiting, per class (for logs and tests). */
  waiting(installation: string): Record<WriteClass, number> {
    const counts: Record<WriteClass, number> = { board: 0, state: 0, reply: 0, ack: 0, background: 0 };
    for (const p of this.lanes.get(installation)?.parked ?? []) counts[p.class]++;
    return counts;
  }

  /** Waiting writes that may go now, most urgent first; and when a keyed one becomes due. */
  private ready(lane: Lane, now: number): { ready: Parked[]; dueIn: number } {
    const interval = this.options.keyIntervalMs ?? 0;
    let dueIn = Number.POSITIVE_INFINITY;
    const ready = lane.parked.filter((p) => {
      if (lane.holds > 0 && RANK[p.class] > RANK.state) return false;
      const last = p.key === undefined ? undefined : lane.lastByKey.get(p.key);
      if (last !== undefined && now < last + interval) {
        dueIn = Math.min(dueIn, last + interval - now);
        return false;
      }
      return true;
    });
    ready.sort((a, b) => RANK[a.class] - RANK[b.class] || a.seq - b.seq);
    return { ready, dueIn };
  }

  /** Lets writes through while the budget allows; otherwise sets a timer for when it will. */
  private async pump(installation: string): Promise<void> {
    const lane = this.lane(installation);
    if (lane.pumping) {
      lane.again = true;
      return;
    }
    lane.pumping = true;
    try {
      for (;;) {
        lane.again = false;
        clearTimeout(lane.timer);
        lane.timer = undefined;
        const now = this.now();
        const { ready, dueIn } = this.ready(lane, now);
        let wait = dueIn;
        let granted: Parked | undefined;
        const first = ready[0];
        if (first !== undefined) {
          const w = await this.budget.take(installation, first.cost, now, RANK[first.class]);
          if (w === 0) granted = first;
          else {
            wait = Math.min(wait, w);
            const edit = first.cost.creates ? ready.find((p) => !p.cost.creates) : undefined;
            const w2 =
              edit === undefined ? 1 : await this.budget.take(installation, edit.cost, now, RANK[edit.class]);
            if (w2 === 0) granted = edit;
            else wait = Math.min(wait, w2);
          }
        }
        if (granted !== undefined) {
          const at = lane.parked.indexOf(granted);
          if (at >= 0) lane.parked.splice(at, 1);
          if (granted.key !== undefined) lane.lastByKey.set(granted.key, now);
          granted.resolve();
          continue;
        }
        if (lane.again) continue;
        if (Number.isFinite(wait) && lane.parked.length > 0)
          lane.timer = setTimeout(() => void this.pump(installation), Math.max(1, wait));
        if (lane.parked.length === 0 && lane.holds === 0) this.forgetKeys(lane, now);
        return;
      }
    } finally {
      lane.pumping = false;
    }
  }

  /** Keys whose interval is over need no memory. */
  private forgetKeys(lane: Lane, now: number): void {
    const interval = this.options.keyIntervalMs ?? 0;
    for (const [key, at] of lane.lastByKey) if (at + interval <= now) lane.lastByKey.delete(key);
  }
}

/** What a run needs of its installation's scheduler (absent in the Action: one event per process). */
export interface WriteControl {
  /** Replies, 👍 and background writes wait until the returned function is called (a board is coming). */
  holdAnswers(): () => void;
  /** How many 👍 the content budget has room for now (beyond that, the board acknowledges). */
  reactionsAllowed(): Promise<number>;
}

/** The write control of one installation. */
export function writeControl(scheduler: WriteScheduler, installation: string): WriteControl {
  return {
    holdAnswers: () => scheduler.holdAnswers(installation),
    reactionsAllowed: () => scheduler.reactionsAllowed(installation),
  };
}
