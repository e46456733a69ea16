/**
 * Text for the status page's HTML and Atom outputs. Everything that reaches them (public updates,
 * titles, component names) is data: escaped so it renders as the text it is, never as markup.
 */

import { withoutBidi } from "../text/bidi.js";

/** Characters XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Drops characters no HTML or XML document may hold, and bidirectional controls (`bidi.ts`); line
 * breaks normalised to `\n`.
 */
export function cleanText(text: string): string {
  return withoutBidi(text.replace(/\r\n?/g, "\n").replace(NOT_XML, ""));
}

/**
 * Text safe in HTML and XML element content and in quoted attribute values: `& < > " '` become
 * entities, forbidden characters are dropped.
 */
export function escapeMarkup(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** `2026-11-21T09:05:00.000Z` → `2026-11-21 09:05 UTC` (no time-zone data needed). */
export function utcText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const s = date.toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, 16)} UTC`;
}

/** An ISO time as Atom and `datetime` attributes want it: `2026-11-21T09:05:00Z`. */
export function isoSeconds(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 19)}Z`;
}

/** A short, stable, non-reversible key for a string (FNV-1a, 64 bits as 16 hex digits). */
export function stableKey(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
