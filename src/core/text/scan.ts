/**
 * Small hand-written scanners for text people write. Each walks its input once (linear time) where a
 * regular expression anchored at the end (`/x+$/`) would retry from every position of a long run and
 * take quadratic time. `test/core/redos.test.ts` checks every pattern left in `src/` with `recheck`.
 */

/** `text` without the run of characters from `chars` at its end (`/[chars]+$/` replaced by ""). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** `text` without the run of characters from `chars` at its start (`/^[chars]+/` replaced by ""). */
export function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return text.slice(start);
}

/**
 * `text` without a leading run of `./`, or else without a leading run of `/` (what
 * `/^(\.\/)+|^\/+/` removed: one alternative or the other, never both).
 */
export function trimPathStart(text: string): string {
  if (!text.startsWith("./")) return trimStartOf(text, "/");
  let start = 0;
  while (text.startsWith("./", start)) start += 2;
  return text.slice(start);
}

/** A configured directory without its leading `./` (or `/`) run and trailing `/` run. */
export function trimPath(text: string): string {
  return trimEndOf(trimPathStart(text), "/");
}

/** Each run of whitespace that holds a line break becomes one space; other runs are kept. */
export function joinLines(text: string): string {
  return text.replace(/\s+/g, (run) => (run.includes("\n") ? " " : run));
}

/** The run of ASCII digits that ends `text` (`/(\d+)$/`), or undefined. */
export function trailingDigits(text: string): string | undefined {
  let start = text.length;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  return start === text.length ? undefined : text.slice(start);
}

/** Whether a UTF-16 code is an ASCII digit. */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether a UTF-16 code is an ASCII letter. */
export const isLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

/** The index of the first character at or after `from` that is not a space or tab. */
export function skipBlanks(text: string, from: number): number {
  let at = from;
  while (at < text.length && (text.charAt(at) === " " || text.charAt(at) === "\t")) at++;
  return at;
}

/** Whether one character is what `\s` matches (white space or a line terminator). */
export const isSpace = (char: string): boolean => char !== "" && char.trim() === "";

/** The index of the first character at or after `from` that `\s` does not match. */
export function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charAt(at))) at++;
  return at;
}
