import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defaultConfig, validateConfig } from "../../src/core/config/validate.js";
import { renderPostmortem, renderPostmortemSafely } from "../../src/core/postmortem/render.js";
import { yamlString } from "../../src/core/postmortem/yaml-scalar.js";
import type { IncidentState } from "../../src/core/state/types.js";
import { expectGolden } from "../helpers/golden.js";
import { incidentState } from "../helpers/state-fixture.js";

const NOW = new Date("2026-03-10T15:30:05Z");

/** Splits a document into its front matter (parsed) and body; fails unless it is well formed. */
function split(doc: string): { meta: Record<string, unknown>; body: string } {
  expect(doc.startsWith("---\n")).toBe(true);
  const end = doc.indexOf("\n---\n", 4);
  expect(end).toBeGreaterThan(0);
  return { meta: parse(doc.slice(4, end)) as Record<string, unknown>, body: doc.slice(end + 5) };
}

const FRONT_MATTER_KEYS = [
  "incident",
  "url",
  "title",
  "severity",
  "status",
  "drill",
  "declared_at",
  "started_at",
  "identified_at",
  "mitigated_at",
  "resolved_at",
  "time_to_mitigate_minutes",
  "time_to_resolve_minutes",
  "commander",
];

describe("renderPostmortem", () => {
  it("matches the golden document", () => {
    expectGolden("postmortem.md", renderPostmortem(incidentState(), defaultConfig(), NOW));
  });

  it("writes front matter that parses as YAML with the incident's figures", () => {
    const { meta } = split(renderPostmortem(incidentState(), defaultConfig(), NOW));
    expect(meta).toEqual({
      incident: 42,
      url: "https://github.com/acme/shop/issues/42",
      title: "Checkout API returning 500s",
      severity: "SEV2",
      status: "draft",
      drill: false,
      declared_at: "2026-03-10T14:02:00Z",
      started_at: "2026-03-10T13:50:00Z",
      identified_at: "2026-03-10T14:20:00Z",
      mitigated_at: "2026-03-10T14:42:00Z",
      resolved_at: "2026-03-10T15:30:00Z",
      time_to_mitigate_minutes: 52,
      time_to_resolve_minutes: 100,
      commander: "alice",
    });
  });

  it("writes null for what never happened and flags drills", () => {
    const state = incidentState({
      isDrill: true,
      identifiedAt: null,
      mitigatedAt: null,
      resolvedAt: null,
      severity: null,
      roles: incidentState().roles.map((r) => ({ ...r, holders: [] })),
    });
    const doc = renderPostmortem(state, defaultConfig(), NOW);
    const { meta, body } = split(doc);
    expect(meta).toMatchObject({
      drill: true,
      severity: null,
      identified_at: null,
      mitigated_at: null,
      time_to_mitigate_minutes: null,
      commander: null,
      // Closed without a recorded resolve time: the close being handled (now) stands in.
      resolved_at: "2026-03-10T15:30:05Z",
      time_to_resolve_minutes: 100,
    });
    expect(body).toContain("**Drill.**");
  });

  it("lists every timeline event, however many", () => {
    const base = incidentState();
    const many = Array.from({ length: 400 }, (_, i) => ({
      at: new Date(Date.parse("2026-03-10T14:00:00Z") + i * 1000).toISOString(),
      by: "carol",
      kind: "note" as const,
      text: `Note: step ${i} of the investigation`,
    }));
    const doc = renderPostmortem({ ...base, timeline: many }, defaultConfig(), NOW);
    for (const i of [0, 199, 399]) expect(doc).toContain(`| Note: step ${i} of the investigation | @carol |`);
    expect(doc.match(/\| Note: step \d+ of the investigation \|/g)).toHaveLength(400);
  });

  it("shows times in the configured zone and keeps UTC in the front matter", () => {
    const result = validateConfig({ timeZone: "Europe/Berlin" });
    if (!result.ok) throw new Error("config");
    const doc = renderPostmortem(incidentState(), result.config, NOW);
    expect(split(doc).meta.declared_at).toBe("2026-03-10T14:02:00Z");
    expect(doc).toContain("| **Declared** | 2026-03-10 15:02 GMT+1 by @alice |");
    expect(doc).toContain("Times are in Europe/Berlin.");
  });

  it("names people as @login and follow-ups as unchecked action items", () => {
    const doc = renderPostmortem(incidentState(), defaultConfig(), NOW);
    expect(doc).toContain("| Commander | @alice |");
    expect(doc).toContain("| Comms | @bob |");
    expect(doc).toContain("- [ ] Add an alert on the checkout 5xx rate (@bob)");
  });
});

