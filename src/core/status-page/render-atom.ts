/**
 * `feed.atom`: an Atom 1.0 feed (RFC 4287) of the page's news: one entry per public update, one per
 * resolution, one per maintenance window. Entry ids are stable across runs (issue numbers, comment
 * ids, times), so feed readers show each piece of news once.
 */
import { escapeMarkup as e, isoSeconds, utcText } from "./escape.js";
import type { PublicIncident, PublicMaintenance, StatusPageView } from "./types.js";

interface Entry {
  id: string;
  title: string;
  published: string;
  updated: string;
  text: string;
  anchor: string;
}

/** Where the page's files live, from `statusPage.url` (`https://x.github.io/status` is a directory). */
export function siteBase(url: string): string {
  const parsed = new URL(url);
  if (!parsed.pathname.endsWith("/") && !/\.html?$/i.test(parsed.pathname)) parsed.pathname += "/";
  return parsed.toString();
}

function incidentEntries(view: StatusPageView, incident: PublicIncident): Entry[] {
  const entries: Entry[] = incident.updates.map((u) => ({
    id: `${view.feedId}:${incident.id}:update:${u.id}`,
    title: incident.title,
    published: u.at,
    updated: u.at,
    text: u.text,
    anchor: `${incident.id}-${u.id}`,
  }));
  if (incident.resolvedAt !== null) {
    entries.push({
      id: `${view.feedId}:${incident.id}:resolved:${isoSeconds(incident.resolvedAt)}`,
      title: `Resolved: ${incident.title}`,
      published: incident.resolvedAt,
      updated: incident.resolvedAt,
      text: "This incident has been resolved.",
      anchor: incident.id,
    });
  }
  return entries;
}

function maintenanceEntry(view: StatusPageView, m: PublicMaintenance): Entry {
  const when = `From ${utcText(m.startsAt)} to ${utcText(m.endsAt)}.`;
  return {
    id: `${view.feedId}:${m.id}`,
    title: m.title,
    published: m.announcedAt,
    updated: m.announcedAt,
    text: m.text === "" ? when : `${m.text}\n\n${when}`,
    anchor: m.id,
  };
}

function link(rel: string, type: string, href: string): string {
  return `<link rel="${rel}" type="${type}" href="${e(href)}"/>`;
}

/** The feed's XML text. */
export function renderAtom(view: StatusPageView): string {
  const entries = [
    ...[...view.incidents, ...view.history].flatMap((i) => incidentEntries(view, i)),
    ...view.maintenance.map((m) => maintenanceEntry(view, m)),
  ].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id.localeCompare(b.id)));
  const updated = entries[0]?.updated ?? view.generatedAt;
  const base = view.url === null ? null : siteBase(view.url);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${e(view.feedId)}</id>`,
    `  <title>${e(view.title)}</title>`,
    `  <updated>${isoSeconds(updated)}</updated>`,
    `  <author><name>${e(view.title)}</name></author>`,
    ...(base === null
      ? []
      : [
          `  ${link("alternate", "text/html", view.url!)}`,
          `  ${link("self", "application/atom+xml", new URL("feed.atom", base).toString())}`,
        ]),
    "  <generator>Incident Workflow</generator>",
  ];
  for (const entry of entries) {
    lines.push(
      "  <entry>",
      `    <id>${e(entry.id)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <published>${isoSeconds(entry.published)}</published>`,
      `    <updated>${isoSeconds(entry.updated)}</updated>`,
      ...(base === null ? [] : [`    ${link("alternate", "text/html", `${base}#${entry.anchor}`)}`]),
      `    <content type="text">${e(entry.text)}</content>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}
