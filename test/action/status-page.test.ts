// The status page end to end: the bundled Action, run as the runner runs it in `mode: status-page`
// against the emulator, then the page it wrote opened in headless Chromium (Debian's, driven by
// playwright-core) in a visitor's time zone. Three incidents — one with public updates and
// components, a drill, a resolved one — and a maintenance window; internal text everywhere else.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import {
  type Emulator,
  expectNoViolations,
  type RecordedRequest,
  startEmulator,
} from "../../src/emulator/index.js";
import { launchChromium, serveDirectory } from "../helpers/browser.js";
import { actionAgainst, ok } from "./against-emulator.js";
import { type ActionRun, assertBundleFresh, runAction } from "./run-action.js";
import {
  CONFIG,
  expectStatuspageV2,
  HOSTILE,
  iso,
  PEOPLE,
  type Scenario,
  statusPageScenario,
} from "./status-page-scenario.js";

const ZONE = "America/New_York";

let emu: Emulator;
let started = false;
let workspace: string;
let browser: Browser | undefined;
/** The scenario, the status-page run on it and the requests that run made. */
let built: { s: Scenario; r: ActionRun; requests: RecordedRequest[] };

async function start(): Promise<void> {
  emu = await startEmulator({
    owner: "acme",
    repo: "web",
    private: true,
    labels: labelSpecs(defaultConfig()),
  });
  emu.setFile("main", ".github/incidents.yml", CONFIG);
  for (const login of PEOPLE) emu.setAssociation(login, "MEMBER");
  workspace = mkdtempSync(join(tmpdir(), "status-page-workspace-"));
  started = true;
}

async function stop(): Promise<void> {
  if (!started) return; // beforeAll failed first; its error is the one to read
  expectNoViolations(emu);
  await emu.close();
  rmSync(workspace, { recursive: true, force: true });
}

beforeAll(async () => {
  assertBundleFresh();
  await start();
  const s = await statusPageScenario(emu, action.deliver, Date.now());
  const mark = emu.mark();
  const r = await run("schedule", {}, { mode: "status-page" });
  built = { s, r, requests: emu.requestsSince(mark) };
});
afterAll(async () => {
  await browser?.close();
  await stop();
});

const action = actionAgainst(() => emu);
const run = (event: string, payload: object, inputs: Record<string, string> = {}) =>
  action.run({ event, payload, inputs, env: { GITHUB_WORKSPACE: workspace } });

interface XmlParser {
  parseFromString(
    text: string,
    type: string,
  ): {
    getElementsByTagName(name: string): { length: number };
    documentElement: { namespaceURI: string | null };
  };
}

/** Every file under `dir`, by its path relative to `dir`. */
function filesIn(dir: string): Record<string, string> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

