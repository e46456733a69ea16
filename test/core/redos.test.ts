import { fileURLToPath } from "node:url";
import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { collectRegexes, type RegexSite } from "../helpers/regex-literals.js";

/**
 * The ReDoS check: every regular expression in `src/` (literals, and `RegExp(…)` with a literal
 * source; generated files included) goes through `recheck`, which proves a pattern safe or finds an
 * attack string. A pattern not proven safe fails the test, named by file and line. `recheck` picks
 * its native binary (`recheck-linux-x64`, …) when installed, else the Java one, else its pure
 * JavaScript build: each gives the same verdicts, only slower.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../fixtures/redos", import.meta.url));

/** Time allowed to analyse one pattern (ms): far above what the patterns of `src/` need (< 1 s). */
const CHECK_TIMEOUT_MS = 20_000;

/**
 * `RegExp(…)` calls whose source is not a literal, so no checker can see them, each with why it never
 * meets text people write. Matched by file and the call's exact text: a changed call must be
 * looked at again.
 */
const DYNAMIC_ALLOWED: ReadonlyArray<{ file: string; text: string; why: string }> = [
  {
    file: "src/app/setup/env-file.ts",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the call's source text, template included
    text: "new RegExp(`^\\\\s*(export\\\\s+)?${key}\\\\s*=`)",
    why: "`key` is one of the tool's own variable names (APP_ID, …); the lines it tests are the local .env",
  },
];

/** The sites `recheck` does not prove safe, as `file:line /pattern/flags: verdict`. */
async function unsafe(sites: readonly RegexSite[]): Promise<string[]> {
  const found: string[] = [];
  for (const site of sites) {
    const result = await check(site.source, site.flags, { timeout: CHECK_TIMEOUT_MS });
    if (result.status === "safe") continue;
    const why =
      result.status === "vulnerable"
        ? `vulnerable (${result.complexity.type}), attack: ${result.attack.pattern}`
        : `not proven safe (${result.error.kind})`;
    found.push(`${site.where} /${site.source}/${site.flags}: ${why}`);
  }
  return found;
}

describe("the ReDoS check", () => {
  it("flags a vulnerable pattern and names where it is (self-check)", async () => {
    const sites = [
      { where: "src/self-check.ts:1", source: "^(a+)+$", flags: "" },
      { where: "src/self-check.ts:2", source: "[.;:!?]+$", flags: "" },
      { where: "src/self-check.ts:3", source: "^[a-z]{1,3}$", flags: "i" },
    ];
    const found = await unsafe(sites);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^src\/self-check\.ts:1 \/\^\(a\+\)\+\$\/: vulnerable \(exponential\)/);
    expect(found[1]).toMatch(/^src\/self-check\.ts:2 .*: vulnerable \(polynomial\)/);
  });

  it("collects patterns, not division, strings, comments or templates (self-check)", () => {
    const { sites, dynamic } = collectRegexes(FIXTURE, "tsconfig.json");
    expect(sites.map((s) => [s.where.replace(/^.*fixtures\/redos\//, ""), s.source, s.flags])).toEqual([
      ["src/nested/more.ts:2", "[/]\\d+", ""],
      ["src/sample.ts:7", "^(e+)+$", ""],
      ["src/sample.ts:8", "^[a-z]{1,3}$", "i"],
      ["src/sample.ts:9", "(f+)+$", "u"],
      ["src/sample.ts:10", "^g$", ""],
      ["src/sample.ts:13", "x\\/y", "g"],
    ]);
    expect(dynamic.map((d) => d.text)).toEqual(["new RegExp(source)"]);
  });

  it("finds no pattern in src/ that recheck does not prove safe", async () => {
    const { sites, dynamic } = collectRegexes(ROOT);
    // A sanity floor: the collector saw the code (there are well over 100 patterns in src/).
    expect(sites.length).toBeGreaterThan(100);
    const unexplained = dynamic.filter(
      (d) => !DYNAMIC_ALLOWED.some((a) => d.where.startsWith(`${a.file}:`) && d.text === a.text),
    );
    expect(unexplained, "RegExp(…) built from a non-literal source: make it a literal").toEqual([]);
    expect(await unsafe(sites), "patterns not proven safe (rewrite them as scanners)").toEqual([]);
  }, 240_000);
});
