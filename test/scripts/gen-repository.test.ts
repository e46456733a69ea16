// scripts/gen-repository.mjs: package.json's `repository` is the one place naming the repository.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  expectedFiles,
  GENERATED_MODULE,
  majorTagOf,
  repositoryOf,
  rewrite,
  targets,
} from "../../scripts/gen-repository.mjs";
import { REPOSITORY } from "../../src/core/repository.generated.js";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const pkg = JSON.parse(read("package.json")) as { version: string };

describe("repositoryOf", () => {
  it.each([
    ["git+https://github.com/acme/incidents.git", "acme/incidents"],
    ["https://github.com/acme/incidents", "acme/incidents"],
    ["git@github.com:acme/incidents.git", "acme/incidents"],
    ["ssh://git@github.com/acme/incidents.git", "acme/incidents"],
    ["github:acme/incidents", "acme/incidents"],
    ["acme/my.incidents", "acme/my.incidents"],
  ])("%s → %s", (url, expected) => {
    expect(repositoryOf({ repository: { type: "git", url } })).toBe(expected);
    expect(repositoryOf({ repository: url })).toBe(expected);
  });

  it("fails without the field or for another host", () => {
    expect(() => repositoryOf({})).toThrow(/no "repository"/);
    expect(() => repositoryOf({ repository: "https://gitlab.com/a/b" })).toThrow(/not a GitHub/);
  });
});

describe("majorTagOf", () => {
  it("is v<major>", () => {
    expect(majorTagOf("1.0.0")).toBe("v1");
    expect(majorTagOf("12.3.4-rc.1")).toBe("v12");
    expect(() => majorTagOf("next")).toThrow(/semantic version/);
  });
});

describe("rewrite", () => {
  const options = { repository: "fork/iw", majorTag: "v2" };

  it("rewrites this Action's uses: lines, in Markdown and workflows, and leaves actions/* alone", () => {
    const text = [
      "- a **GitHub Action** (`uses: <owner>/incident-workflow@v1`) that",
      "        uses: incident-workflow/incident-workflow@v1",
      "  - uses: actions/create-github-app-token@v2",
      "      - uses: actions/checkout@v5",
      "        uses: ./",
      "pin `uses: someone/else@3f2a1c0` to a commit",
    ].join("\n");
    expect(rewrite("docs/action.md", text, options).split("\n")).toEqual([
      "- a **GitHub Action** (`uses: fork/iw@v2`) that",
      "        uses: fork/iw@v2",
      "  - uses: actions/create-github-app-token@v2",
      "      - uses: actions/checkout@v5",
      "        uses: ./",
      "pin `uses: someone/else@3f2a1c0` to a commit",
    ]);
  });

  it("rewrites app.yml's homepage url and nothing else there", () => {
    const text =
      "name: X\n# see https://github.com/probot/probot\nurl: https://github.com/a/b\npublic: false\n";
    expect(rewrite("app.yml", text, options)).toBe(
      "name: X\n# see https://github.com/probot/probot\nurl: https://github.com/fork/iw\npublic: false\n",
    );
  });
});

describe("this repository", () => {
  it("is named once, in package.json, and every file agrees (gen-repository --check)", () => {
    const { repository, majorTag, files } = expectedFiles(root);
    expect(repository).toBe(REPOSITORY);
    expect(majorTag).toBe(majorTagOf(pkg.version));
    for (const [path, text] of Object.entries(files)) expect(read(path), path).toBe(text);
  });

  it("the README and the Action docs show `uses: <repository>@<major>`", () => {
    const uses = `uses: ${REPOSITORY}@${majorTagOf(pkg.version)}`;
    expect(read("README.md")).toContain(uses);
    expect(read("docs/action.md")).toContain(uses);
    expect(read("app.yml")).toContain(`url: https://github.com/${REPOSITORY}\n`);
    expect(read("schema/incidents.schema.json")).toContain(
      `"$id": "https://raw.githubusercontent.com/${REPOSITORY}/main/schema/incidents.schema.json"`,
    );
    for (const path of targets(root)) expect(read(path), path).not.toMatch(/uses:\s*<owner>\//);
  });

  it("a fork changes one line of package.json and every file follows", () => {
    const dir = mkdtempSync(join(tmpdir(), "iw-fork-"));
    try {
      for (const path of ["package.json", ...targets(root)]) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        cpSync(join(root, path), join(dir, path));
      }
      const forked = JSON.parse(read("package.json"));
      forked.repository.url = "git+https://github.com/fork-org/our-incidents.git";
      writeFileSync(join(dir, "package.json"), JSON.stringify(forked));
      const { files } = expectedFiles(dir);
      expect(files[GENERATED_MODULE]).toContain('REPOSITORY = "fork-org/our-incidents"');
      // docs/configuration.md follows through the generated module and `npm run gen:docs`.
      for (const [path, text] of Object.entries(files)) {
        if (path !== "docs/configuration.md") expect(text, path).not.toContain(REPOSITORY);
      }
      expect(files["README.md"]).toContain("uses: fork-org/our-incidents@v");
      expect(files["app.yml"]).toContain("url: https://github.com/fork-org/our-incidents\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
