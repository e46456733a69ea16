/**
 * Bidirectional control characters: the embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). In text people wrote they can make a line
 * display in another order than it reads ("Trojan Source"), so everything that renders user text
 * drops them: the text then displays in the order it was typed. Dropped, not replaced, like the
 * other control characters the renderers drop; right-to-left scripts still display correctly, as
 * the Unicode algorithm orders them without these.
 */

/** Whether a UTF-16 code unit (or code point) is a bidirectional control character. */
export function isBidiControl(code: number): boolean {
  return (
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c
  );
}

/** The text without its bidirectional control characters (the same string when it has none). */
export function withoutBidi(text: string): string {
  let i = 0;
  while (i < text.length && !isBidiControl(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isBidiControl(code)) out += text[i];
  }
  return out;
}
