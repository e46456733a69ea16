import type { IncomingMessage } from "node:http";

/** Where the setup server listens and may be reached: what decides which `Host`s it answers. */
export interface ReachableAt {
  /** The port it listens on. */
  port: number;
  /** The address or name it listens on (`HOST`); a wildcard (`0.0.0.0`, `::`) adds no name. */
  host: string;
  /** `PUBLIC_URL`, when set: its host is the one name besides loopback the server answers to. */
  publicUrl?: string | undefined;
}

const WILDCARDS = new Set(["", "0.0.0.0", "::", "[::]"]);

/**
 * The `Host` values (lower case, `name:port`) the setup server answers: the loopback names with
 * its port, the address it listens on when that is not a wildcard, and `PUBLIC_URL`'s host.
 * Anything else is a request for another site's name — DNS rebinding, where a page on
 * `attacker.example` re-points its name at 127.0.0.1 to read the state and post credentials.
 */
export function allowedHosts(at: ReachableAt): Set<string> {
  const names = ["localhost", "127.0.0.1", "[::1]"];
  const own = at.host.trim().toLowerCase();
  if (!WILDCARDS.has(own)) names.push(own.includes(":") && !own.startsWith("[") ? `[${own}]` : own);
  const allowed = new Set<string>();
  for (const name of names) {
    allowed.add(`${name}:${at.port}`);
    if (at.port === 80) allowed.add(name);
  }
  if (at.publicUrl !== undefined && URL.canParse(at.publicUrl)) {
    allowed.add(new URL(at.publicUrl).host.toLowerCase());
  }
  return allowed;
}

const first = (value: string | string[] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim().toLowerCase();

/**
 * Why a request must be refused for the host it names, or `undefined` when it names this server:
 * its `Host`, and its `X-Forwarded-Host` when a proxy in front of the server set one, must both be
 * allowed.
 */
export function hostProblem(req: IncomingMessage, allowed: Set<string>): string | undefined {
  const host = first(req.headers.host);
  if (host === undefined || host === "") return "the request names no Host";
  if (!allowed.has(host)) return "the request's Host header names another server";
  const forwarded = first(req.headers["x-forwarded-host"]);
  if (forwarded !== undefined && forwarded !== "" && !allowed.has(forwarded)) {
    return "the request's X-Forwarded-Host header names another server";
  }
  return undefined;
}

/**
 * Why a state-changing request must be refused for the page it came from, or `undefined` when it
 * came from this server's own page. Browsers send `Origin` with every POST: there it is
 * `required`; a GET (GitHub's redirect back) may have none, but one naming another site is refused.
 */
export function originProblem(
  req: IncomingMessage,
  allowed: Set<string>,
  required: boolean,
): string | undefined {
  const origin = first(req.headers.origin);
  if (origin === undefined || origin === "") {
    return required ? "the request has no Origin header (submit the form from the setup page)" : undefined;
  }
  const url = URL.canParse(origin) ? new URL(origin) : undefined;
  if (url === undefined || (url.protocol !== "http:" && url.protocol !== "https:")) {
    return "the request's Origin is not a web page's";
  }
  if (!allowed.has(url.host)) return "the request's Origin is another site's page";
  return undefined;
}
