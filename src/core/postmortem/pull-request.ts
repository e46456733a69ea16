import { MARKER_PREFIX, POSTMORTEM_FAILED_MARKER } from "../state/markers.js";
import type { IncidentState } from "../state/types.js";
import { inlineText, mention } from "../text/markdown-safe.js";
import { formatDuration, minutesBetween } from "../time.js";
import { fenceFor, splitText } from "./code-fence.js";

/** Marks the postmortem PR's body (which incident it belongs to). */
export const postmortemPrMarker = (issue: number): string => `${MARKER_PREFIX}postmortem-pr:${issue} -->`;
/** Marks a comment saying the postmortem PR could not be opened. Never matches `postmortem:`. */
export { POSTMORTEM_FAILED_MARKER };

/** GitHub's limits: 256 characters for a PR title, 65,536 for a comment or PR body. */
const TITLE_MAX = 256;
const COMMENT_MAX = 65_536;

/** `Postmortem: <title> (#<n>)`, on one line, at most 256 characters (the title is shortened). */
export function postmortemPrTitle(state: IncidentState): string {
  const prefix = "Postmortem: ";
  const suffix = ` (#${state.number})`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const title = state.title.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim() || "Incident";
  const room = TITLE_MAX - prefix.length - suffix.length;
  if (title.length <= room) return `${prefix}${title}${suffix}`;
  // Counted in UTF-16 code units (the stricter count), never splitting a character.
  let short = "";
  for (const ch of title) {
    if (short.length + ch.length > room - 1) break;
    short += ch;
  }
  return `${prefix}${short.trimEnd()}…${suffix}`;
}

/** A path as inline code when that is safe, else as escaped text. */
export function showPath(path: string): string {
  return /^[\w./-]+$/.test(path) ? `\`${path}\`` : inlineText(path, 300);
}

/** The PR body: which incident, its key figures, where the document is; nobody is notified by it. */
export function postmortemPrBody(state: IncidentState, path: string, now: Date): string {
  const end = state.resolvedAt ?? now.toISOString();
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login;
  const rows: Array<[string, string]> = [
    ["Incident", `#${state.number}: ${inlineText(state.title, 256)}`],
    ["Severity", state.severity ? inlineText(state.severity.id, 60) : "not set"],
    ["Duration", formatDuration(minutesBetween(state.startedAt, end))],
    [
      "Time to mitigate",
      state.mitigatedAt ? formatDuration(minutesBetween(state.startedAt, state.mitigatedAt)) : "not recorded",
    ],
    ["Commander", commander ? mention(commander) : "none"],
    ["Follow-ups", String(state.followups.length)],
  ];
  return [
    postmortemPrMarker(state.number),
    `Postmortem of incident #${state.number}${state.isDrill ? " (a drill)" : ""}, drafted when it was resolved.`,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([name, value]) => `| **${name}** | ${value} |`),
    "",
    // One line per paragraph: GitHub renders line breaks in PR bodies and comments.
    `The draft is ${showPath(path)}. The key times, the responders, the full timeline, the related changes and the follow-ups (as action items) are filled in.`,
    "",
    "Complete the sections marked _To do_ with the responders, keep it blameless, and merge it when the team agrees with it.",
    "",
  ].join("\n");
}

export interface PostmortemFailure {
  issue: number;
  /** What was being done, e.g. `creating the file … on branch …`. */
  step: string;
  /** The error, e.g. from Octokit (its `status` and message are shown). */
  error: unknown;
  branch: string;
  path: string;
  /** The rendered postmortem: attached so nothing is lost. */
  document: string;
}

/** HTTP status of an Octokit error (`RequestError.status`), if any. */
export function errorStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : null;
}

/** One line saying what went wrong, e.g. `403 Resource not accessible by integration`. */
export function describeError(error: unknown): string {
  const status = errorStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return inlineText(`${status === null ? "" : `${status} `}${message}`.trim(), 300);
}

function advice(f: PostmortemFailure): string[] {
  const status = errorStatus(f.error);
  const byHand = `- Or open it by hand: commit the document below as ${showPath(f.path)} on a branch named ${showPath(f.branch)} and open a pull request that mentions #${f.issue}. Reopening and closing this issue then links it.`;
  if (status === 401 || status === 403 || status === 404 || status === 422) {
    return [
      "- The token may lack permission, or the branch may be protected. Grant `contents: write` and `pull-requests: write` (the workflow's `permissions:` for the Action; the GitHub App's *Contents* and *Pull requests* read & write permissions for the app), or allow it past the branch protection rule.",
      "- Then reopen and close this issue as completed to try again.",
      byHand,
    ];
  }
  return ["- This may be temporary: reopen and close this issue as completed to try again.", byHand];
}

/**
 * The comment(s) saying the postmortem PR could not be opened, what to do, and carrying the whole
 * rendered document in a fenced block no backtick run inside it can close. A document too long for
 * one comment continues in further comments; joined, the parts give the document exactly.
 */
export function postmortemFailureComments(f: PostmortemFailure): string[] {
  // The document sits in a code block, but the state derivation reads raw bodies: keep markers inert.
  const document = f.document.replaceAll(MARKER_PREFIX, "<!-- incident-workflow\u2060:");
  const fence = fenceFor(document);
  const head = [
    POSTMORTEM_FAILED_MARKER,
    "⚠️ **The postmortem pull request could not be opened.**",
    "",
    `Failed while ${inlineText(f.step, 300)}: ${describeError(f.error)}.`,
    "",
    "**What to do**",
    "",
    ...advice(f),
    "",
  ].join("\n");
  const wrap = (part: string, n: number, of: number) =>
    [
      "<details>",
      `<summary>The postmortem document${of > 1 ? ` (part ${n} of ${of})` : ""}</summary>`,
      "",
      `${fence}markdown`,
      part.endsWith("\n") ? part.slice(0, -1) : part,
      fence,
      "",
      "</details>",
      "",
    ].join("\n");
  const room = COMMENT_MAX - head.length - 400;
  const parts = splitText(document, room);
  return parts.map((part, i) => {
    const body = wrap(part, i + 1, parts.length);
    return i === 0
      ? `${head}\n${body}`
      : `${POSTMORTEM_FAILED_MARKER}\nThe postmortem document of #${f.issue}, continued.\n\n${body}`;
  });
}
