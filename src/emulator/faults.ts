/** Fault injection: errors, rate limits, hangs and latency for matching requests. */

export interface FaultSpec {
  method?: string;
  /** RegExp tested against the path (raw and decoded); a string matches when the path contains it. */
  pathPattern?: RegExp | string;
  operationId?: string;
  /** Status to answer with; omit for a latency-only fault. */
  status?: number;
  /** How many matching requests to affect (default 1; `Infinity` for all). */
  times?: number;
  /** Seconds, sent as `retry-after` (a secondary rate limit when status is 403/429). */
  retryAfter?: number;
  /** Sends `x-ratelimit-remaining: 0` and a `x-ratelimit-reset` this many seconds ahead (primary limit). */
  rateLimitResetIn?: number;
  /**
   * Milliseconds to hold the request before answering: latency, or — longer than the client's timeout —
   * a hang. A client that gives up meanwhile gets nothing and (without `applyThenFail`) nothing is
   * applied; `close()` does not wait for held requests.
   */
  delayMs?: number;
  /**
   * Handle the request first (its effect is stored, e.g. the comment exists), then wait `delayMs` and
   * answer with the fault's `status` instead of the real response: "GitHub did it but answered 502"
   * (or, with only `delayMs`, "did it but the client timed out").
   */
  applyThenFail?: boolean;
  /** Only requests acting as this login (case-insensitive; "app" for an App JWT). */
  actor?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Fault extends FaultSpec {
  hits: number;
  remaining: number;
  cancel(): void;
}

export interface FaultReply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export class Faults {
  private list: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const fault: Fault = {
      ...spec,
      hits: 0,
      remaining: spec.times ?? 1,
      cancel: () => {
        fault.remaining = 0;
      },
    };
    this.list.push(fault);
    return fault;
  }

  clear(): void {
    this.list = [];
  }

  /** The first live fault matching the request (consuming one of its `times`). */
  take(
    method: string,
    path: string,
    operationId: string | undefined,
    actor: string | null,
  ): Fault | undefined {
    let decoded = path;
    try {
      decoded = decodeURIComponent(path);
    } catch {}
    const fault = this.list.find((f) => {
      if (f.remaining <= 0) return false;
      if (f.method && f.method.toUpperCase() !== method.toUpperCase()) return false;
      if (f.operationId && f.operationId !== operationId) return false;
      if (f.actor && f.actor.toLowerCase() !== actor?.toLowerCase()) return false;
      if (f.pathPattern instanceof RegExp) return f.pathPattern.test(path) || f.pathPattern.test(decoded);
      if (typeof f.pathPattern === "string")
        return path.includes(f.pathPattern) || decoded.includes(f.pathPattern);
      return true;
    });
    if (fault) {
      fault.remaining--;
      fault.hits++;
    }
    return fault;
  }
}

const DOCS = "https://docs.github.com/rest";

/** The response a fault produces, with GitHub's messages and headers for each kind. */
export function faultReply(fault: Fault, installationId: number): FaultReply | null {
  const { status } = fault;
  if (status === undefined) return null;
  const headers: Record<string, string> = { ...fault.headers };
  let message = status >= 500 ? "Server Error" : "Fault injected";
  if (fault.retryAfter !== undefined) {
    headers["retry-after"] = String(fault.retryAfter);
    if (status === 403 || status === 429) {
      message =
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.";
    }
  }
  if (fault.rateLimitResetIn !== undefined) {
    const reset = Math.ceil(Date.now() / 1000) + fault.rateLimitResetIn;
    Object.assign(headers, {
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-used": "5000",
      "x-ratelimit-reset": String(reset),
      "x-ratelimit-resource": "core",
    });
    message = `API rate limit exceeded for installation ID ${installationId}.`;
  }
  const body = fault.body ?? { message, documentation_url: DOCS, status: String(status) };
  return { status, headers, body };
}
