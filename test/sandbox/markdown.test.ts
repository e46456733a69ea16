import { describe, expect, it } from "vitest";
import { inline, renderMarkdown } from "../../src/sandbox/markdown.js";

describe("the sandbox's Markdown renderer", () => {
  it("renders the board's subset: headings, tables, task lists, quotes, emphasis, code, links", () => {
    const html = renderMarkdown(
      [
        "<!-- incident-workflow:board -->",
        "## 🚨 Incident #1: Checkout",
        "",
        "| | |",
        "| --- | --- |",
        "| **Severity** | **SEV1**: _critical_ |",
        "",
        "- [x] Commander assigned",
        "- [ ] Update posted (`/done update`)",
        "",
        "> rolled back",
        "> — alice, [comment](https://github.com/acme/web/issues/1#c1)",
      ].join("\n"),
    );
    expect(html).not.toContain("incident-workflow:board");
    expect(html).toContain("<h2>🚨 Incident #1: Checkout</h2>");
    expect(html).toContain(
      "<td><strong>Severity</strong></td><td><strong>SEV1</strong>: <em>critical</em></td>",
    );
    expect(html).toContain('<li><input type="checkbox" checked disabled> Commander assigned</li>');
    expect(html).toContain("<code>/done update</code>");
    expect(html).toContain(
      '<blockquote><p>rolled back<br>\n— alice, <a href="https://github.com/acme/web/issues/1#c1">comment</a></p></blockquote>',
    );
  });

  it("never passes HTML through: tags, attributes and script links show as text", () => {
    const html = renderMarkdown(
      '<img src=x onerror="alert(1)"> **<b>x</b>** [click](javascript:alert(1)) `<script>` <!-- hidden',
    );
    expect(html).not.toMatch(/<img|<b>|<script|href="javascript/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("<strong>&lt;b&gt;x&lt;/b&gt;</strong>");
    expect(html).toContain("[click](javascript:alert(1))");
    expect(html).toContain("<code>&lt;script&gt;</code>");
  });

  it("keeps the templates' bare <details> and <summary> lines, and nothing with attributes", () => {
    expect(renderMarkdown("<details>\n<summary>How to <b>write</b></summary>\n\n- a\n\n</details>")).toBe(
      "<details>\n<summary>How to &lt;b&gt;write&lt;/b&gt;</summary>\n<ul><li>a</li></ul>\n</details>",
    );
    expect(renderMarkdown('<details open onclick="x()">')).toBe(
      "<p>&lt;details open onclick=&quot;x()&quot;&gt;</p>",
    );
  });

  it("keeps character references (the board writes a title's < as &lt;) and escapes a bare &", () => {
    expect(inline("a &lt;b&gt; &amp; &#128680; & b &x y;")).toBe(
      "a &lt;b&gt; &amp; &#128680; &amp; b &amp;x y;",
    );
  });

  it("keeps fenced code verbatim (escaped) and reads long hostile lines in linear time", () => {
    expect(renderMarkdown("```\n<b>**x**</b>\n```")).toBe("<pre><code>&lt;b&gt;**x**&lt;/b&gt;</code></pre>");
    const hostile = `${"[".repeat(20_000)}${"](".repeat(20_000)}${"**".repeat(20_000)}`;
    const started = process.hrtime.bigint();
    inline(hostile);
    // Quadratic scanning of 60k characters would take seconds; this is a bound, not a timing test.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });
});
