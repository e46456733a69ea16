/**
 * `index.html`: the status page for people. Accessible (landmarks, one `h1`, headed sections, a
 * table of components whose states are words, not colour alone), readable without scripts (times in
 * UTC), and with a Content-Security-Policy that runs nothing but the script that shows times in the
 * visitor's own zone. Every text is escaped: hostile text renders as text.
 */
import { CONTENT_SECURITY_POLICY, STYLE, TIME_SCRIPT } from "./assets.js";
import { escapeMarkup as e, isoSeconds, utcText } from "./escape.js";
import type { PublicIncident, PublicMaintenance, StatusPageView } from "./types.js";
import { STATE_TEXT } from "./view-model.js";

/** A time written in UTC; the page's script rewrites it in the visitor's zone. */
function time(iso: string): string {
  return `<time datetime="${isoSeconds(iso)}">${e(utcText(iso))}</time>`;
}

function componentsTable(view: StatusPageView): string[] {
  if (view.components.length === 0) return [];
  const rows = view.components.map((c) => {
    const description = c.description === "" ? "" : `<span class="description">${e(c.description)}</span>`;
    return [
      "<tr>",
      `<th scope="row">${e(c.name)}${description}</th>`,
      `<td class="state s-${c.state}">${e(STATE_TEXT[c.state])}</td>`,
      "</tr>",
    ].join("");
  });
  return [
    '<section aria-labelledby="components">',
    '<h2 id="components">Components</h2>',
    "<table>",
    '<thead><tr><th scope="col">Component</th><th scope="col">Status</th></tr></thead>',
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
    "</section>",
  ];
}

function incidentArticle(incident: PublicIncident): string[] {
  const heading = `${incident.id}-title`;
  const meta =
    incident.resolvedAt === null
      ? ["Ongoing", `Reported ${time(incident.reportedAt)}`]
      : [`Reported ${time(incident.reportedAt)}`, `Resolved ${time(incident.resolvedAt)}`];
  const affected = incident.components.map((c) =>
    incident.status === "resolved" ? e(c.name) : `${e(c.name)} (${e(STATE_TEXT[c.state])})`,
  );
  const updates = incident.updates.map(
    (u) => `<li id="${incident.id}-${u.id}">${time(u.at)}<p class="text">${e(u.text)}</p></li>`,
  );
  return [
    `<article id="${incident.id}" aria-labelledby="${heading}">`,
    `<h3 id="${heading}">${e(incident.title)}</h3>`,
    `<p class="meta">${meta.join(" · ")}</p>`,
    ...(affected.length > 0 ? [`<p class="meta">Affected: ${affected.join(", ")}</p>`] : []),
    ...(updates.length > 0
      ? ['<ol class="updates" aria-label="Updates, newest first">', ...updates, "</ol>"]
      : []),
    "</article>",
  ];
}

const MAINTENANCE_STATUS = {
  scheduled: "Scheduled",
  "in-progress": "In progress",
  completed: "Completed",
} as const;

function maintenanceArticle(m: PublicMaintenance): string[] {
  const heading = `${m.id}-title`;
  const affected = m.components.map((c) => e(c.name)).join(", ");
  return [
    `<article id="${m.id}" aria-labelledby="${heading}">`,
    `<h3 id="${heading}">${e(m.title)}</h3>`,
    `<p class="meta">${MAINTENANCE_STATUS[m.status]} · ${time(m.startsAt)} to ${time(m.endsAt)}</p>`,
    ...(affected === "" ? [] : [`<p class="meta">Affected: ${affected}</p>`]),
    ...(m.text === "" ? [] : [`<p class="text">${e(m.text)}</p>`]),
    "</article>",
  ];
}

function section(id: string, title: string, body: string[], empty: string): string[] {
  return [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${e(title)}</h2>`,
    ...(body.length > 0 ? body : [`<p>${e(empty)}</p>`]),
    "</section>",
  ];
}

/** The whole page. */
export function renderHtml(view: StatusPageView): string {
  const upcoming = view.maintenance.filter((m) => m.status !== "completed");
  const pastMaintenance = view.maintenance.filter((m) => m.status === "completed");
  const days = `the last ${view.historyDays} days`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // A constant with no quotes or markup in it.
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${e(view.title)}</title>`,
    `<link rel="alternate" type="application/atom+xml" title="${e(view.title)}" href="feed.atom">`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${e(view.title)}</h1>`,
    `<p class="overall s-${view.overall.state}" id="overall">${e(view.overall.text)}</p>`,
    "</header>",
    "<main>",
    ...componentsTable(view),
    ...section(
      "incidents",
      "Current incidents",
      view.incidents.flatMap(incidentArticle),
      "No incidents right now.",
    ),
    ...section(
      "maintenance",
      "Scheduled maintenance",
      upcoming.flatMap(maintenanceArticle),
      "No maintenance scheduled.",
    ),
    ...section(
      "history",
      "Past incidents",
      view.history.flatMap(incidentArticle),
      `No incidents in ${days}.`,
    ),
    ...(pastMaintenance.length > 0
      ? section("past-maintenance", "Past maintenance", pastMaintenance.flatMap(maintenanceArticle), "")
      : []),
    "</main>",
    "<footer>",
    `<p>Incidents and maintenance of ${e(days)}. Updated ${time(view.generatedAt)}.`,
    ' Also as <a href="status.json">JSON</a> and an <a href="feed.atom">Atom feed</a>.</p>',
    "</footer>",
    `<script>${TIME_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
