import { changesView } from "../changes/change-lines.js";
import type { Config } from "../config/config.js";
import type { IncidentState } from "../state/types.js";
import { blockText, inlineText } from "../text/markdown-safe.js";
import { formatDuration, formatTime, minutesBetween } from "../time.js";
import { isoUtc, link, person, safeUrl } from "./format.js";
import { yamlNullable, yamlNumber, yamlString } from "./yaml-scalar.js";

/** What the postmortem is rendered from. */
export interface PostmortemInput {
  state: IncidentState;
  config: Config;
  /** When the document is rendered (the close); stands in for a missing resolve time. */
  now: Date;
  /** The incident's summary (the issue body's, or the one given at declaration), when known. */
  summary?: string | undefined;
}

/** Generous limits: the document is a file, not a comment, and the record should be complete. */
const INLINE_MAX = 4000;
const QUOTE_MAX = 20_000;

/**
 * Everything `templates/postmortem.md.hbs` (or a repository's override) can use. Every string is
 * already safe: Markdown text is escaped by `markdown-safe`, people are `@login`, links are checked,
 * and `frontMatter.*` values are complete YAML scalars (quoted strings, numbers, `true`/`false`, `null`).
 */
export function postmortemView(input: PostmortemInput) {
  const { state, config } = input;
  const tz = config.timeZone;
  const time = (iso: string) => formatTime(iso, tz);
  const resolvedAt = state.resolvedAt ?? (state.open ? null : input.now.toISOString());
  const ttm = state.mitigatedAt ? minutesBetween(state.startedAt, state.mitigatedAt) : null;
  const ttr = resolvedAt ? minutesBetween(state.startedAt, resolvedAt) : null;
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login ?? null;
  const level = state.severity;
  const firstUpdate = state.updates[0];
  const summaryText = input.summary?.trim() ? input.summary : (firstUpdate?.text ?? null);
  const said = (s: { text: string; by: string; at: string; url: string } | null | undefined) =>
    s ? { text: blockText(s.text, QUOTE_MAX), by: person(s.by), at: time(s.at), url: safeUrl(s.url) } : null;

  return {
    number: state.number,
    url: safeUrl(state.url) ?? "",
    title: inlineText(state.title, 256),
    drill: state.isDrill,
    timeZone: inlineText(tz, 60),
    generatedAt: time(input.now.toISOString()),
    frontMatter: {
      incident: yamlNumber(state.number),
      url: yamlString(state.url),
      title: yamlString(state.title),
      severity: yamlNullable(level?.id ?? null),
      status: yamlString("draft"),
      drill: state.isDrill ? "true" : "false",
      declaredAt: yamlString(isoUtc(state.declaredAt)),
      startedAt: yamlString(isoUtc(state.startedAt)),
      identifiedAt: yamlNullable(state.identifiedAt && isoUtc(state.identifiedAt)),
      mitigatedAt: yamlNullable(state.mitigatedAt && isoUtc(state.mitigatedAt)),
      resolvedAt: yamlNullable(resolvedAt && isoUtc(resolvedAt)),
      timeToMitigateMinutes: yamlNumber(ttm),
      timeToResolveMinutes: yamlNumber(ttr),
      commander: yamlNullable(commander),
    },
    severity: level
      ? { id: inlineText(level.id, 60), description: inlineText(level.description, 300) }
      : null,
    keyFigures: [
      { name: "Declared", value: `${time(state.declaredAt)} by ${person(state.declaredBy)}` },
      { name: "Started", value: time(state.startedAt) },
      { name: "Identified", value: state.identifiedAt ? time(state.identifiedAt) : "—" },
      { name: "Mitigated", value: state.mitigatedAt ? time(state.mitigatedAt) : "—" },
      { name: "Resolved", value: resolvedAt ? time(resolvedAt) : "—" },
      { name: "Time to mitigate", value: ttm === null ? "—" : formatDuration(ttm) },
      { name: "Time to resolve", value: ttr === null ? "—" : formatDuration(ttr) },
      { name: "Commander", value: commander ? person(commander) : "—" },
    ],
    summary: summaryText === null ? null : blockText(summaryText, QUOTE_MAX),
    summaryFrom: input.summary?.trim() ? "the incident's summary" : "the first update",
    impact: said(state.impact),
    responders: state.roles.map((r) => ({
      role: inlineText(r.role.name, 60),
      people: r.holders.map((h) => person(h.login)).join(", "),
    })),
    timeline: state.timeline.map((e) => ({
      time: link(time(e.at), e.url),
      event: inlineText(e.text, INLINE_MAX),
      who: person(e.by),
    })),
    resolution: said(state.resolution),
    related: [
      ...state.references.map((r) => {
        if (r.hidden)
          return `${r.isPullRequest ? "A pull request" : "An issue"} in a private repository (${time(r.at)})`;
        const ref = inlineText(`${r.repository}#${r.number}`, 200);
        const kind = r.isPullRequest ? "pull request" : "issue";
        return `${link(ref, r.url)}: ${inlineText(r.title, 300)} (${kind}, ${time(r.at)})`;
      }),
      ...state.commits.map((c) => {
        const sha = /^[0-9a-f]{7,40}$/i.test(c.sha) ? `\`${c.sha.slice(0, 7)}\`` : inlineText(c.sha, 40);
        return `${link(sha, c.url)} by ${person(c.by)} (commit, ${time(c.at)})`;
      }),
    ],
    changes: changesView(state.recentChanges, { person, time }),
    actionItems: state.followups.map((f) => ({ text: inlineText(f.text, INLINE_MAX), by: person(f.by) })),
  };
}

export type PostmortemView = ReturnType<typeof postmortemView>;
