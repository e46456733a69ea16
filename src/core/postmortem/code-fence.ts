/** A backtick fence longer than any backtick run in `text` (at least three), so the text cannot close it. */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return "`".repeat(Math.max(3, longest + 1));
}

/**
 * Splits text into parts of at most `max` characters, on line breaks where possible, so that the
 * parts joined back give the text exactly.
 */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf("\n", max - 1);
    let end = cut > 0 ? cut + 1 : max;
    const last = rest.charCodeAt(end - 1);
    if (cut <= 0 && last >= 0xd800 && last <= 0xdbff) end -= 1; // keep a surrogate pair whole
    parts.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (rest !== "" || parts.length === 0) parts.push(rest);
  return parts;
}
