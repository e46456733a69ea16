/**
 * Hidden HTML markers that identify the bot's own comments and issues. The tool writes them as a
 * header: one marker per line at the very start of the body, before anything a person wrote. They
 * are read back only from that header (`markerHeader`), so a marker-like line in user text that
 * follows (an alert's title, a summary) is never taken for one; callers read them only from bodies
 * the tool itself wrote (by its login, see `deriveState`'s `isSelf`).
 */
export const MARKER_PREFIX = "<!-- incident-workflow:";
export const BOARD_MARKER = "<!-- incident-workflow:board -->";
export { CONFIG_PROBLEMS_MARKER as CONFIG_ERROR_MARKER } from "../config/format-problems.js";

const MARKER_END = " -->";

/**
 * The body's leading marker lines, in order: every line from the start that is one whole marker
 * (`<!-- incident-workflow:… -->`, nothing else on it); the first other line ends the header. One
 * pass, no pattern.
 */
export function markerHeader(body: string): string[] {
  const lines: string[] = [];
  let at = 0;
  while (at < body.length && body.startsWith(MARKER_PREFIX, at)) {
    const newline = body.indexOf("\n", at);
    const end = newline < 0 ? body.length : newline;
    const line = body.slice(at, end > at && body[end - 1] === "\r" ? end - 1 : end);
    const close = line.indexOf("-->");
    if (close !== line.length - 3 || !line.endsWith(MARKER_END)) break;
    lines.push(line);
    if (newline < 0) break;
    at = newline + 1;
  }
  return lines;
}

/** Whether a person is this tool: a bot with its login (`self`), the only author whose markers count. */
export const isTool = (person: { login: string; isBot: boolean }, self: string): boolean =>
  person.isBot && person.login.toLowerCase() === self.toLowerCase();

/** The header line that starts with `prefix`, without it and the closing ` -->`; null when none. */
export function headerValue(body: string, prefix: string): string | null {
  const line = markerHeader(body).find((l) => l.startsWith(prefix));
  return line === undefined ? null : line.slice(prefix.length, line.length - MARKER_END.length);
}

/** Whether the body's marker header holds exactly this marker (e.g. `ALERT_MARKER`). */
export const hasHeaderMarker = (body: string, marker: string): boolean => markerHeader(body).includes(marker);

/** The value of the header's first `<!-- incident-workflow:<name>:<value> -->`, or null. */
const markerValue = (body: string, name: string): string | null =>
  headerValue(body, `${MARKER_PREFIX}${name}:`);

export const replyMarker = (commentId: number): string => `${MARKER_PREFIX}reply:${commentId} -->`;
export const notifyMarker = (key: string): string => `${MARKER_PREFIX}notify:${key} -->`;
export const postmortemMarker = (pr: number, url: string): string =>
  `${MARKER_PREFIX}postmortem:${pr}:${url} -->`;
export const dedupMarker = (key: string): string => `${MARKER_PREFIX}dedup:${encodeURIComponent(key)} -->`;
export const declaredFromMarker = (commentId: number): string =>
  `${MARKER_PREFIX}declared-from:${commentId} -->`;
/** In the body of an issue this tool created: who declared it (the tool is the issue's author). */
export const declaredByMarker = (login: string): string =>
  `${MARKER_PREFIX}declared-by:${encodeURIComponent(login)} -->`;
/** In the body of an issue this tool created: one id per declaration request, to find it after a failed create. */
export const requestMarker = (id: string): string => `${MARKER_PREFIX}request:${id} -->`;

export const readReplyMarker = (body: string): number | null => {
  const v = markerValue(body, "reply");
  return v === null ? null : Number(v);
};
export const readNotifyMarker = (body: string): string | null => markerValue(body, "notify");
export const readPostmortemMarker = (body: string): { number: number; url: string } | null => {
  const v = markerValue(body, "postmortem");
  if (v === null) return null;
  const sep = v.indexOf(":");
  return { number: Number(v.slice(0, sep)), url: v.slice(sep + 1) };
};
export const readDeclaredBy = (body: string): string | null => {
  const v = markerValue(body, "declared-by");
  return v === null || v === "" ? null : decodeURIComponent(v);
};
export const readRequestMarker = (body: string): string | null => markerValue(body, "request");
export const readDeclaredFrom = (body: string): number | null => {
  const v = markerValue(body, "declared-from");
  return v === null ? null : Number(v);
};
export const readDedupMarker = (body: string): string | null => {
  const v = markerValue(body, "dedup");
  return v === null ? null : decodeURIComponent(v);
};
export const ALERT_MARKER = "<!-- incident-workflow:alert -->";
/** A change of an alert incident's alerts (all resolved, firing again): one comment per change. */
export const alertStateMarker = (status: "firing" | "resolved"): string =>
  `${MARKER_PREFIX}alert-state:${status} -->`;
