// The user-facing docs, checked as a new user reads them (issue 21, item 6): no paragraph said twice
// in one file (docs/action.md once repeated one), no citation of a design brief users do not have,
// and the README's quick start naming what the setup page really offers.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { noWebhookUrlPage } from "../../src/app/setup/pages.js";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const DOCS = [
  "README.md",
  "SECURITY.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

/** A file's prose paragraphs (code blocks left out), each trimmed. */
function paragraphs(text: string): string[] {
  const prose = text
    .split("```")
    .filter((_, i) => i % 2 === 0)
    .join("\n");
  return prose
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

describe("the docs", () => {
  it.each(DOCS)("%s says no paragraph twice", (path) => {
    const seen = new Set<string>();
    const repeated: string[] = [];
    for (const p of paragraphs(read(path))) {
      // Short lines (table rows, headings, "See also") may legitimately recur.
      if (p.length < 80) continue;
      if (seen.has(p)) repeated.push(p.slice(0, 120));
      seen.add(p);
    }
    expect(repeated).toEqual([]);
  });

  it.each(DOCS)("%s cites no design brief users do not have", (path) => {
    expect(read(path)).not.toMatch(/\b(the|our|product|design|internal) brief\b/i);
  });

  it("checks every doc in docs/ (the list is not empty)", () => {
    expect(DOCS.length).toBeGreaterThan(10);
  });
});

describe("README's quick start", () => {
  it("sends a new user to the setup page's sandbox link, by the words the page shows", () => {
    // Offline (no proxy channel, no PUBLIC_URL): the page a fresh clone with no network shows.
    const page = noWebhookUrlPage({
      localHookUrl: "http://localhost:3000/api/github/webhooks",
      sandboxUrl: "http://localhost:3001",
    });
    const link = /<a id="sandbox-link" href="http:\/\/localhost:3001">([^<]+)<\/a>/.exec(page)?.[1];
    expect(link).toBe("Open the sandbox");
    const readme = read("README.md");
    const quickStart = readme.slice(
      readme.indexOf("## Quick start"),
      readme.indexOf("## The Action: quick start"),
    );
    expect(quickStart).toContain(
      `open <http://localhost:3000>\nand follow "${link}" (<http://localhost:3001>)`,
    );
    for (const step of ["/commander me", "/sev 1", "/update …", "close it and read its postmortem"]) {
      expect(quickStart).toContain(step);
    }
  });
});
