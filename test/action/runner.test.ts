// The runner's side of the Action, spoken without @actions/core: the formats the runner reads.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { escapeData, escapeProperty, runnerHost } from "../../src/action/runner.js";
import { parseOutputFile } from "./run-action.js";

afterEach(() => {
  process.exitCode = 0;
});

function files() {
  const dir = mkdtempSync(join(tmpdir(), "iw-runner-"));
  const paths = { event: join(dir, "event.json"), output: join(dir, "out"), summary: join(dir, "sum") };
  writeFileSync(paths.event, JSON.stringify({ action: "opened", issue: { number: 3 } }));
  writeFileSync(paths.output, "");
  writeFileSync(paths.summary, "");
  return paths;
}

describe("runnerHost", () => {
  it("reads the inputs, the event and the repository the way the runner passes them", () => {
    const f = files();
    const host = runnerHost(
      {
        "INPUT_GITHUB-TOKEN": "  t0ken ",
        "INPUT_CONFIG-PATH": ".github/x.yml",
        GITHUB_EVENT_NAME: "issues",
        GITHUB_EVENT_PATH: f.event,
        GITHUB_ACTOR: "alice",
        GITHUB_REPOSITORY: "acme/web",
      },
      () => {},
    );
    expect([host.getInput("github-token"), host.getInput("config-path"), host.getInput("mode")]).toEqual([
      "t0ken",
      ".github/x.yml",
      "",
    ]);
    expect(host.event).toEqual({
      name: "issues",
      payload: { action: "opened", issue: { number: 3 } },
      actor: "alice",
    });
    expect(host.repo()).toEqual({ owner: "acme", repo: "web" });
    expect(() => runnerHost({}, () => {}).repo()).toThrow(/GITHUB_REPOSITORY/);
  });

  it("writes outputs as heredocs GitHub reads (multi-line values too) and appends the summary", async () => {
    const f = files();
    const host = runnerHost({ GITHUB_OUTPUT: f.output, GITHUB_STEP_SUMMARY: f.summary }, () => {});
    host.setOutput("incident-number", "12");
    host.setOutput("status", "line 1\nline 2");
    await host.writeSummary("### One\n");
    await host.writeSummary("### Two\n");
    expect(readFileSync(f.output, "utf8")).toMatch(/^incident-number<<ghadelimiter_[0-9a-f-]{36}\n12\n/);
    expect(parseOutputFile(readFileSync(f.output, "utf8"))).toEqual({
      "incident-number": "12",
      status: "line 1\nline 2",
    });
    expect(readFileSync(f.summary, "utf8")).toBe("### One\n### Two\n");
  });

  it("logs as workflow commands that user text cannot break out of, and fails with exit code 1", () => {
    const lines: string[] = [];
    const host = runnerHost({}, (text) => lines.push(text));
    host.log.info("plain");
    host.log.warn("careful\n::error::forged");
    host.annotate("severities[0]: 50% wrong", ".github/incidents, yml");
    host.setFailed("it broke");
    expect(lines).toEqual([
      "plain\n",
      "::warning::careful%0A::error::forged\n",
      "::error title=Invalid incident configuration,file=.github/incidents%2C yml::severities[0]: 50%25 wrong\n",
      "::error::it broke\n",
    ]);
    expect(process.exitCode).toBe(1);
    expect(escapeData("a%b\r\nc")).toBe("a%25b%0D%0Ac");
    expect(escapeProperty("a:b,c")).toBe("a%3Ab%2Cc");
  });
});
