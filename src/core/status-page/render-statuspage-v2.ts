/**
 * The Statuspage v2 files (`api/v2/…`), rendered from `statuspageV2`: the same documents
 * Statuspage's public API answers at those paths, as static files. Pure.
 */

import { statuspageV2 } from "./statuspage-v2.js";
import type { StatusPageView } from "./types.js";

export const STATUSPAGE_V2_FILES = [
  "api/v2/summary.json",
  "api/v2/status.json",
  "api/v2/components.json",
  "api/v2/incidents.json",
  "api/v2/incidents/unresolved.json",
  "api/v2/scheduled-maintenances.json",
] as const;
export type StatuspageV2File = (typeof STATUSPAGE_V2_FILES)[number];

/** Two-space indented, ending in a newline; `<` written `\u003c`, as in `status.json`. */
const json = (doc: unknown) => `${JSON.stringify(doc, null, 2).replace(/</g, "\\u003c")}\n`;

export function renderStatuspageV2(view: StatusPageView): Record<StatuspageV2File, string> {
  const v2 = statuspageV2(view);
  const { page } = v2;
  return {
    "api/v2/summary.json": json({
      page,
      status: v2.status,
      components: v2.components,
      incidents: v2.unresolved,
      scheduled_maintenances: v2.scheduledMaintenances.filter((m) => m.status !== "completed"),
    }),
    "api/v2/status.json": json({ page, status: v2.status }),
    "api/v2/components.json": json({ page, components: v2.components }),
    "api/v2/incidents.json": json({ page, incidents: v2.incidents }),
    "api/v2/incidents/unresolved.json": json({ page, incidents: v2.unresolved }),
    "api/v2/scheduled-maintenances.json": json({ page, scheduled_maintenances: v2.scheduledMaintenances }),
  };
}
