import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  CONFIG_PROBLEMS_MARKER,
  formatConfigProblems,
  formatConfigProblemsText,
  problemFromYamlError,
} from "../../src/core/config/format-problems.js";
import type { ConfigProblem } from "../../src/core/config/validate.js";

describe("formatConfigProblems", () => {
  const list: ConfigProblem[] = [
    {
      path: "severities[0].updateCadenceMinutes",
      message: 'Invalid input: expected number, received string; found "soon"',
    },
    { path: "labels.incidents", message: "unknown option" },
  ];

  it("renders one Markdown comment naming each path", () => {
    expect(formatConfigProblems(list, ".github/incidents.yml")).toBe(
      [
        CONFIG_PROBLEMS_MARKER,
        "**Incident Workflow could not use `.github/incidents.yml`** (2 problems):",
        "",
        '- `severities[0].updateCadenceMinutes`: Invalid input: expected number, received string; found "soon"',
        "- `labels.incidents`: unknown option",
        "",
        "Nothing else was changed. Fix the file on the default branch and the next event on this issue retries.",
        "",
      ].join("\n"),
    );
  });

  it("keeps found values from rendering as Markdown, HTML or mentions", () => {
    const body = formatConfigProblems(
      [
        { path: "severities[0].notify[0]", message: 'a login or org/team; found "@everyone <b>hi</b> *x*"' },
        { path: "odd`key", message: "unknown option" },
        { path: "roles", message: 'unknown role `x`; found "a`b"' },
      ],
      ".github/incidents.yml",
    );
    expect(body).toContain('found "@\u200beveryone &lt;b&gt;hi&lt;/b&gt; \\*x\\*"');
    expect(body).toContain("- `` odd`key ``: unknown option");
    expect(body).toContain('unknown role \\`x\\`; found "a\\`b"');
    expect(body).toContain("(3 problems)");
  });

  it("has a plain-text twin for the Action log", () => {
    expect(formatConfigProblemsText(list, ".github/incidents.yml")).toBe(
      [
        "Incident Workflow could not use .github/incidents.yml (2 problems):",
        '  - severities[0].updateCadenceMinutes: Invalid input: expected number, received string; found "soon"',
        "  - labels.incidents: unknown option",
        "Nothing else was changed. Fix the file on the default branch and the next event retries.",
      ].join("\n"),
    );
  });
});

describe("problemFromYamlError", () => {
  function yamlError(text: string): unknown {
    try {
      parse(text);
    } catch (err) {
      return err;
    }
    throw new Error("expected a YAML error");
  }

  it("keeps the parser's message and line, without the code frame", () => {
    const problem = problemFromYamlError(yamlError("severities:\n  - id: SEV1\n   bad: x\n"));
    expect(problem).toEqual({
      path: "(file)",
      message: "not valid YAML: Sequence item without - indicator at line 3, column 1",
    });
  });

  it("unwraps the config plugin's error to its YAML cause", () => {
    const cause = yamlError("a: b: c\n");
    const wrapped = new Error(
      "[@probot/octokit-plugin-config] Configuration could not be parsed from https://api.github.com/x (invalid YAML)",
      { cause },
    );
    expect(problemFromYamlError(wrapped).message).toMatch(/^not valid YAML: .* at line 1, column 4$/);
  });

  it("adds the position when the message lacks it (js-yaml style)", () => {
    const err = Object.assign(new Error("bad indentation of a mapping entry"), {
      mark: { line: 2, column: 4 },
    });
    expect(problemFromYamlError(err).message).toBe(
      "not valid YAML: bad indentation of a mapping entry at line 3, column 5",
    );
  });

  it("keeps the config loader's other errors, without the plugin's tag", () => {
    const err = new Error(
      '[@probot/octokit-plugin-config] Invalid value "a b" for _extends in https://api.github.com/x',
    );
    expect(problemFromYamlError(err)).toEqual({
      path: "(file)",
      message: 'Invalid value "a b" for _extends in https://api.github.com/x',
    });
    expect(problemFromYamlError("boom")).toEqual({ path: "(file)", message: "boom" });
  });
});
