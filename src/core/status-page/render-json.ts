/**
 * `status.json`: the status page for machines. Its shape is documented in docs/status-page.md;
 * field names are stable (a change that removes or renames one bumps `schemaVersion`).
 */
import { cleanText, isoSeconds } from "./escape.js";
import type { PublicIncident, PublicMaintenance, StatusPageView } from "./types.js";
import { STATE_TEXT } from "./view-model.js";

export const STATUS_JSON_VERSION = 1;

function incident(i: PublicIncident) {
  return {
    id: i.id,
    title: cleanText(i.title),
    status: i.status,
    reportedAt: isoSeconds(i.reportedAt),
    resolvedAt: i.resolvedAt === null ? null : isoSeconds(i.resolvedAt),
    components: i.components.map((c) => ({ id: c.id, name: cleanText(c.name), state: c.state })),
    updates: i.updates.map((u) => ({ id: u.id, at: isoSeconds(u.at), text: cleanText(u.text) })),
  };
}

function maintenance(m: PublicMaintenance) {
  return {
    id: m.id,
    title: cleanText(m.title),
    status: m.status,
    startsAt: isoSeconds(m.startsAt),
    endsAt: isoSeconds(m.endsAt),
    text: cleanText(m.text),
    components: m.components.map((c) => ({ id: c.id, name: cleanText(c.name) })),
  };
}

/**
 * The JSON text (two-space indented, ending in a newline). `<` is written `\u003c`, so no text in it
 * looks like markup to anything that sniffs content types.
 */
export function renderJson(view: StatusPageView): string {
  const doc = {
    schemaVersion: STATUS_JSON_VERSION,
    page: {
      title: cleanText(view.title),
      url: view.url,
      generatedAt: isoSeconds(view.generatedAt),
      historyDays: view.historyDays,
    },
    status: { state: view.overall.state, description: view.overall.text },
    components: view.components.map((c) => ({
      id: c.id,
      name: cleanText(c.name),
      description: cleanText(c.description),
      state: c.state,
      stateText: STATE_TEXT[c.state],
    })),
    incidents: view.incidents.map(incident),
    maintenance: view.maintenance.map(maintenance),
    history: view.history.map(incident),
  };
  return `${JSON.stringify(doc, null, 2).replace(/</g, "\\u003c")}\n`;
}
