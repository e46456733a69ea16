// Texts of GitHub's maximum body length (65,536 characters) built to make each pattern that used to
// backtrack blow up, and to hit each cap: shared by the bench (`hostile.mjs`) and the end-to-end
// test (test/e2e/hostile-input.test.ts).

/** GitHub's limit on an issue or comment body, in characters. */
export const BODY_MAX = 65_536;

/** `head`, then `run` repeated, then `tail`: exactly BODY_MAX characters. */
export function fill(head, run, tail = "") {
  const room = BODY_MAX - head.length - tail.length;
  const text = `${head}${run.repeat(Math.ceil(room / run.length)).slice(0, room)}${tail}`;
  if (text.length !== BODY_MAX) throw new Error(`built ${text.length} characters`);
  return text;
}

/** [what it aims at, the text]. */
export const HOSTILE_TEXTS = [
  ["### and a run of spaces (the form heading, cubic)", fill("### ", " ", "\u2028")],
  ["### and a run of tabs and a #", fill("###\t", "\t", "#\u2028")],
  ["a run of punctuation after a person (users.ts, quadratic)", fill("/commander me", "!", "\u0000!")],
  [
    "a run of digits in the severity answer (issue-form, quadratic)",
    fill("### Severity\n\nSEV", "0", "\u00000"),
  ],
  ["a run of digits after /started", fill("/started ", "0", " ago")],
  ["a run of / lines (command lines)", fill("", "/note x\n")],
  ["a run of ~ (a fence)", fill("~~~", "~")],
  ["a run of backtick fences", fill("", "```\n")],
  ["a run of @ words", fill("/responder ", "@a ")],
  ["a run of task items and spaces", fill("- [ ]", " ", "x")],
  ["a run of line breaks and spaces", fill("/note x", " \n")],
];
