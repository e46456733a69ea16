import { describe, expect, it } from "vitest";
import { describeError } from "../../src/action/describe-error.js";
import { InputError } from "../../src/action/inputs.js";
import { renderSummary } from "../../src/action/summary.js";

describe("renderSummary", () => {
  it("shows the incident link, severity, status and postmortem PR", () => {
    const md = renderSummary({
      outcome: "handled",
      incident: {
        number: 3,
        url: "https://github.com/o/r/issues/3",
        severity: "SEV1",
        status: "resolved",
        postmortemPr: "https://github.com/o/r/pull/4",
      },
    });
    expect(md).toContain("### Incident [#3](https://github.com/o/r/issues/3)");
    expect(md).toContain("| Severity | SEV1 |");
    expect(md).toContain("| Status | resolved |");
    expect(md).toContain("| Postmortem | [#4](https://github.com/o/r/pull/4) |");
  });

  it("lists config problems by path and keeps user text out of the table syntax", () => {
    const md = renderSummary({
      outcome: "invalid-config",
      message: "",
      problems: [{ path: "a.b", message: "x | <y>" }],
    });
    expect(md).toContain("- `a.b`: x \\| \\<y\\>");
  });
});

describe("describeError", () => {
  const http = (status: number, data: unknown, headers: Record<string, string> = {}) =>
    Object.assign(new Error("HttpError"), {
      status,
      request: { method: "GET", url: "https://api.github.com/x" },
      response: { data, headers },
    });

  it("includes 422 field errors", () => {
    expect(
      describeError(
        http(422, {
          message: "Validation Failed",
          errors: [{ resource: "Label", field: "name", code: "already_exists" }],
        }),
      ),
    ).toBe(
      "GitHub API request failed: 422 GET https://api.github.com/x: Validation Failed; Label name already_exists.",
    );
  });

  it("hints at the token on 401 and at the rate limit on 403 with none remaining", () => {
    expect(describeError(http(401, { message: "Bad credentials" }))).toMatch(
      /Bad credentials\. Check the `github-token`/,
    );
    expect(
      describeError(http(403, { message: "API rate limit exceeded" }, { "x-ratelimit-remaining": "0" })),
    ).toMatch(/rate limit was reached/);
  });

  it("passes input errors through as they are", () => {
    expect(describeError(new InputError("Input `mode` must be one of ..."))).toBe(
      "Input `mode` must be one of ...",
    );
    expect(describeError("weird")).toBe("Unexpected failure: weird");
  });
});
