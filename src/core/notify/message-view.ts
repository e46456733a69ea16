import type { IncidentState } from "../state/types.js";
import type { Fact } from "./facts.js";

/** What every message says, whatever its kind: the fact, and the incident as it stands. */
export interface MessageView {
  /** One line: what happened (`SEV1 incident declared`). */
  headline: string;
  /** The fact's own words, when it has any (an update's text). */
  detail: string | null;
  title: string;
  url: string;
  /** `owner/repo#n`: the incident, for PagerDuty's `dedup_key` and the generic webhook. */
  incident: string;
  number: number;
  severity: string;
  status: string;
  commander: string;
  latestUpdate: string;
  drill: boolean;
  /** The most severe level is 1; used for colours. */
  rank: number | null;
}

/** Keeps what people wrote within a chat message's limits (whole characters, never half a pair). */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

function headline(fact: Fact, state: IncidentState): string {
  const what = state.isDrill ? "drill" : "incident";
  switch (fact.kind) {
    case "declared":
      return `${fact.level ?? "New"} ${what} declared`;
    case "severity":
      return `Severity ${fact.raised ? "raised" : "lowered"}: ${fact.from ?? "none"} → ${fact.level ?? "none"}`;
    case "status":
      return `Status: ${fact.status ?? state.status}`;
    case "commander":
      return `@${fact.commander ?? "someone"} is the incident commander`;
    case "update":
      return `Update${fact.by ? ` from @${fact.by}` : ""}`;
    case "resolved":
      return `${state.isDrill ? "Drill" : "Incident"} resolved`;
    case "postmortem":
      return "Postmortem opened";
  }
}

/** The view of one fact of the incident, for any kind of channel. */
export function messageView(fact: Fact, state: IncidentState, incident: string): MessageView {
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders ?? [];
  const latest = state.updates.at(-1);
  const detail =
    fact.kind === "update"
      ? (fact.text ?? null)
      : fact.kind === "postmortem"
        ? (state.postmortem?.url ?? null)
        : null;
  return {
    headline: headline(fact, state),
    detail: detail === null ? null : clip(detail, 1500),
    title: clip(state.title, 200),
    url: state.url,
    incident,
    number: state.number,
    severity: state.severity?.id ?? "none",
    status: state.status,
    commander: commanders.length === 0 ? "none" : commanders.map((h) => `@${h.login}`).join(", "),
    latestUpdate: latest === undefined ? "none yet" : clip(latest.text, 500),
    drill: state.isDrill,
    rank: state.severity?.rank ?? null,
  };
}
