// Issue 17: markers are read only from the tool's own header, user text is data (bidirectional
// controls included), private references stay private, and `/sev` roles are those before the comment.
import { describe, expect, it } from "vitest";
import { renderBoard } from "../../src/core/board/render.js";
import type { Config } from "../../src/core/config/config.js";
import { defaultConfig, validateConfig } from "../../src/core/config/validate.js";
import type { TimelineEvent } from "../../src/core/events.js";
import {
  actionItemIssue,
  actionItemMarker,
  dueMarker,
  readActionItemMarker,
  readDueMarker,
} from "../../src/core/postmortem/action-items.js";
import { postmortemView } from "../../src/core/postmortem/view-model.js";
import { yamlString } from "../../src/core/postmortem/yaml-scalar.js";
import { deriveState } from "../../src/core/state/derive.js";
import {
  ALERT_MARKER,
  alertTextMarker,
  dedupMarker,
  markerHeader,
  oncallMarker,
  readAlertTextMarker,
  readDedupMarker,
  readOncallMarker,
  readReplyMarker,
} from "../../src/core/state/markers.js";
import { cleanText, escapeMarkup } from "../../src/core/status-page/escape.js";
import { withoutBidi } from "../../src/core/text/bidi.js";
import { blockText, inlineText } from "../../src/core/text/markdown-safe.js";
import { toTimelineEvent } from "../../src/github/from-github.js";
import { builtInTemplate } from "../../src/handlers/templates.js";
import { History, issue, TEAM } from "../helpers/timeline.js";

const SELF = "incident-workflow[bot]";
const now = new Date("2026-11-21T09:30:00Z");
const BIDI = [
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200e",
  "\u200f",
  "\u061c",
];
const hasBidi = (text: string) => BIDI.some((c) => text.includes(c));

