import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/core/config/validate.js";
import { dueDays, frontMatter, parseActionItems } from "../../src/core/postmortem/action-items.js";
import { readIndexRows, renderIndex } from "../../src/core/postmortem/index-file.js";

const DOC = `---
incident: 7
severity: "SEV1"
---

# Postmortem

## What went wrong

- [ ] not an action item: another section

## Action items

_Pre-filled from the incident's follow-ups._

- [ ] Alert on the decline rate (@alice)
- [x] Roll back payment-client (@bob)
* [ ] Canary stage, owner: @carol and @dave
- [ ]   Runbook   for declines

\`\`\`
- [ ] inside a code fence
\`\`\`

## Appendix

- [ ] after the section
`;

describe("postmortem action items", () => {
  it("reads the open and done items of the section, with their first @owner", () => {
    const items = parseActionItems(DOC);
    expect(items.map((i) => [i.text, i.assignee, i.done])).toEqual([
      ["Alert on the decline rate (@alice)", "alice", false],
      ["Roll back payment-client (@bob)", "bob", true],
      ["Canary stage, owner: @carol and @dave", "carol", false],
      ["Runbook   for declines", null, false],
    ]);
    // The key survives whitespace changes, so an edited document does not make the same item twice.
    expect(parseActionItems(DOC.replace("Runbook   for", "Runbook for"))[3]?.key).toBe(items[3]?.key);
  });

  it("reads the front matter and the due days by level", () => {
    expect(frontMatter(DOC, "severity")).toBe("SEV1");
    expect(frontMatter(DOC, "missing")).toBeNull();
    const config = validateConfig({});
    if (!config.ok) throw new Error("config");
    expect([
      dueDays(config.config, "SEV1"),
      dueDays(config.config, "SEV2"),
      dueDays(config.config, "SEV4"),
    ]).toEqual([14, 30, 60]);
    const custom = validateConfig({ actionItems: { dueDays: { SEV2: 10, default: 45 } } });
    if (!custom.ok) throw new Error(JSON.stringify(custom.problems));
    expect([dueDays(custom.config, "SEV1"), dueDays(custom.config, "SEV2")]).toEqual([45, 10]);
  });

  it("renders the index newest first and reads its rows back", () => {
    const rows = [
      {
        incident: 3,
        title: "Old | one",
        date: "2026-01-02",
        severity: "SEV3",
        minutes: 90,
        file: "a.md",
        drill: false,
        done: 2,
        total: 2,
      },
      {
        incident: 9,
        title: "New",
        date: "2026-03-04",
        severity: null,
        minutes: null,
        file: "b c.md",
        drill: true,
        done: 0,
        total: 0,
      },
    ];
    const text = renderIndex(rows);
    expect(text.indexOf("[#9 New](b%20c.md) (drill)")).toBeLessThan(text.indexOf("[#3 Old \\| one](a.md)"));
    expect(text).toContain("| SEV3 | 1 h 30 min | 2 of 2 done |");
    expect(readIndexRows(text).map((r) => r.incident)).toEqual([9, 3]);
  });
});