describe("mode: status-page, through the bundled Action", () => {
  it("writes exactly the public facts, costs 4 lists and a history per incident that may appear", async () => {
    const { s, requests } = built;
    const r = ok(built.r);
    const count = (op: string) => requests.filter((q) => q.operationId === op).length;
    expect(count("issues/list-for-repo")).toBe(4);
    expect(count("issues/list-events-for-timeline")).toBe(2); // the drill is never read
    // In all: the config, who the token is, four lists, two histories, and the permission of each
    // member whose label or `/public` the page depends on, once per person; nothing written.
    expect(requests.map((q) => q.operationId).sort()).toEqual([
      "graphql",
      "issues/list-events-for-timeline",
      "issues/list-events-for-timeline",
      "issues/list-for-repo",
      "issues/list-for-repo",
      "issues/list-for-repo",
      "issues/list-for-repo",
      "repos/get-collaborator-permission-level",
      "repos/get-collaborator-permission-level",
      "repos/get-collaborator-permission-level",
      "repos/get-content",
    ]);
    const asked = requests.filter((q) => q.operationId === "repos/get-collaborator-permission-level");
    expect(asked.map((q) => q.path.split("/")[5]).sort()).toEqual([...PEOPLE].sort());
    expect(requests.filter((q) => q.method !== "GET" && q.operationId !== "graphql")).toEqual([]);
    expect(r.stdout).toContain("Status page: Major outage.");
    expect(r.summary).toContain("### Incident Workflow: status page");

    const files = filesIn(join(workspace, "status-page"));
    expect(Object.keys(files).sort()).toEqual([
      "api/v2/components.json",
      "api/v2/incidents.json",
      "api/v2/incidents/unresolved.json",
      "api/v2/scheduled-maintenances.json",
      "api/v2/status.json",
      "api/v2/summary.json",
      "feed.atom",
      "index.html",
      "status.json",
    ]);
    for (const [name, text] of Object.entries(files)) {
      expect(text, name).not.toMatch(/INTERNAL/);
      for (const login of [...PEOPLE, "github-actions"])
        expect(text.toLowerCase(), `${name}: ${login}`).not.toContain(login);
      expect(text, name).not.toContain("acme/web");
    }
    const json = JSON.parse(files["status.json"]!);
    expect(json.status).toEqual({ state: "major-outage", description: "Major outage" });
    expect(json.components.map((c: { id: string; state: string }) => [c.id, c.state])).toEqual([
      ["api", "degraded"],
      ["checkout", "major-outage"],
      ["search", "operational"],
    ]);
    expect(json.incidents).toHaveLength(1);
    expect(json.incidents[0]).toMatchObject({
      id: `incident-${s.open}`,
      title: "Payments failing at checkout",
      status: "ongoing",
    });
    expect(json.incidents[0].updates.map((u: { text: string }) => u.text)).toEqual([
      `A fix is being deployed. ${HOSTILE}`,
      "We are investigating failed payments at checkout.",
    ]);
    expect(json.history.map((i: { id: string; title: string }) => [i.id, i.title])).toEqual([
      [`incident-${s.resolved}`, "Incident affecting Search"],
    ]);
    expect(json.history[0].updates.map((u: { text: string }) => u.text)).toEqual([
      "Search is fast again.",
      "Search is slow for some customers.",
    ]);
    expect(json.maintenance).toEqual([
      expect.objectContaining({
        id: `maintenance-${s.maintenance}`,
        status: "scheduled",
        text: "The API will be read-only while we upgrade the database.",
      }),
    ]);
    // 2 + 2 updates, 1 resolution, 1 maintenance.
    expect(files["feed.atom"]!.match(/<entry>/g)).toHaveLength(6);

    // The same facts in Statuspage's v2 shapes.
    expectStatuspageV2(files, s);
  });

  it("a visitor in New York sees the states, the updates as text and times in their zone", async () => {
    const { s } = built;
    // Here, not in beforeAll: without Chromium this test fails, saying so, instead of being skipped.
    browser = await launchChromium();
    ok(await run("schedule", {}, { mode: "status-page", directory: "site" }));
    const { url, server } = await serveDirectory(join(workspace, "site"));
    const context = await browser.newContext({ timezoneId: ZONE, locale: "en-US" });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("dialog", (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on("console", (m) => {
        if (m.type() === "error" && !m.text().includes("favicon")) problems.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      await page.goto(url);

      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Acme status");
      expect(await page.locator("#overall").textContent()).toBe("Major outage");
      const rows = await page.getByRole("row").allInnerTexts();
      expect(rows.slice(1).map((t) => t.replace(/\s+/g, " ").trim())).toEqual([
        "API REST and GraphQL endpoints Degraded performance",
        "Checkout Major outage",
        "Search Operational",
      ]);
      const open = page.getByRole("article", { name: "Payments failing at checkout" });
      await expect.poll(() => open.isVisible()).toBe(true);
      expect(await open.getByText(`A fix is being deployed. ${HOSTILE}`).isVisible()).toBe(true);
      expect(await page.getByRole("article", { name: "Incident affecting Search" }).isVisible()).toBe(true);
      expect(await page.getByText("Search is fast again.").isVisible()).toBe(true);
      expect(await page.getByText("The API will be read-only").isVisible()).toBe(true);
      expect(await page.locator("img").count()).toBe(0);

      // Times: written in UTC, shown by the page's script in the visitor's zone.
      const start = page.locator(`#maintenance-${s.maintenance} time`).first();
      const datetime = (await start.getAttribute("datetime"))!;
      expect(datetime).toBe(`${iso(s.startsAt).slice(0, 16)}:00Z`);
      const expected = new Intl.DateTimeFormat("en-US", {
        timeZone: ZONE,
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZoneName: "short",
      }).format(new Date(datetime));
      expect(expected).toMatch(/E[SD]T$/);
      expect(await start.textContent()).toBe(expected);
      expect(await page.locator("time", { hasText: "UTC" }).count()).toBe(0);

      // Statuspage's clients find the v2 files at the page's address + api/v2/….
      const summary = (await (await fetch(`${url}api/v2/summary.json`)).json()) as {
        status: { indicator: string };
        incidents: Array<{ name: string }>;
      };
      expect(summary.status.indicator).toBe("critical");
      expect(summary.incidents.map((i) => i.name)).toEqual(["Payments failing at checkout"]);

      // The feed is well-formed XML in the Atom namespace.
      // (Read from here: the page's CSP lets it fetch nothing.)
      const xml = await (await fetch(`${url}feed.atom`)).text();
      const feed = await page.evaluate((xml) => {
        // The browser's DOMParser (this project's TypeScript has no DOM types).
        const { DOMParser } = globalThis as unknown as { DOMParser: new () => XmlParser };
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        return {
          error: doc.getElementsByTagName("parsererror").length,
          ns: doc.documentElement.namespaceURI,
          entries: doc.getElementsByTagName("entry").length,
        };
      }, xml);
      expect(feed).toEqual({ error: 0, ns: "http://www.w3.org/2005/Atom", entries: 6 });

      const shot = join(mkdtempSync(join(tmpdir(), "status-page-shot-")), "status-page.png");
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`status page screenshot: ${shot}`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      server.close();
    }
  });

  it("fails the step on an invalid configuration", async () => {
    const bad = await startEmulator({ owner: "acme", repo: "web" });
    bad.setFile("main", ".github/incidents.yml", "statusPage:\n  historyDays: 9000\n");
    const r = await runAction({
      repository: "acme/web",
      apiUrl: bad.url,
      event: "schedule",
      payload: {},
      inputs: { "github-token": bad.actionsToken, mode: "status-page" },
    });
    expectNoViolations(bad);
    await bad.close();
    expect(r.code).not.toBe(0);
    expect(r.errors.at(-1)).toMatch(
      /^Invalid configuration in \.github\/incidents\.yml: statusPage\.historyDays/,
    );
  });
});
