import { inlineText } from "../text/markdown-safe.js";

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * A person as `@login`. The postmortem is a file, and mentions in files do not notify, so the
 * document names people the way readers expect. Anything that is not a valid login is shown as text.
 */
export function person(login: string): string {
  const bare = login.startsWith("@") ? login.slice(1) : login;
  return LOGIN.test(bare) ? `@${bare.replace(/\[bot\]$/, "\\[bot\\]")}` : inlineText(bare, 60);
}

/** The URL when it is safe inside a Markdown link and a table cell (https, no spaces or brackets). */
export function safeUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  return /^https:\/\/[^\s<>()[\]{}"'`|\\]+$/.test(url) ? url : null;
}

/** `[text](url)` when the URL is safe, else the text alone. `text` must already be safe. */
export function link(text: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe === null ? text : `[${text}](${safe})`;
}

/** An ISO time normalised to UTC (`2026-11-21T09:12:00.000Z`); an unparsable one is kept as is. */
export function isoUtc(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().replace(".000Z", "Z");
}
