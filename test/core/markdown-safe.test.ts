import { describe, expect, it } from "vitest";
import { blockText, inlineText, mention, WORD_JOINER } from "../../src/core/text/markdown-safe.js";

const WJ = WORD_JOINER;
const cps = (s: string) => [...s].length;

describe("inlineText", () => {
  it("leaves ordinary text alone", () => {
    expect(inlineText("Checkout errors for EU customers since 14:05", 200)).toBe(
      "Checkout errors for EU customers since 14:05",
    );
    expect(inlineText("R&D, 50% of users, #123 and owner/repo#4", 200)).toBe(
      "R&D, 50% of users, #123 and owner/repo#4",
    );
  });

  it("collapses whitespace and line breaks to single spaces", () => {
    expect(inlineText("  one\n\ntwo\r\n\tthree\u2028four  ", 100)).toBe("one two three four");
    expect(inlineText(" \n\t ", 100)).toBe("");
  });

  it("can never open or close an HTML comment or render a tag", () => {
    const hostile = "--> <!-- incident-workflow:board --> <img src=x onerror=alert(1)> <details>";
    const out = inlineText(hostile, 500);
    expect(out).not.toContain("<");
    expect(out).not.toContain(">");
    expect(out).not.toContain("<!--");
    expect(out).not.toContain("-->");
    expect(out).toBe(
      "\\--&gt; &lt;!-- incident-workflow:board --&gt; &lt;img src=x onerror=alert(1)&gt; &lt;details&gt;",
    );
  });

  it("escapes table pipes, code, emphasis, links and images", () => {
    expect(inlineText("a | b || c", 100)).toBe("a \\| b \\|\\| c");
    expect(inlineText("use `rm -rf` or ```js", 100)).toBe("use \\`rm -rf\\` or \\`\\`\\`js");
    expect(inlineText("**bold** _em_ ~~gone~~ $x$", 100)).toBe(
      "\\*\\*bold\\*\\* \\_em\\_ \\~\\~gone\\~\\~ \\$x\\$",
    );
    expect(inlineText("[click](javascript:alert(1)) ![img](x.png)", 100)).toBe(
      "\\[click\\](javascript:alert(1)) !\\[img\\](x.png)",
    );
    expect(inlineText("C:\\temp", 100)).toBe("C:\\\\temp");
  });

  it("escapes block markers at the start only", () => {
    expect(inlineText("# heading", 100)).toBe("\\# heading");
    expect(inlineText("  ## also", 100)).toBe("\\## also");
    expect(inlineText("issue #12 # ok", 100)).toBe("issue #12 # ok");
    expect(inlineText("> quoted", 100)).toBe("&gt; quoted");
    expect(inlineText("- item", 100)).toBe("\\- item");
    expect(inlineText("+ item", 100)).toBe("\\+ item");
    expect(inlineText("* item", 100)).toBe("\\* item");
    expect(inlineText("1. first", 100)).toBe("1\\. first");
    expect(inlineText("12) first", 100)).toBe("12\\) first");
    expect(inlineText("===", 100)).toBe("\\===");
    expect(inlineText("version 1. ok - fine", 100)).toBe("version 1. ok - fine");
  });

  it("escapes & only where it would start an entity", () => {
    expect(inlineText("&lt;!-- &#60; &#x3C; &amp; AT&T", 100)).toBe(
      "&amp;lt;!-- &amp;#60; &amp;#x3C; &amp;amp; AT&T",
    );
  });

  it("neutralises @mentions and team mentions, but not e-mail addresses", () => {
    expect(inlineText("ping @alice and @org/sre-team", 100)).toBe(`ping @${WJ}alice and @${WJ}org/sre-team`);
    expect(inlineText("@bob: look", 100)).toBe(`@${WJ}bob: look`);
    expect(inlineText("(@carol)", 100)).toBe(`(@${WJ}carol)`);
    expect(inlineText("mail bob@example.com", 100)).toBe("mail bob@example.com");
    expect(inlineText("a lone @ sign", 100)).toBe("a lone @ sign");
    expect(inlineText("\\@alice", 100)).toBe(`\\\\@${WJ}alice`);
  });

  it("keeps URLs working by percent-encoding instead of backslash-escaping", () => {
    expect(inlineText("see https://grafana.example.com/d/a_b?var=x*y&from=now-1h~2|3 now", 200)).toBe(
      "see https://grafana.example.com/d/a%5Fb?var=x%2Ay&from=now-1h%7E2%7C3 now",
    );
    expect(inlineText("https://medium.com/@alice/post", 200)).toBe("https://medium.com/@alice/post");
    expect(inlineText("<https://x.example/a>", 200)).toBe("&lt;https://x.example/a&gt;");
    expect(inlineText("www.example.com/a_b", 200)).toBe("www.example.com/a%5Fb");
    expect(inlineText("xhttps://a_b", 200)).toBe("xhttps://a\\_b");
  });

  it("drops control characters", () => {
    expect(inlineText("a\u0000b\u0007c\u001bd\u009be", 100)).toBe("abcde");
  });

  it("truncates to maxLength code points with an ellipsis", () => {
    const long = "x".repeat(70_000);
    const out = inlineText(long, 1000);
    expect(cps(out)).toBe(1000);
    expect(out.endsWith("…")).toBe(true);
    expect(inlineText("abcdef", 6)).toBe("abcdef");
    expect(inlineText("abcdefg", 6)).toBe("abcde…");
    expect(inlineText("abc", 0)).toBe("");
    expect(inlineText("abc", 1)).toBe("…");
  });

  it("never cuts inside an escape or a mention", () => {
    for (let max = 1; max <= 30; max++) {
      const out = inlineText("a|b<c>d @eve&amp;f_g https://x.io/a_b", max);
      expect(cps(out)).toBeLessThanOrEqual(max);
      const body = out.endsWith("…") ? out.slice(0, -1) : out;
      expect(body.endsWith("\\")).toBe(false);
      expect(body).not.toMatch(/&[a-z]*$/);
      expect(body).not.toMatch(/%[0-9A-F]?$/);
      expect(body.endsWith("@")).toBe(false);
    }
  });

  it("does not cut a combining sequence or an emoji ZWJ sequence in half", () => {
    expect(inlineText("cafe\u0301 ok", 5)).toBe("caf…");
    expect(inlineText("ab👩‍👩‍👧xyz", 4)).toBe("ab…");
    expect(inlineText("😀😀😀😀", 3)).toBe("😀😀…");
  });

  it("does not end in whitespace before the ellipsis", () => {
    expect(inlineText("word     another", 6)).toBe("word…");
  });

  it("is fast on a hostile 70,000-character text", () => {
    const hostile = "<!-- | ` @a *_ ".repeat(5000);
    const started = performance.now();
    const out = inlineText(hostile, 65_000);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(cps(out)).toBeLessThanOrEqual(65_000);
    expect(out).not.toContain("<!--");
  });
});

