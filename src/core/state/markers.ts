/** Hidden HTML markers that identify the bot's own comments. User text can never contain `<!--`. */
export const MARKER_PREFIX = "<!-- incident-workflow:";
export const BOARD_MARKER = "<!-- incident-workflow:board -->";
export { CONFIG_PROBLEMS_MARKER as CONFIG_ERROR_MARKER } from "../config/format-problems.js";

export const replyMarker = (commentId: number): string => `${MARKER_PREFIX}reply:${commentId} -->`;
export const notifyMarker = (key: string): string => `${MARKER_PREFIX}notify:${key} -->`;
export const postmortemMarker = (pr: number, url: string): string =>
  `${MARKER_PREFIX}postmortem:${pr}:${url} -->`;
export const dedupMarker = (key: string): string => `${MARKER_PREFIX}dedup:${encodeURIComponent(key)} -->`;
export const declaredFromMarker = (commentId: number): string =>
  `${MARKER_PREFIX}declared-from:${commentId} -->`;
/** In the body of an issue this tool created: who declared it (the tool is the author). */
export const declaredByMarker = (login: string): string =>
  `${MARKER_PREFIX}declared-by:${encodeURIComponent(login)} -->`;
/** In the body of an issue this tool created: one id per declaration request, to find it after a failed create. */
export const requestMarker = (id: string): string => `${MARKER_PREFIX}request:${id} -->`;

const markerValue = (body: string, name: string): string | null => {
  const start = body.indexOf(`${MARKER_PREFIX}${name}:`);
  if (start < 0) return null;
  const from = start + MARKER_PREFIX.length + name.length + 1;
  const end = body.indexOf(" -->", from);
  return end < 0 ? null : body.slice(from, end);
};

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
