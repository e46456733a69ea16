import { trimEndOf } from "../core/text/scan.js";
/**
 * One installation's write budget, as GitHub counts it: writes spaced `spacingMs` apart, at most
 * `perMinute` and `perHour` content-creating requests (GitHub's secondary limits: 80 and 500), at
 * most `pointsPerMinute` points (900; a write costs 5, a read 1), and nothing at all while GitHub
 * asked us to wait (`retry-after`). The interface is narrow so that a budget kept in Redis (one for
 * every replica) can replace the in-process one.
 */

/** What one request costs. */
export interface WriteCost {
  /** It creates a comment, an issue, a pull request or a reaction (GitHub's content creation). */
  creates: boolean;
  /** GitHub's secondary-limit points: 5 for a write, 1 for a read. */
  points: number;
}

/** Content-creating requests of an installation in the last minute and the last hour. */
export interface BudgetUsage {
  minute: number;
  hour: number;
}

export interface WriteBudget {
  /**
   * Takes one request from the installation's budget if it fits at `now`, returning 0; otherwise
   * takes nothing and returns how many ms to wait before it may fit. Atomic per installation.
   * `rank` is the write's urgency (lower first, `RANK` of its class): a budget shared by several
   * replicas keeps the next turn for the most urgent write any of them is waiting with.
   */
  take(installation: string, cost: WriteCost, now: number, rank?: number): Promise<number>;
  /** Counts a request that is not scheduled (a read) against the points. */
  note(installation: string, cost: WriteCost, now: number): Promise<void>;
  /** GitHub said `retry-after`: nothing is taken from this installation's budget before `until`. */
  pause(installation: string, until: number): Promise<void>;
  /** What the installation created lately (the acknowledgement policy reads it). */
  usage(installation: string, now: number): Promise<BudgetUsage>;
}

export interface BudgetLimits {
  /** Pause between two writes (GitHub asks integrations for 1 s). */
  spacingMs: number;
  /** Content-creating requests a minute (GitHub: 80). */
  perMinute: number;
  /** Content-creating requests an hour (GitHub: 500). */
  perHour: number;
  /** Points a minute (GitHub: 900 on REST). */
  pointsPerMinute: number;
}

export const GITHUB_LIMITS: BudgetLimits = {
  spacingMs: 1000,
  perMinute: 80,
  perHour: 500,
  pointsPerMinute: 900,
};

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The last path segments after which a POST creates content (the safe reading: GitHub does not list them). */
const CREATING = new Set(["issues", "comments", "pulls", "reactions", "reviews", "replies"]);

/**
 * What a request costs, from its method and route (`POST /repos/{owner}/{repo}/issues/{n}/comments`
 * or a plain URL). GraphQL reads count as reads (the app writes through REST only).
 */
export function costOf(method: string, url: string): WriteCost {
  const verb = method.toUpperCase();
  const path = trimEndOf(url.split("?", 1)[0] ?? "", "/");
  const read = verb === "GET" || verb === "HEAD" || path.endsWith("/graphql") || path === "graphql";
  if (read) return { creates: false, points: 1 };
  const last = path.slice(path.lastIndexOf("/") + 1);
  return { creates: verb === "POST" && CREATING.has(last), points: 5 };
}

interface Account {
  nextAt: number;
  pausedUntil: number;
  /** Times of content-creating requests in the last hour, oldest first. */
  created: number[];
  /** Points spent in the last minute, oldest first. */
  spent: Array<{ at: number; points: number }>;
}

/** The budget in this process's memory: one per installation, for one replica. */
export class MemoryWriteBudget implements WriteBudget {
  private readonly accounts = new Map<string, Account>();

  constructor(private readonly limits: BudgetLimits = GITHUB_LIMITS) {}

  /** The installation's account, with what left the hour (and the minute) by `now` forgotten. */
  private account(installation: string, now: number): Account {
    const account = this.get(installation);
    while (account.created.length > 0 && (account.created[0] ?? now) <= now - HOUR) account.created.shift();
    while (account.spent.length > 0 && (account.spent[0]?.at ?? now) <= now - MINUTE) account.spent.shift();
    return account;
  }

  private get(installation: string): Account {
    let account = this.accounts.get(installation);
    if (account === undefined) {
      account = { nextAt: 0, pausedUntil: 0, created: [], spent: [] };
      this.accounts.set(installation, account);
    }
    return account;
  }

  async take(installation: string, cost: WriteCost, now: number): Promise<number> {
    const a = this.account(installation, now);
    let wait = Math.max(0, a.pausedUntil - now, a.nextAt - now);
    if (cost.creates) {
      const inMinute = a.created.filter((t) => t > now - MINUTE);
      if (inMinute.length >= this.limits.perMinute)
        wait = Math.max(wait, (inMinute[inMinute.length - this.limits.perMinute] ?? now) + MINUTE - now);
      if (a.created.length >= this.limits.perHour)
        wait = Math.max(wait, (a.created[a.created.length - this.limits.perHour] ?? now) + HOUR - now);
    }
    let points = cost.points;
    for (const s of a.spent) points += s.points;
    // Points free up as the oldest ones leave the minute.
    for (let i = 0; points > this.limits.pointsPerMinute && i < a.spent.length; i++) {
      const s = a.spent[i];
      if (s === undefined) break;
      points -= s.points;
      wait = Math.max(wait, s.at + MINUTE - now);
    }
    if (wait > 0) return wait;
    a.nextAt = now + this.limits.spacingMs;
    if (cost.creates) a.created.push(now);
    a.spent.push({ at: now, points: cost.points });
    return 0;
  }

  async note(installation: string, cost: WriteCost, now: number): Promise<void> {
    this.account(installation, now).spent.push({ at: now, points: cost.points });
  }

  async pause(installation: string, until: number): Promise<void> {
    const a = this.get(installation);
    a.pausedUntil = Math.max(a.pausedUntil, until);
  }

  async usage(installation: string, now: number): Promise<BudgetUsage> {
    const a = this.account(installation, now);
    return { minute: a.created.filter((t) => t > now - MINUTE).length, hour: a.created.length };
  }
}
