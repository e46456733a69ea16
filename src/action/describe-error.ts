/**
 * Turns whatever was thrown into one clear failure message. HTTP errors from Octokit name the
 * status, method, URL and GitHub's own message, plus a hint for the usual token/permission causes.
 */
import { trimEndOf } from "../core/text/scan.js";

interface HttpErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

function isHttpError(error: unknown): error is HttpErrorLike {
  return (
    error instanceof Error &&
    typeof (error as Partial<HttpErrorLike>).status === "number" &&
    typeof (error as Partial<HttpErrorLike>).request === "object"
  );
}

/** GitHub's `message` plus any field-level `errors` of a 422. */
function githubMessage(error: HttpErrorLike): string {
  const data = error.response?.data;
  if (data !== null && typeof data === "object") {
    const { message, errors } = data as { message?: unknown; errors?: unknown };
    const parts = typeof message === "string" ? [message] : [];
    if (Array.isArray(errors)) {
      for (const e of errors) {
        if (typeof e === "string") parts.push(e);
        else if (e !== null && typeof e === "object") {
          const { resource, field, code, message: m } = e as Record<string, unknown>;
          parts.push([resource, field, code, m].filter((x) => typeof x === "string").join(" "));
        }
      }
    }
    if (parts.length > 0) return parts.join("; ");
  }
  if (typeof data === "string" && data.trim() !== "") return data.trim().slice(0, 200);
  return error.message;
}

function hint(error: HttpErrorLike, message: string): string {
  const remaining = error.response?.headers?.["x-ratelimit-remaining"];
  if (error.status === 401)
    return " Check the `github-token` input: the token is missing, expired or revoked.";
  if (
    (error.status === 403 || error.status === 429) &&
    (String(remaining) === "0" || /rate limit/i.test(message))
  ) {
    return " GitHub's rate limit was reached; re-run the job later.";
  }
  if (error.status === 403) {
    return (
      " The token lacks a permission: give the job `permissions:` `issues: write`, `pull-requests: write` " +
      "and `contents: write`, or pass a GitHub App token as `github-token`."
    );
  }
  if (error.status === 404) return " The resource does not exist, or the token cannot see it.";
  return "";
}

/**
 * The request's URL as a person reads it: each path segment decoded (`contents/.github%2Fincidents.yml`
 * is the file `.github/incidents.yml`). Left as it is when it does not parse. Shown raw, the runner's
 * own `%` escaping of workflow commands made it read `%252F` in the log.
 */
export function readableUrl(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  const path = parsed.pathname
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
  return `${parsed.origin}${path}${parsed.search}`;
}

export function describeError(error: unknown): string {
  if (isHttpError(error)) {
    const method = error.request?.method ?? "?";
    const url = readableUrl(error.request?.url ?? "?");
    const message = trimEndOf(githubMessage(error), ".");
    return `GitHub API request failed: ${error.status} ${method} ${url}: ${message}.${hint(error, message)}`;
  }
  if (error instanceof Error)
    return error.name === "InputError" ? error.message : `${error.name}: ${error.message}`;
  return `Unexpected failure: ${String(error)}`;
}
