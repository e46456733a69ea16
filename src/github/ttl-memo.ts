/**
 * Answers remembered for a while: each key is asked once per `ttlMs` (Infinity: for the memo's
 * life, i.e. one run); a failed read is forgotten (and its error thrown), never remembered as an
 * answer. Asks for one key made while its read is under way share that read.
 */
export class TtlMemo<T> {
  private readonly entries = new Map<string, { at: number; read: Promise<T> }>();

  constructor(
    private readonly ttlMs = Number.POSITIVE_INFINITY,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The remembered answer for `key`, or `ask()`'s (remembered). */
  get(key: string, ask: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const known = this.entries.get(key);
    if (known !== undefined && now - known.at < this.ttlMs) return known.read;
    const read = ask();
    const entry = { at: now, read };
    this.entries.set(key, entry);
    read.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return read;
  }
}
