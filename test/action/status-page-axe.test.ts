// The status page against axe-core's WCAG 2.1 AA rules, in Debian's Chromium (playwright-core): a
// page with every component state, an open incident, maintenance and a past incident, in the light
// and the dark colour scheme (`prefers-color-scheme` emulated), on a phone and a desktop. Any
// violation fails, named with the nodes it was found on.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderStatusPage } from "../../src/core/status-page/files.js";
import type { PageComponent } from "../../src/core/status-page/types.js";
import { statusPageView } from "../../src/core/status-page/view-model.js";
import { writeStatusPage } from "../../src/handlers/status-page.js";
import { launchChromium, serveDirectory } from "../helpers/browser.js";
import { incidents, maintenance, NOW, statusConfig } from "../helpers/status-page-fixture.js";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCHEMES = ["light", "dark"] as const;
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

let browser: Browser | undefined;
let dir: string;
let site: Awaited<ReturnType<typeof serveDirectory>> | undefined;

beforeAll(async () => {
  const config = statusConfig();
  const view = statusPageView({
    incidents: incidents(config),
    maintenance: maintenance(config),
    config,
    now: NOW,
    site: "acme/web",
  });
  // The fixture's page shows degraded, major outage and under maintenance; add the other two.
  const more: PageComponent[] = [
    { id: "billing", name: "Billing", description: "Invoices and receipts", state: "partial-outage" },
    { id: "docs", name: "Docs", description: "", state: "operational" },
  ];
  const states = [...view.components, ...more].map((c) => c.state).sort();
  expect(states).toEqual(["degraded", "maintenance", "major-outage", "operational", "partial-outage"]);
  expect(view.incidents.map((i) => i.status)).toEqual(["ongoing"]);
  dir = mkdtempSync(join(tmpdir(), "status-page-axe-"));
  await writeStatusPage(dir, renderStatusPage({ ...view, components: [...view.components, ...more] }));
  site = await serveDirectory(dir);
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
  rmSync(dir, { recursive: true, force: true });
});

const cases = SCHEMES.flatMap((scheme) =>
  Object.entries(VIEWPORTS).map(([device, viewport]) => ({ scheme, device, viewport })),
);

describe("the status page under axe-core's WCAG 2.1 AA rules", () => {
  it.each(cases)("$scheme scheme, $device: no violation", async ({ scheme, viewport }) => {
    // Launched here, not in beforeAll: without Chromium this fails, saying so, instead of skipping.
    browser ??= await launchChromium();
    const context = await browser.newContext({ viewport, colorScheme: scheme });
    try {
      const page = await context.newPage();
      await page.goto(site!.url);
      expect(await page.evaluate<boolean>('matchMedia("(prefers-color-scheme: dark)").matches')).toBe(
        scheme === "dark",
      );
      // Contrast is measured against the scheme's own background, not the browser's default.
      const background = await page.evaluate<string>(
        "getComputedStyle(document.documentElement).backgroundColor",
      );
      expect(background).toBe(scheme === "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
      expect(await page.locator("td.state").count()).toBe(5);
      // Evaluated by the debugger, not injected as a tag: the page's CSP allows no other script.
      await page.evaluate(axe.source);
      // (This project's TypeScript has no DOM types: axe runs on its default context, the document.)
      const result = await page.evaluate(
        (tags) =>
          (globalThis as unknown as { axe: typeof axe }).axe.run({
            runOnly: { type: "tag", values: tags },
            resultTypes: ["violations"],
          }),
        TAGS,
      );
      const violations: Violation[] = result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target,
          ...(n.failureSummary === undefined ? {} : { failureSummary: n.failureSummary }),
        })),
      }));
      expect(violations).toEqual([]);
      // The rules ran: contrast was checked on the states.
      expect(result.passes.map((p) => p.id)).toContain("color-contrast");
    } finally {
      await context.close();
    }
  });
});