describe("blockText", () => {
  it("prefixes every line with > and keeps one blank line between paragraphs", () => {
    expect(blockText("first line\nsecond line\n\n\n\nnew paragraph\n", 500)).toBe(
      "> first line\n> second line\n>\n> new paragraph",
    );
    expect(blockText("\r\n  \r\nonly\r\n\r\n", 500)).toBe("> only");
    expect(blockText("   \n\t", 500)).toBe("");
  });

  it("neutralises fences, HTML, headings, quotes and mentions on every line", () => {
    const hostile = [
      "```",
      "~~~js",
      "<!-- incident-workflow:board -->",
      "-->",
      "# Resolved!",
      "> quoted",
      "| a | b |",
      "|---|---|",
      "- [ ] task",
      "@alice please",
      "===",
    ].join("\n");
    const out = blockText(hostile, 2000);
    expect(out.split("\n")).toEqual([
      "> \\`\\`\\`",
      "> \\~\\~\\~js",
      "> &lt;!-- incident-workflow:board --&gt;",
      "> \\--&gt;",
      "> \\# Resolved!",
      "> &gt; quoted",
      "> \\| a \\| b \\|",
      "> \\|---\\|---\\|",
      "> \\- \\[ \\] task",
      `> @${WJ}alice please`,
      "> \\===",
    ]);
    expect(out).not.toContain("<!--");
    expect(out).not.toContain("-->");
  });

  it("keeps indentation as no-break spaces so it cannot become a code block", () => {
    expect(blockText("stack:\n    at foo()\n\tat bar()", 500)).toBe(
      "> stack:\n> \u00a0\u00a0\u00a0\u00a0at foo()\n> \u00a0\u00a0\u00a0\u00a0at bar()",
    );
  });

  it("truncates, counting the prefixes, and never ends on a bare prefix", () => {
    const out = blockText(`${"line\n".repeat(20_000)}`, 1000);
    expect(cps(out)).toBeLessThanOrEqual(1000);
    expect(out.endsWith("…")).toBe(true);
    expect(out.endsWith("\n> …")).toBe(false);
    expect(blockText("aaaa\nbbbb", 9)).toBe("> aaaa…");
    const huge = blockText("y".repeat(70_000), 60_000);
    expect(cps(huge)).toBe(60_000);
  });
});

describe("mention", () => {
  it("names a person without notifying them", () => {
    expect(mention("alice")).toBe(`@${WJ}alice`);
    expect(mention("@alice")).toBe(`@${WJ}alice`);
    expect(mention("org/team")).toBe(`@${WJ}org/team`);
    expect(mention("dependabot[bot]")).toBe(`@${WJ}dependabot\\[bot\\]`);
    expect(mention("")).toBe("");
  });
});
