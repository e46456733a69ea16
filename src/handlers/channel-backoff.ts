/**
 * Channels whose endpoint let a send run out of time, left alone for a while: in the app (one per
 * process), an endpoint that hangs costs one timeout per pause, not one per run, so the runs after
 * it (and the boards they write first) do not wait for it again and again. What it is owed stays
 * owed, in order, and is sent by the first run after the pause (an event, or the sweep). The pause
 * doubles with each timeout in a row, from `baseMs` to `maxMs`; an answer ends it. A channel that
 * answers at once, even with an error, is never paused: it costs the run nothing.
 */
export class ChannelBackoff {
  private readonly down = new Map<string, { timeouts: number; until: number }>();

  constructor(
    private readonly baseMs = 15_000,
    private readonly maxMs = 5 * 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Milliseconds the channel is still left alone (0: it may be tried). */
  resting(channel: string): number {
    const entry = this.down.get(channel);
    return entry === undefined ? 0 : Math.max(0, entry.until - this.clock());
  }

  /** A send ran out of time: returns how long the channel is now left alone. */
  timedOut(channel: string): number {
    const timeouts = (this.down.get(channel)?.timeouts ?? 0) + 1;
    const pause = Math.min(this.maxMs, this.baseMs * 2 ** (timeouts - 1));
    this.down.set(channel, { timeouts, until: this.clock() + pause });
    return pause;
  }

  /** The endpoint answered (whatever it said). */
  answered(channel: string): void {
    this.down.delete(channel);
  }
}
