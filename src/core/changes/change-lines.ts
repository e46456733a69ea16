import { link } from "../postmortem/format.js";
import { inlineText } from "../text/markdown-safe.js";
import type { Change, RecentChanges } from "./recent-changes.js";

/** How a change names people and times where it is shown (the board does not notify; the postmortem is a file). */
export interface ChangeStyle {
  person: (login: string) => string;
  time: (iso: string) => string;
}

/** One change as a Markdown line (without the list bullet); every part is escaped or checked. */
export function changeLine(change: Change, style: ChangeStyle): string {
  const when = style.time(change.at);
  const by = style.person(change.by);
  if (change.kind === "pull") {
    const title = inlineText(change.title, 200);
    return `${link(`#${change.number}`, change.url)} ${title} — merged ${when}, by ${by}`;
  }
  const sha = change.sha && /^[0-9a-f]{7,40}$/i.test(change.sha) ? ` (\`${change.sha.slice(0, 7)}\`)` : "";
  const ref = change.ref === undefined ? "" : ` of ${inlineText(change.ref, 100)}${sha}`;
  const env = inlineText(change.title, 100);
  return `${link("Deployment", change.url)}${ref} to **${env}** — ${when}, by ${by}`;
}

/** The changes as lines, the window they were read for, and what could not be read. */
export function changesView(changes: RecentChanges | null, style: ChangeStyle) {
  if (changes === null) return null;
  return {
    since: style.time(changes.since),
    until: style.time(changes.until),
    items: changes.items.map((c) => changeLine(c, style)),
    problems: changes.problems.map((p) => inlineText(p, 300)),
  };
}
