/**
 * An error as one log line: what failed and why, without a stack trace. A request error names its
 * method, path and status; an AggregateError (Probot wraps a handler's errors in one) lists its
 * errors' messages. The first line of each message only.
 */
export function oneLineError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(oneLineError).join("; ");
  }
  const message = firstLine(error instanceof Error ? error.message : String(error));
  const request = (error as { request?: { method?: unknown; url?: unknown } } | null)?.request;
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof request?.method !== "string" || typeof request.url !== "string") return message;
  const url = URL.canParse(request.url) ? new URL(request.url) : undefined;
  const path = url === undefined ? request.url : `${url.host}${url.pathname}`;
  const code = typeof status === "number" ? ` → ${status}` : "";
  return `${request.method} ${path}${code}: ${message}`;
}

function firstLine(text: string): string {
  const end = text.indexOf("\n");
  return end === -1 ? text : `${text.slice(0, end)} …`;
}