export const readAlertStateMarker = (body: string): "firing" | "resolved" | null => {
  const v = markerValue(body, "alert-state");
  return v === "firing" || v === "resolved" ? v : null;
};
/** The one comment counting an alert incident's notifications, edited in place. */
export const alertCountMarker = (count: number): string => `${MARKER_PREFIX}alert-count:${count} -->`;
export const readAlertCountMarker = (body: string): number | null => {
  const v = markerValue(body, "alert-count");
  const n = v === null ? Number.NaN : Number(v);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
};
/** URI-encodes text; lone surrogate halves (which `encodeURIComponent` refuses) become U+FFFD. */
function encodeText(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += ch.length === 1 && c >= 0xd800 && c <= 0xdfff ? "\ufffd" : ch;
  }
  return encodeURIComponent(out);
}
/** A repeated alert's text as it came (URI-encoded), for the timeline; the visible line is escaped. */
export const alertTextMarker = (text: string): string => `${MARKER_PREFIX}alert-text:${encodeText(text)} -->`;
/** The alert text of a repeated-alert comment, or null (comments from before the marker existed). */
export const readAlertTextMarker = (body: string): string | null => {
  const v = markerValue(body, "alert-text");
  if (v === null) return null;
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
};
/** The on-call person was paged for a role (and made its holder, unless `mention`). */
export const oncallMarker = (role: string, login: string, mode: "assign" | "mention"): string =>
  `${MARKER_PREFIX}oncall:${role}:${login}:${mode} -->`;
export const readOncallMarker = (body: string): { role: string; login: string; assign: boolean } | null => {
  const v = markerValue(body, "oncall");
  const [role, login, mode] = v?.split(":") ?? [];
  return role && login ? { role, login, assign: mode !== "mention" } : null;
};
/**
 * A reminder, keyed by what it is about (`update:<anchor>:<window>`, `role:<id>:<since>`,
 * `postmortem:<pr>`). Reminders due together share one comment: its marker lists every key it
 * covers, separated by `,` (no key contains one: role ids are letters, digits, `-` and `_`).
 */
export const reminderMarker = (keys: string | readonly string[]): string =>
  `${MARKER_PREFIX}remind:${typeof keys === "string" ? keys : keys.join(",")} -->`;
/** The reminder marker's whole value (one key, or several joined by `,`). */
export const readReminderMarker = (body: string): string | null => markerValue(body, "remind");
/** Every reminder key a comment covers; none when it is not a reminder. */
export const readReminderKeys = (body: string): string[] =>
  readReminderMarker(body)
    ?.split(",")
    .filter((k) => k !== "") ?? [];
export const POSTMORTEM_FAILED_MARKER = `${MARKER_PREFIX}postmortem-failed -->`;
/** On the incident: the action items made from its merged postmortem (pull request number). */
export const actionItemsMarker = (pull: number): string => `${MARKER_PREFIX}action-items:${pull} -->`;
export const readActionItemsMarker = (body: string): number | null => {
  const v = markerValue(body, "action-items");
  return v === null ? null : Number(v);
};
/**
 * On an incident: what the deploy gate did for one workflow run and environment (`held`, or `let`
 * through as a fix going forward). The environment is URI-encoded (it may hold `:`).
 */
export const gateMarker = (run: number, state: "held" | "let", environment: string): string =>
  `${MARKER_PREFIX}gate:${run}:${state}:${encodeURIComponent(environment)} -->`;
export const readGateMarker = (
  body: string,
): { run: number; state: "held" | "let"; environment: string } | null => {
  const [run, state, environment] = markerValue(body, "gate")?.split(":") ?? [];
  if (run === undefined || environment === undefined || (state !== "held" && state !== "let")) return null;
  try {
    return { run: Number(run), state, environment: decodeURIComponent(environment) };
  } catch {
    return null;
  }
};

/**
 * On the tool's answer to `/revert`: the command's comment, the pull request, and the revert opened
 * (`<number>:<url>`), or `failed` when GitHub refused it (the reason is the comment's text).
 */
export const revertMarker = (
  commentId: number,
  pull: number,
  revert: { number: number; url: string } | null,
) =>
  `${MARKER_PREFIX}revert:${commentId}:${pull}:${revert === null ? "failed" : `${revert.number}:${revert.url}`} -->`;
export const readRevertMarker = (
  body: string,
): { commentId: number; pull: number; revert: { number: number; url: string } | null } | null => {
  const v = markerValue(body, "revert");
  if (v === null) return null;
  const [commentId = "", pull = "", number = "", ...url] = v.split(":");
  if (!/^\d+$/.test(commentId) || !/^\d+$/.test(pull)) return null;
  const revert = /^\d+$/.test(number) ? { number: Number(number), url: url.join(":") } : null;
  return { commentId: Number(commentId), pull: Number(pull), revert };
};
