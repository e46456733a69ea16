import { describe, expect, it } from "vitest";
import { defaultConfig, validateConfig } from "../../src/core/config/validate.js";
import { postmortemBranch, postmortemPath, slugify } from "../../src/core/postmortem/paths.js";
import { incidentState } from "../helpers/state-fixture.js";

describe("postmortem paths", () => {
  it("names the branch after the issue", () => {
    expect(postmortemBranch(42)).toBe("postmortem/incident-42");
  });

  it("dates the file by the declaration in UTC and slugs the title", () => {
    expect(postmortemPath(defaultConfig(), incidentState())).toBe(
      "docs/postmortems/2026-03-10-42-checkout-api-returning-500s.md",
    );
    // 23:30 in New York is already the next day in UTC.
    const late = incidentState({ declaredAt: "2026-03-10T23:30:00-05:00" });
    expect(postmortemPath(defaultConfig(), late)).toMatch(/\/2026-03-11-42-/);
  });

  it("uses the configured directory, without stray slashes", () => {
    for (const directory of ["incidents/pm/", "./incidents/pm", "/incidents/pm//"]) {
      const result = validateConfig({ postmortem: { directory } });
      if (!result.ok) throw new Error("config");
      expect(postmortemPath(result.config, incidentState())).toBe(
        "incidents/pm/2026-03-10-42-checkout-api-returning-500s.md",
      );
    }
  });

  it.each([
    ["Checkout API returning 500s", "checkout-api-returning-500s"],
    ["  Ünïcödé: Café — naïve façade!  ", "unicode-cafe-naive-facade"],
    ['"quotes": # --> <!-- ../../etc/passwd', "quotes-etc-passwd"],
    ["🔥🔥🔥", "incident"],
    ["", "incident"],
    ["データベース停止", "incident"],
    ["a".repeat(80), "a".repeat(50)],
    [`${"word ".repeat(9)}tail`, "word-word-word-word-word-word-word-word-word-tail"],
    [`${"abcd ".repeat(10)}x`, "abcd-abcd-abcd-abcd-abcd-abcd-abcd-abcd-abcd-abcd"],
  ])("slugs %j as %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
