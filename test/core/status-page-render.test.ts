// The status page's three files from a fixed clock: golden files, escaping of hostile text, no
// internal text or person in any file, the CSP hashes, a well-formed Atom feed with stable ids.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { STYLE, STYLE_SHA256, TIME_SCRIPT, TIME_SCRIPT_SHA256 } from "../../src/core/status-page/assets.js";
import { renderStatusPage, STATUS_PAGE_FILES } from "../../src/core/status-page/files.js";
import { siteBase } from "../../src/core/status-page/render-atom.js";
import { statusPageView } from "../../src/core/status-page/view-model.js";
import { expectGolden } from "../helpers/golden.js";
import {
  HOSTILE,
  incidents,
  maintenance,
  NOW,
  PEOPLE,
  statusConfig,
} from "../helpers/status-page-fixture.js";

const config = statusConfig();
const render = (now = NOW) =>
  renderStatusPage(
    statusPageView({
      incidents: incidents(config),
      maintenance: maintenance(config),
      config,
      now,
      site: "acme/web",
    }),
  );
const files = render();

describe("the status page's files", () => {
  it.each(STATUS_PAGE_FILES)("%s matches its golden file", (name) => {
    expectGolden(`status-page/${name}`, files[name]);
  });

  it("no internal text and no person's name in any file", () => {
    for (const name of STATUS_PAGE_FILES) {
      expect(files[name], name).not.toMatch(/INTERNAL/);
      for (const login of PEOPLE) expect(files[name].toLowerCase(), `${name}: ${login}`).not.toContain(login);
      expect(files[name], name).not.toContain("SEV1");
      expect(files[name], name).not.toContain("github.com");
    }
  });

  it("hostile text renders as text in the HTML and the feed", () => {
    const html = files["index.html"];
    expect(html).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt; &quot;onerror=alert(2) &lt;img src=x onerror=alert(3)&gt; &amp; done",
    );
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(files["feed.atom"]).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &quot;onerror=alert(2)");
    expect(files["feed.atom"]).not.toContain("<script");
    const json = JSON.parse(files["status.json"]) as {
      incidents: Array<{ updates: Array<{ text: string }> }>;
    };
    expect(json.incidents[0]?.updates[0]?.text).toBe(`A fix is being deployed. ${HOSTILE}`);
    expect(files["status.json"]).not.toContain("<");
  });

  it("characters no document may hold are dropped", () => {
    const v = statusPageView({ incidents: [], maintenance: [], config, now: NOW, site: "a/b" });
    const bad = renderStatusPage({ ...v, title: "Acme\u0000\u0008 status\uFFFF" });
    for (const name of STATUS_PAGE_FILES) expect(bad[name]).toContain("Acme status");
  });

  it("allows exactly its own script and stylesheet by hash", () => {
    const sha = (text: string) => createHash("sha256").update(text).digest("base64");
    expect(TIME_SCRIPT_SHA256, `set TIME_SCRIPT_SHA256 to ${sha(TIME_SCRIPT)}`).toBe(sha(TIME_SCRIPT));
    expect(STYLE_SHA256, `set STYLE_SHA256 to ${sha(STYLE)}`).toBe(sha(STYLE));
    const html = files["index.html"];
    expect(html).toContain(`<script>${TIME_SCRIPT}</script>`);
    expect(html).toContain(`<style>${STYLE}</style>`);
    expect(html).toContain(
      `content="default-src 'none'; script-src 'sha256-${TIME_SCRIPT_SHA256}'; style-src 'sha256-${STYLE_SHA256}'; base-uri 'none'; form-action 'none'"`,
    );
  });

  it("shows times in UTC inside <time datetime> for the script to localise", () => {
    expect(files["index.html"]).toContain(
      '<time datetime="2026-11-21T09:09:00Z">2026-11-21 09:09 UTC</time>',
    );
  });
});

describe("the Atom feed", () => {
  const feed = files["feed.atom"];
  const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? "");
  const one = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))];

  it("has Atom's required elements, one entry per public update, resolution and maintenance", () => {
    const head = feed.slice(0, feed.indexOf("<entry>"));
    expect(
      feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'),
    ).toBe(true);
    for (const tag of ["id", "title", "updated"]) expect(one(head, tag), tag).toHaveLength(1);
    expect(head).toContain("<author><name>Acme status</name></author>");
    // 2 updates of #7, 2 updates and the resolution of #9, 3 maintenance windows.
    expect(entries).toHaveLength(8);
    for (const entry of entries)
      for (const tag of ["id", "title", "updated", "published"]) expect(one(entry, tag), tag).toHaveLength(1);
    const updated = entries.map((e) => one(e, "updated")[0]?.[1] ?? "");
    expect(updated).toEqual([...updated].sort().reverse());
    expect(one(head, "updated")[0]?.[1]).toBe(updated[0]);
  });

  it("links to the configured page; ids are unique and the same on a later run", () => {
    expect(feed).toContain(
      '<link rel="self" type="application/atom+xml" href="https://status.acme.test/feed.atom"/>',
    );
    expect(feed).toContain('href="https://status.acme.test/#incident-7-1009-0"');
    const ids = entries.map((e) => one(e, "id")[0]?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const later = render(new Date(NOW.getTime() + 3_600_000))["feed.atom"];
    const laterIds = [...later.matchAll(/<entry>\s*<id>([^<]*)<\/id>/g)].map((m) => m[1]);
    expect(laterIds).toEqual(ids);
  });

  it("finds the site's base from the page's address", () => {
    expect(siteBase("https://acme.github.io/status")).toBe("https://acme.github.io/status/");
    expect(siteBase("https://acme.github.io/status/index.html")).toBe(
      "https://acme.github.io/status/index.html",
    );
    expect(siteBase("https://status.acme.test")).toBe("https://status.acme.test/");
  });
});
