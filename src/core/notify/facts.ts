import type { ChannelFact } from "../config/schema-notifications.js";
import type { IncidentState } from "../state/types.js";

/** Something that happened to an incident that a channel may hear about. */
export interface Fact {
  kind: ChannelFact;
  /** Stable identity: the same history always gives the same key (`update:<comment id>`). */
  key: string;
  at: string;
  /** The severity level at that moment (null while none is set). */
  level: string | null;
  /** A severity change: the level before it, and whether it was raised. */
  from?: string | null;
  raised?: boolean;
  /** A status change: the new status. */
  status?: string;
  /** A commander: their login. */
  commander?: string;
  /** An update: its text. */
  text?: string;
  by?: string;
  /** The id of the comment it came from, when it came from one: orders facts of the same second. */
  seq?: number;
}

/** The order of facts that happened at the same moment (declared first, postmortem last). */
const RANK: Record<ChannelFact, number> = {
  declared: 0,
  severity: 1,
  commander: 2,
  status: 3,
  update: 4,
  resolved: 5,
  postmortem: 6,
};

/** The level the incident held at `at`: the newest severity change at or before it. */
export function levelAt(state: IncidentState, at: string): string | null {
  let level: string | null = null;
  for (const change of state.severityChanges) if (change.at <= at) level = change.to;
  return level ?? state.severityChanges[0]?.to ?? null;
}

/** The comment id at the end of a comment's link (`…#issuecomment-<id>`), or undefined. No pattern. */
export function commentIdOf(url: string | undefined): number | undefined {
  const at = url?.lastIndexOf("#issuecomment-") ?? -1;
  if (url === undefined || at < 0) return undefined;
  const id = Number(url.slice(at + "#issuecomment-".length));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/**
 * Compares two facts in the order they are told: by time; in the same second (GitHub's times have
 * whole seconds), by the comments they came from, else by kind; then by key.
 */
export function compareFacts(
  a: Pick<Fact, "at" | "kind" | "key" | "seq">,
  b: Pick<Fact, "at" | "kind" | "key" | "seq">,
) {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.seq !== undefined && b.seq !== undefined && a.seq !== b.seq) return a.seq - b.seq;
  if (a.kind !== b.kind) return RANK[a.kind] - RANK[b.kind];
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Every fact of the incident, derived from its state (so from its history): declared, each change
 * of severity after the first level, each status reached, the commander (each person who took the
 * role), each update, each resolution, the postmortem. In the order they are told
 * (`compareFacts`). Pure: the same history gives the same facts with the same keys.
 */
export function incidentFacts(state: IncidentState): Fact[] {
  if (!state.isIncident) return [];
  const facts: Fact[] = [];
  const add = (fact: Omit<Fact, "level">) => facts.push({ ...fact, level: levelAt(state, fact.at) });
  add({ kind: "declared", key: "declared", at: state.declaredAt, by: state.declaredBy });
  const severityEvents = state.timeline.filter((e) => e.kind === "severity");
  state.severityChanges.forEach((change, i) => {
    if (i === 0) return;
    // Each change has its line on the timeline (same order): its link says which comment, if any.
    const seq = commentIdOf(severityEvents[i]?.url);
    add({
      kind: "severity",
      key: `severity:${change.key}`,
      at: change.at,
      from: change.from,
      raised: change.raised,
      by: change.by,
      ...(seq === undefined ? {} : { seq }),
    });
  });
  let statuses = 0;
  for (const event of state.timeline) {
    if (event.kind !== "status") continue;
    statuses += 1;
    const status = event.text.startsWith("Status: ") ? event.text.slice(8) : event.text;
    const seq = commentIdOf(event.url);
    add({
      kind: "status",
      key: `status:${statuses}:${status}`,
      at: event.at,
      status,
      by: event.by,
      ...(seq === undefined ? {} : { seq }),
    });
  }
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders ?? [];
  for (const holder of commanders)
    add({
      kind: "commander",
      key: `commander:${holder.login.toLowerCase()}:${holder.since}`,
      at: holder.since,
      commander: holder.login,
      by: holder.by,
    });
  for (const update of state.updates)
    add({
      kind: "update",
      key: `update:${update.commentId}`,
      at: update.at,
      text: update.text,
      by: update.by,
      seq: update.commentId,
    });
  if (state.resolvedAt !== null && !state.open)
    add({ kind: "resolved", key: `resolved:${state.resolvedAt}`, at: state.resolvedAt });
  if (state.postmortem !== null) {
    const at = state.resolvedAt ?? state.closedAt ?? state.lastEventAt;
    add({ kind: "postmortem", key: `postmortem:${state.postmortem.number}`, at });
  }
  return facts.sort(compareFacts);
}
