// The release scripts the release workflow runs (.github/workflows/release.yml).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkRelease, shouldMoveMajor } from "../../scripts/check-release.mjs";
import { changelogSection } from "../../scripts/release-notes.mjs";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

const CHANGELOG = `# Changelog

Intro text.

## 1.2.0 — unreleased

- Next thing.

## [1.1.0] - 2026-10-02

### Added

- Feature **B**.

## 1.0.0 — 2026-09-01

- First.
`;

describe("changelogSection", () => {
  it("returns a version's body, its label and its date", () => {
    expect(changelogSection(CHANGELOG, "1.1.0")).toEqual({
      label: "2026-10-02",
      date: "2026-10-02",
      body: "### Added\n\n- Feature **B**.",
    });
    expect(changelogSection(CHANGELOG, "1.0.0")?.body).toBe("- First.");
    expect(changelogSection(CHANGELOG, "1.2.0")).toMatchObject({ label: "unreleased", date: undefined });
    expect(changelogSection(CHANGELOG, "1.0")).toBeNull();
    expect(changelogSection(CHANGELOG, "0.9.0")).toBeNull();
  });

  it("reads CRLF files and pre-release versions", () => {
    const text = "## 2.0.0-rc.1 — 2026-12-01\r\n\r\n- Candidate.\r\n";
    expect(changelogSection(text, "2.0.0-rc.1")?.body).toBe("- Candidate.");
  });
});

describe("checkRelease", () => {
  const dated = CHANGELOG.replace("1.2.0 — unreleased", "1.2.0 — 2026-11-22");

  it("accepts a tag matching package.json and a dated, non-empty section", () => {
    expect(checkRelease({ tag: "v1.2.0", version: "1.2.0", changelog: dated })).toEqual({
      ok: true,
      version: "1.2.0",
      majorTag: "v1",
      prerelease: false,
      moveMajor: true,
    });
  });

  it.each([
    [
      "a tag that is not package.json's version",
      "v1.2.1",
      "1.2.0",
      dated,
      /does not match package\.json's version 1\.2\.0/,
    ],
    ["a version still unreleased", "v1.2.0", "1.2.0", CHANGELOG, /"unreleased", not a release date/],
    ["a version with no section", "v1.3.0", "1.3.0", dated, /no section "## 1\.3\.0/],
    [
      "an empty section",
      "v1.2.0",
      "1.2.0",
      "## 1.2.0 — 2026-11-22\n\n## 1.1.0 — 2026-01-01\n- x\n",
      /is empty/,
    ],
    ["not a version tag", "v1.2", "1.2", "", /not a version tag/],
  ])("refuses %s", (_, tag, version, changelog, problem) => {
    const result = checkRelease({ tag, version, changelog });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContainEqual(expect.stringMatching(problem));
  });

  it("marks pre-releases, which never move the major tag", () => {
    const changelog = "## 2.0.0-rc.1 — 2026-12-01\n\n- Candidate.\n";
    expect(checkRelease({ tag: "v2.0.0-rc.1", version: "2.0.0-rc.1", changelog })).toMatchObject({
      ok: true,
      majorTag: "v2",
      prerelease: true,
      moveMajor: false,
    });
  });
});

describe("shouldMoveMajor", () => {
  const tags = ["v1", "v1.0.0", "v1.1.0", "v1.1.1", "v2.0.0-rc.1", "v0.9.0", "latest"];
  it.each([
    ["v1.1.2", true], // the newest 1.x
    ["v1.2.0", true],
    ["v1.0.1", false], // a fix on an older line: v1 stays on 1.1.1
    ["v1.1.1", true], // re-running the release of the newest
    ["v2.0.0", true], // the first 2.x (its release candidate does not count)
    ["v2.0.0-rc.2", false],
    ["v0.9.1", true],
  ])("%s → %s", (tag, expected) => {
    expect(shouldMoveMajor(tag, tags)).toBe(expected);
  });
});

describe("the scripts as the workflow runs them", () => {
  function inCopy(changelog: string, run: (dir: string) => void): void {
    const dir = mkdtempSync(join(tmpdir(), "iw-release-"));
    try {
      mkdirSync(join(dir, "scripts"));
      for (const f of ["scripts/check-release.mjs", "scripts/release-notes.mjs", "package.json"])
        cpSync(join(root, f), join(dir, f));
      writeFileSync(join(dir, "CHANGELOG.md"), changelog);
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const version = JSON.parse(read("package.json")).version as string;

  it("check-release writes the step outputs; release-notes prints the notes", () => {
    const changelog = read("CHANGELOG.md").replace(/^## (\S+) — unreleased$/m, "## $1 — 2026-11-22");
    inCopy(changelog, (dir) => {
      const output = join(dir, "output.txt");
      writeFileSync(output, "");
      execFileSync(process.execPath, ["scripts/check-release.mjs", `v${version}`, "v0.1.0"], {
        cwd: dir,
        env: { ...process.env, GITHUB_OUTPUT: output },
      });
      const major = `v${version.split(".")[0]}`;
      expect(readFileSync(output, "utf8")).toBe(
        `version=${version}\nmajor-tag=${major}\nprerelease=false\nmove-major=true\n`,
      );
      const notes = execFileSync(process.execPath, ["scripts/release-notes.mjs", version], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(notes).toBe(`${changelogSection(changelog, version)?.body}\n`);
      expect(notes).not.toMatch(/^## /m);
    });
  });

  it("check-release fails the step, naming each problem", () => {
    inCopy(read("CHANGELOG.md"), (dir) => {
      const run = spawnSync(process.execPath, ["scripts/check-release.mjs", "v9.9.9"], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`::error::v9.9.9 does not match package.json's version ${version}`);
    });
  });

  it("this repository's CHANGELOG has a section for package.json's version", () => {
    expect(changelogSection(read("CHANGELOG.md"), version)?.body).toMatch(/\w/);
  });
});

describe(".github/workflows/release.yml", () => {
  const workflow = parse(read(".github/workflows/release.yml")) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: Record<
      string,
      { permissions?: Record<string, string>; steps: Array<{ run?: string; uses?: string }> }
    >;
  };
  const runs = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .map((s) => s.run ?? "")
    .join("\n");

  it("runs on version tags only, with contents: write and nothing else", () => {
    expect(workflow.on).toEqual({ push: { tags: ["v*.*.*"] } });
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.release?.permissions).toEqual({ contents: "write" });
  });

  it("checks the bundle and the tag, publishes the notes and moves the major tag", () => {
    for (const command of [
      "node scripts/bundle.mjs --check",
      "node scripts/gen-repository.mjs --check",
      "node scripts/check-release.mjs",
      "node scripts/release-notes.mjs",
      "gh release create",
      "push --force origin",
    ])
      expect(runs, command).toContain(command);
    for (const script of runs.matchAll(/node (scripts\/[\w.-]+)/g))
      expect(() => read(script[1] ?? ""), script[1]).not.toThrow();
  });
});