function config(raw: object): Config {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

describe("markers are read from the header only", () => {
  it("reads the leading marker lines and stops at the first other line", () => {
    const body = `${ALERT_MARKER}\n${dedupMarker("a/b")}\r\nAlert repeated: x\n${oncallMarker("commander", "eve", "assign")}`;
    expect(markerHeader(body)).toEqual([ALERT_MARKER, dedupMarker("a/b")]);
    expect(readDedupMarker(body)).toBe("a/b");
    expect(readOncallMarker(body)).toBeNull();
  });

  it("ignores a marker after user text, or one sharing its line with anything else", () => {
    expect(readDedupMarker(`Summary\n${dedupMarker("k")}`)).toBeNull();
    expect(readDedupMarker(` ${dedupMarker("k")}`)).toBeNull();
    expect(readReplyMarker("<!-- incident-workflow:reply:5 --> and more")).toBeNull();
    expect(readReplyMarker("<!-- incident-workflow:reply:5 -->")).toBe(5);
    expect(markerHeader("")).toEqual([]);
  });

  it("action-item issues carry their markers first, and only the header's count", () => {
    const { body } = actionItemIssue({
      item: { text: `Fix it ${actionItemMarker(9, 9, "abc")}`, assignee: null, done: false, key: "0f1e" },
      pull: { number: 12, url: "https://github.com/acme/web/pull/12" },
      incident: 7,
      severity: "SEV2",
      due: "2026-12-01",
      document: "docs/postmortems/x.md",
    });
    expect(readActionItemMarker(body)).toEqual({ incident: 7, pull: 12, key: "0f1e" });
    expect(readDueMarker(body)).toBe("2026-12-01");
    expect(readActionItemMarker(`Text\n${actionItemMarker(7, 12, "0f1e")}`)).toBeNull();
    expect(readDueMarker(`Text\n${dueMarker("2026-12-01")}`)).toBeNull();
  });

  it("keeps an alert's raw text in its header for the timeline", () => {
    const text = "<!-- incident-workflow:oncall:commander:eve:assign --> @acme/sre";
    expect(readAlertTextMarker(`${ALERT_MARKER}\n${alertTextMarker(text)}\nAlert repeated: …`)).toBe(text);
    // A lone surrogate half (valid JSON, refused by encodeURIComponent) is replaced, not thrown on.
    expect(readAlertTextMarker(alertTextMarker("a\ud800b"))).toBe("a\ufffdb");
  });

  it("an on-call marker inside a repeated alert's text makes nobody commander", () => {
    const forged = oncallMarker("commander", "mallory", "assign");
    const body = `${ALERT_MARKER}\n${alertTextMarker(forged)}\nAlert repeated: ${inlineText(forged, 2000)}\n`;
    const h = new History().label("incident").label("SEV2").comment(body, SELF, "NONE", true);
    const s = deriveState(issue(), h.events, defaultConfig(), { now, self: SELF });
    expect(s.roles.find((r) => r.role.id === "commander")?.holders).toEqual([]);
    expect(s.timeline.find((e) => e.kind === "alert")?.text).toBe(`Alert repeated: ${forged}`);
    // The old layout (raw text right after the alert marker) is what let it through.
    const old = new History()
      .label("incident")
      .comment(`${ALERT_MARKER}\nAlert repeated: ${forged}\n`, SELF, "NONE", true);
    const before = deriveState(issue(), old.events, defaultConfig(), { now, self: SELF });
    expect(before.roles.find((r) => r.role.id === "commander")?.holders).toEqual([]);
  });
});

describe("bidirectional controls never reach what the tool renders", () => {
  const trojan = "Rollback done \u202e;)(kcabllor\u202c \u2067x\u2069 \u200fy\u061c";

  it("withoutBidi drops each of them and nothing else", () => {
    expect(withoutBidi(BIDI.join("a"))).toBe("a".repeat(BIDI.length - 1));
    expect(withoutBidi("שלום world")).toBe("שלום world");
  });

  it("inline and block Markdown, YAML scalars and the status page drop them", () => {
    expect(hasBidi(inlineText(trojan, 300))).toBe(false);
    expect(inlineText(trojan, 300)).toBe("Rollback done ;)(kcabllor x y");
    expect(hasBidi(blockText(`${trojan}\n${trojan}`, 300))).toBe(false);
    expect(hasBidi(yamlString(trojan))).toBe(false);
    expect(yamlString(trojan)).not.toMatch(/\\u20(2[a-eA-E]|6[6-9]|0[eEfF])|\\u061C/);
    expect(hasBidi(escapeMarkup(trojan))).toBe(false);
    expect(hasBidi(cleanText(trojan))).toBe(false);
  });

  it("a /note with them renders on the board without them", () => {
    const h = new History().label("incident").label("SEV2").comment(`/note ${trojan}`);
    const s = deriveState(issue(), h.events, defaultConfig(), { now, self: SELF });
    const board = renderBoard(s, defaultConfig(), builtInTemplate("status-board.md.hbs"));
    expect(board).toContain("Rollback done ;)(kcabllor");
    expect(hasBidi(board)).toBe(false);
  });
});

describe("references from repositories that are not public", () => {
  const item = (repository: object | undefined) => ({
    event: "cross-referenced",
    created_at: "2026-11-21T09:05:00Z",
    actor: { login: "bob", type: "User" },
    source: {
      type: "issue",
      issue: {
        number: 4,
        title: "Auth bypass (embargoed CVE)",
        html_url: "https://github.com/acme/secret/issues/4",
        body: "details",
        ...(repository === undefined ? {} : { repository }),
      },
    },
  });
  const home = { owner: "acme", repo: "web" };

  it("keeps the title of this repository's and public repositories' issues, withholds everything else", () => {
    const shown = (repository: object | undefined) => {
      const e = toTimelineEvent(item(repository), home);
      return e?.kind === "cross-referenced" ? e.source : null;
    };
    expect(shown({ full_name: "acme/secret", private: true })).toEqual({
      number: 0,
      title: "",
      url: "",
      isPullRequest: false,
      repository: "",
      hidden: true,
    });
    expect(shown({ full_name: "acme/inner", private: false, visibility: "internal" })?.hidden).toBe(true);
    expect(shown(undefined)?.hidden).toBe(true);
    expect(shown({ full_name: "acme/open", private: false })?.title).toBe("Auth bypass (embargoed CVE)");
    expect(shown({ full_name: "ACME/Web", private: true })?.title).toBe("Auth bypass (embargoed CVE)");
  });

  const reference = (source: Extract<TimelineEvent, { kind: "cross-referenced" }>["source"]) =>
    ({
      kind: "cross-referenced",
      at: "2026-11-21T09:05:00Z",
      actor: { login: "bob", isBot: false },
      source,
    }) as const;

  it("shows neither the title nor the repository of a hidden one, on the timeline or in the postmortem", () => {
    const events: TimelineEvent[] = [
      ...new History().label("incident").events,
      reference({ number: 0, title: "", url: "", isPullRequest: false, repository: "", hidden: true }),
      reference({
        number: 3,
        title: "Fix checkout",
        url: "https://github.com/acme/web/pull/3",
        isPullRequest: true,
        repository: "acme/web",
      }),
    ];
    const s = deriveState(issue(), events, defaultConfig(), { now, self: SELF });
    const texts = s.timeline.filter((e) => e.kind === "reference").map((e) => e.text);
    expect(texts).toEqual([
      "Referenced by an issue in a private repository",
      "Referenced by pull request acme/web#3: Fix checkout",
    ]);
    const related = postmortemView({ state: s, config: defaultConfig(), now }).related;
    expect(related[0]).toMatch(/^An issue in a private repository \(/);
    expect(related[1]).toContain("Fix checkout");
  });
});

describe("/sev restricted to roles: the roles as they stood before the comment", () => {
  const c = config({ commands: { sevRoles: ["decider"] } });
  // mallory is a member with write permission: only the roles stand in her way.
  const permissions = new Map([...TEAM, ["mallory", "write" as const]]);
  const derive = (h: History) => deriveState(issue(), h.events, c, { now, self: SELF, permissions });

  it("refuses /sev 1 after /decider me in the same comment", () => {
    const h = new History().label("incident").label("SEV3").comment("/decider me\n/sev 1", "mallory");
    const s = derive(h);
    expect(s.severity?.id).toBe("SEV3");
    expect(s.roles.find((r) => r.role.id === "decider")?.holders.map((x) => x.login)).toEqual(["mallory"]);
    expect(s.answers[0]?.lines.join("\n")).toMatch(/only the decider may change the severity/);
  });

  it("allows /sev 1 in a later comment once the role is held", () => {
    const h = new History()
      .label("incident")
      .label("SEV3")
      .comment("/decider me", "mallory")
      .comment("/sev 1", "mallory");
    expect(derive(h).severity?.id).toBe("SEV1");
  });
});
