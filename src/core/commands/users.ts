import { trimEndOf } from "../text/scan.js";
import { quote } from "./quote.js";
import type { UserRef } from "./types.js";

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_.-]+$/;

/** The people a role command names: `@login` or `me`, separated by spaces, commas or `and`; repeats dropped. */
export function parseUsers(words: string[]): { users: UserRef[] } | { reason: string } {
  const users: UserRef[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    const w = trimEndOf(word, ".;:!?");
    const lower = w.toLowerCase();
    if (w === "" || lower === "and" || w === "&") continue;
    if (lower === "me" || lower === "@me") {
      if (!seen.has("@me")) users.push({ me: true });
      seen.add("@me");
    } else if (w.startsWith("@") && LOGIN.test(w.slice(1))) {
      if (!seen.has(lower.slice(1))) users.push({ login: w.slice(1) });
      seen.add(lower.slice(1));
    } else if (TEAM.test(w.replace(/^@/, ""))) {
      return { reason: `${quote(w)} is a team; roles are held by people: name them as @login or me` };
    } else {
      return { reason: `${quote(w)} is not a person: name people as @login or me` };
    }
  }
  return { users };
}
