// `npm test` needs Debian's `chromium` and `redis-server` (README, "Quick start"): where one is
// missing, the tests that need it fail with a message naming what to install — never a skip.
import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { PATH: process.env.PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.CHROMIUM_PATH === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved.CHROMIUM_PATH;
  vi.resetModules();
});

describe("missing prerequisites", () => {
  it("no redis-server on PATH: startRedis fails naming the package", async () => {
    const { startRedis } = await import("./redis.js");
    process.env.PATH = "/nonexistent";
    await expect(startRedis()).rejects.toThrow(
      "redis-server is not installed: `apt-get install -y redis-server`",
    );
  });

  it("no Chromium: launchChromium fails naming the package and CHROMIUM_PATH", async () => {
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    vi.resetModules();
    const { launchChromium } = await import("./browser.js");
    await expect(launchChromium()).rejects.toThrow(
      "Chromium is not installed at /nonexistent/chromium. Install Debian's package (`apt-get install -y chromium`",
    );
  });
});
