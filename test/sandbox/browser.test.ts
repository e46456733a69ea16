// `npm start` with no credentials and no network (the built lib/start.js, from an empty directory, no .env), driven
// in Chromium: the setup page offers the sandbox; an incident is declared from the page and run with
// commands; the board shows each step without a reload; closing it opens the postmortem.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../e2e/server-harness.js";
import { launchChromium } from "../helpers/browser.js";

const root = join(import.meta.dirname, "../..");
let child: ChildProcess;
let output = "";
let browser: Browser;
let setupPort = 0;
let sandboxPort = 0;

function waitForOutput(text: string, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${text}" in:\n${output}`)), ms);
    const check = () => {
      if (!output.includes(text)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on("data", check);
    child.stderr?.on("data", check);
    check();
  });
}

beforeAll(async () => {
  setupPort = await freePort();
  sandboxPort = await freePort();
  child = spawn(process.execPath, [join(root, "lib/start.js")], {
    cwd: mkdtempSync(join(tmpdir(), "iw-start-sandbox-")),
    // As a fresh clone meets it: no HOST, no NO_SMEE_SETUP. Only the ports are chosen (3000 and
    // 3001 may be taken on a shared machine), and "no network": the webhook proxy channel the setup
    // flow asks for first is refused at once, as smee.io is offline.
    env: {
      PATH: process.env.PATH ?? "",
      HOME: tmpdir(),
      PORT: String(setupPort),
      SANDBOX_PORT: String(sandboxPort),
      WEBHOOK_PROXY_NEW_CHANNEL_URL: `http://127.0.0.1:${await freePort()}/new`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  await waitForOutput("Setup: open");
  await waitForOutput("Sandbox: open");
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  child?.kill("SIGTERM");
});

/** Milliseconds until the board shows `text`; fails if the page was reloaded meanwhile. */
async function boardShows(page: Page, text: string): Promise<number> {
  const started = Date.now();
  // The page's live refresh (no reload) must bring the text; Playwright polls the element.
  await page.locator("#board", { hasText: text }).waitFor({ timeout: 15_000 });
  const elapsed = Date.now() - started;
  console.log(`board shows "${text}" after ${elapsed} ms`);
  expect(await page.evaluate(() => (globalThis as { marked?: boolean }).marked)).toBe(true);
  return elapsed;
}

async function comment(page: Page, body: string): Promise<void> {
  await page.fill("#comment-body", body);
  await Promise.all([page.waitForURL(/\/issues\/1$/), page.click("#comment-submit")]);
  await page.evaluate(() => {
    (globalThis as { marked?: boolean }).marked = true;
  });
}

describe("npm start without credentials, in Chromium", () => {
  it("offers the sandbox; an incident runs there from declaration to postmortem", async () => {
    expect(output).toContain("Could not create a webhook proxy channel");
    expect(output).toContain(`Sandbox: open http://localhost:${sandboxPort} `);
    const page = await browser.newPage();
    // The address `npm start` prints, as typed: "/" leads to the setup page, which offers the sandbox.
    await page.goto(`http://localhost:${setupPort}`);
    expect(page.url()).toBe(`http://localhost:${setupPort}/probot`);
    const link = page.locator("#sandbox-link");
    expect(await link.textContent()).toBe("Open the sandbox");
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toBe(`http://localhost:${sandboxPort}`);
    await Promise.all([page.waitForURL(`${href}/`), link.click()]);
    expect(await page.textContent("#sandbox-banner")).toContain("Sandbox");
    expect(await page.getAttribute("header a", "href")).toBe(`http://localhost:${setupPort}/probot`);

    await page.fill("#declare input[name=title]", "Incident: checkout returns 500");
    await page.fill("#declare textarea[name=summary]", "A third of checkouts fail.");
    await page.selectOption("#declare select[name=severity]", { label: "SEV2 — Major" });
    await Promise.all([page.waitForURL(/\/issues\/1$/), page.click("#declare-submit")]);
    await page.evaluate(() => {
      (globalThis as { marked?: boolean }).marked = true;
    });
    const timings: Record<string, number> = {};
    timings.declare = await boardShows(page, "SEV2");

    await comment(page, "/commander me");
    timings.commander = await boardShows(page, "Commander@\u2060alice");
    await comment(page, "/sev 1");
    timings.sev = await boardShows(page, "SEV1: Critical");
    await comment(page, "/update Rolled back the 09:00 deploy.");
    timings.update = await boardShows(page, "Rolled back the 09:00 deploy.");
    await Promise.all([page.waitForURL(/\/issues\/1$/), page.click("text=Close as completed")]);
    await page.evaluate(() => {
      (globalThis as { marked?: boolean }).marked = true;
    });
    timings.close = await boardShows(page, "Resolved");
    await page.waitForSelector(".related a", { timeout: 15_000 });
    console.log(`sandbox board latency in Chromium (ms): ${JSON.stringify(timings)}`);
    // The commands show within a second (the median), and no step, the declaration included (it
    // waited 3 s more while a superseded run looked for its unsent board), takes long even on a
    // loaded machine.
    const steps = ["commander", "sev", "update", "close"].map((s) => timings[s] ?? Number.POSITIVE_INFINITY);
    expect([...steps].sort((a, b) => a - b)[1]).toBeLessThan(1000);
    for (const ms of [timings.declare ?? Number.POSITIVE_INFINITY, ...steps]) expect(ms).toBeLessThan(3000);

    await page.click(".related a");
    await page.waitForSelector(".file h3");
    expect(await page.textContent(".file h3")).toMatch(/^docs\/postmortems\/\d{4}-\d{2}-\d{2}-1-/);
    const postmortem = (await page.textContent(".file .body")) ?? "";
    expect(postmortem).toContain("Postmortem: Incident: checkout returns 500 (#1)");
    expect(postmortem).toContain("SEV1");

    await page.goto(`${href}/status`);
    expect(await page.textContent("body")).toContain("Sandbox: this is the status page");
    await page.goto(`${href}/dashboard`);
    expect(page.url()).toMatch(/\/issues\/2$/);
    expect(await page.textContent("h1")).toContain("Incident dashboard");
  }, 120_000);
});
