import type { RecordedRequest } from "../../src/emulator/index.js";

/** A read of the config file (the repository's, or the owner's `.github` one): counted apart from budgets. */
export const CONFIG_READ = /^\/repos\/[^/]+\/[^/]+\/contents\/\.github(%2F|\/)incidents\.yml/;

/** The dashboard's own requests (its budget is separate: ≤ 2 per refresh, 0 when nothing it shows changed). */
export function isDashboardRequest(r: RecordedRequest): boolean {
  const body = r.body as { body?: unknown; labels?: unknown } | undefined;
  const labels = Array.isArray(body?.labels) ? body.labels : [];
  return (
    (r.method === "GET" && r.query.labels === "incident-dashboard") ||
    (r.method === "PATCH" && String(body?.body ?? "").startsWith("<!-- incident-workflow:dashboard -->")) ||
    (r.method === "POST" && labels.includes("incident-dashboard"))
  );
}