describe("hostile text", () => {
  const TITLE = 'Checkout "down": # --> <!-- x\n---\ninjected: true\n``` | a | b |\\ \u0000\u2028 @everyone';
  const TEXT =
    "```js\nalert(1)\n```\n| a | b |\n<!-- incident-workflow:postmortem:1:x -->\n<script>x</script>\n# heading\n@team ~~~";

  function hostile(): IncidentState {
    const base = incidentState({ title: TITLE });
    const said = (s: NonNullable<IncidentState["impact"]>) => ({ ...s, text: TEXT });
    return {
      ...base,
      impact: said(base.impact!),
      resolution: said(base.resolution!),
      updates: base.updates.map(said),
      followups: base.followups.map(said),
      timeline: base.timeline.map((e) => ({ ...e, text: TEXT, url: 'https://x.test/a) "b" <c>' })),
      references: base.references.map((r) => ({
        ...r,
        title: TEXT,
        repository: "a|b",
        url: "javascript:alert(1)",
      })),
    };
  }

  it("cannot break the front matter: it parses and holds the exact title", () => {
    const doc = renderPostmortem(hostile(), defaultConfig(), NOW);
    const { meta } = split(doc);
    expect(Object.keys(meta)).toEqual(FRONT_MATTER_KEYS);
    expect(meta.title).toBe(TITLE);
    expect(meta.injected).toBeUndefined();
  });

  it("cannot break the document's layout or inject HTML", () => {
    const doc = renderPostmortem(hostile(), defaultConfig(), NOW);
    const normal = renderPostmortem(incidentState(), defaultConfig(), NOW);
    const lines = doc.split("\n");
    const headings = (d: string) => d.split("\n").filter((l) => /^#{1,6} /.test(l));
    expect(headings(doc)).toHaveLength(headings(normal).length);
    expect(lines.filter((l) => l === "---")).toHaveLength(2);
    expect(lines.some((l) => /^\s*(```|~~~)/.test(l))).toBe(false);
    expect(doc).not.toContain("<!--");
    expect(doc).not.toContain("<script");
    expect(doc).not.toContain("javascript:");
    expect(doc).not.toContain("](https://x.test");
    // Every timeline row still has exactly three cells.
    const section = doc.slice(doc.indexOf("## Timeline"), doc.indexOf("## Resolution"));
    const rows = section.split("\n").filter((l) => l.startsWith("| "));
    expect(rows.length).toBe(hostile().timeline.length + 2); // plus the header and its separator
    for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(4);
  });

  it("quotes YAML strings losslessly, whatever they hold", () => {
    const values = [
      TITLE,
      "a: b",
      "#x",
      "- y",
      "null",
      "true",
      "'q'",
      "\ud800",
      "\ufeffbom",
      "tab\tcr\r",
      "é✓🔥",
    ];
    for (const v of values) {
      const expected = v.replace("\ud800", "\ufffd");
      expect(parse(`k: ${yamlString(v)}`)).toEqual({ k: expected });
    }
  });
});

describe("template override", () => {
  const config = (() => {
    const result = validateConfig({ postmortem: { template: ".github/postmortem.md.hbs" } });
    if (!result.ok) throw new Error("config");
    return result.config;
  })();

  it("renders a working override", () => {
    const out = renderPostmortemSafely(
      incidentState(),
      config,
      NOW,
      "# {{title}} / {{frontMatter.severity}}\n",
    );
    expect(out).toEqual({ document: '# Checkout API returning 500s / "SEV2"\n' });
  });

  it("falls back to the built-in template with a warning when the override is missing or broken", () => {
    const builtIn = renderPostmortem(incidentState(), config, NOW);
    const missing = renderPostmortemSafely(incidentState(), config, NOW, null);
    expect(missing.document).toBe(builtIn);
    expect(missing.warning).toMatch(/was not found.*built-in template was used/);
    const broken = renderPostmortemSafely(incidentState(), config, NOW, "{{#each timeline}} oops");
    expect(broken.document).toBe(builtIn);
    expect(broken.warning).toMatch(/could not be used \(template .*\); the built-in/);
    expect(broken.warning).not.toContain("\n");
  });
});
