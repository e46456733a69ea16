// The hand-written scanners that replaced backtracking patterns give what those patterns gave, on
// every short text over the characters that matter (the old patterns are fine on short texts):
// thousands of seeded random texts per scanner, compared with the pattern it replaced.
import { describe, expect, it } from "vitest";
import { fenceOf } from "../../src/core/commands/command-lines.js";
import { headingText } from "../../src/core/issue-form.js";
import { taskItem } from "../../src/core/postmortem/action-items.js";
import { joinLines, trailingDigits, trimEndOf, trimPath, trimPathStart } from "../../src/core/text/scan.js";

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` texts of up to `max` characters drawn from `alphabet`, after the given prefixes. */
function texts(alphabet: readonly string[], prefixes: readonly string[], count = 4000, max = 12): string[] {
  const next = random(17);
  return Array.from({ length: count }, () => {
    const prefix = prefixes[Math.floor(next() * prefixes.length)] ?? "";
    const length = Math.floor(next() * (max + 1));
    let text = prefix;
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)] ?? "";
    return text;
  });
}

describe("scanners that replaced backtracking patterns", () => {
  it("headingText reads the form headings the old heading pattern read", () => {
    const old = /^###[ \t]+(.+?)[ \t]*#*[ \t]*$/;
    for (const line of texts([" ", "\t", "#", "S", "u", "\u2028", "\u00a0"], ["###", "### ", "##", ""])) {
      // Only the trimmed text matters (it is compared with the form's labels).
      const want = old.exec(line)?.[1]?.trim() || undefined;
      expect(headingText(line)?.trim() || undefined, JSON.stringify(line)).toBe(want);
    }
  });

  it("trimEndOf, trailingDigits, trimPathStart, trimPath and joinLines match their patterns", () => {
    for (const text of texts([".", ";", "!", "?", "a", " ", "0", "7", "/", "-", "\n", "\t", "\r"], [""])) {
      const show = JSON.stringify(text);
      expect(trimEndOf(text, ".;:!?"), show).toBe(text.replace(/[.;:!?]+$/, ""));
      expect(trimEndOf(text, "/"), show).toBe(text.replace(/\/+$/, ""));
      expect(trailingDigits(text), show).toBe(/(\d+)$/.exec(text)?.[1]);
      expect(joinLines(text), show).toBe(text.replace(/\s*\n\s*/g, " "));
    }
    for (const text of texts([".", "/", "a", "-"], ["", "./", "/"])) {
      const show = JSON.stringify(text);
      expect(trimPathStart(text), show).toBe(text.replace(/^(\.\/)+|^\/+/, ""));
      expect(trimPath(text), show).toBe(text.replace(/^(\.\/)+|^\/+|\/+$/g, ""));
    }
  });

  it("fenceOf reads the fences the old fence patterns read", () => {
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/;
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/;
    for (const line of texts(["`", "~", " ", "a", "\t", "\u2028"], ["", " ", "   ", "    ", "```", "~~~"])) {
      const show = JSON.stringify(line);
      const m = open.exec(line);
      const fence = fenceOf(line);
      if (m === null) {
        // The old pattern's `.` refused a line terminator in the info string; the caller checks it.
        if (fence !== undefined) expect(/[\u2028\u2029]/.test(fence.rest), show).toBe(true);
      } else {
        expect(fence, show).toEqual({ char: m[1]![0], length: m[1]!.length, rest: m[2] });
      }
      const closing = close.exec(line)?.[1];
      const closes = fence !== undefined && fence.rest.trim() === "";
      expect(closes ? `${fence.char}${fence.length}` : undefined, show).toBe(
        closing === undefined ? undefined : `${closing[0]}${closing.length}`,
      );
    }
  });

  it("taskItem reads the task-list items the old item pattern read", () => {
    const old = /^\s{0,3}[-*+]\s+\[([ xX])\]\s+(.+?)\s*$/;
    const alphabet = [" ", "\t", "-", "*", "[", "]", "x", "X", "a", "\u2028"];
    for (const line of texts(alphabet, ["", "- [ ] ", "* [x]", "  + [X] ", "    - [ ] "])) {
      const m = old.exec(line);
      const want = m === null ? undefined : { done: m[1] !== " ", text: (m[2] ?? "").trim() };
      expect(taskItem(line), JSON.stringify(line)).toEqual(want);
    }
  });
});
