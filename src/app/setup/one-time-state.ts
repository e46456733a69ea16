import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** How long a page's state stays usable: time enough to register the app on GitHub. */
export const STATE_TTL_MS = 60 * 60 * 1000;
/** At most this many states wait to be used; minting one more forgets the oldest. */
export const MAX_STATES = 64;

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * The setup flow's `state`s: one minted per page served (256 random bits), each good for one use
 * only and for `STATE_TTL_MS`. A state presented is compared with every waiting one in constant
 * time (their SHA-256 digests, so its length tells nothing either), and consumed when it matches,
 * whatever the request then does.
 */
export class OneTimeStates {
  readonly #waiting: Array<{ digest: Buffer; expires: number }> = [];
  readonly #now: () => number;

  /** `now` is the clock, in milliseconds (tests inject one). */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** A new state for one page. */
  mint(): string {
    const state = randomBytes(32).toString("hex");
    this.#waiting.push({ digest: digest(state), expires: this.#now() + STATE_TTL_MS });
    if (this.#waiting.length > MAX_STATES) this.#waiting.shift();
    return state;
  }

  /** Whether `state` was minted here, unused and unexpired; if so it is used up now. */
  consume(state: string | null | undefined): boolean {
    const now = this.#now();
    const given = digest(state ?? "");
    let found = -1;
    this.#waiting.forEach((w, i) => {
      // Every waiting state is compared, matching or not, so the time taken says nothing.
      if (timingSafeEqual(w.digest, given) && w.expires > now) found = i;
    });
    if (found < 0 || !state) return false;
    this.#waiting.splice(found, 1);
    return true;
  }

  /** Forgets every waiting state (once credentials are saved, none may be used). */
  clear(): void {
    this.#waiting.length = 0;
  }
}
