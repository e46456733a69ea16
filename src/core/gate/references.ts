/**
 * Issue numbers a pull request's title or body references in its own repository: `#12`, and so
 * `Fixes #12`, `closes #12`, `(#12)`. A `#` preceded by a letter, digit, `/`, `-`, `_` or `&` is
 * not a reference (`acme/web#12` names another repository, `&#12;` is an HTML entity). One pass over
 * the text, no pattern.
 */
export function referencedIssues(text: string): number[] {
  const found = new Set<number>();
  for (let at = text.indexOf("#"); at >= 0; at = text.indexOf("#", at + 1)) {
    if (at > 0 && isPrefixChar(text.charCodeAt(at - 1))) continue;
    let end = at + 1;
    while (end < text.length && end - at <= 10 && isDigit(text.charCodeAt(end))) end++;
    if (end === at + 1 || end - at > 10) continue;
    if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
    const n = Number(text.slice(at + 1, end));
    if (n > 0) found.add(n);
  }
  return [...found];
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isDigit(c) || isLetter(c) || c === 95;
/** Characters that make a following `#` part of something else. */
const isPrefixChar = (c: number) => isWordChar(c) || c === 47 || c === 45 || c === 38;
