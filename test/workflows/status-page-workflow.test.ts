// The status page's example workflow (docs/status-page.md), read as GitHub reads it: its triggers,
// permissions and steps, and its build job's `if:` evaluated on the events it must and must not run for.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { evaluateIf, parseWorkflowText } from "./github-expressions.js";

const root = join(import.meta.dirname, "..", "..");
const docs = readFileSync(join(root, "docs/status-page.md"), "utf8");
const text =
  [...docs.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .map((m) => m[1] ?? "")
    .find((b) => b.includes("mode: status-page")) ?? "";

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string;
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}
const workflow = parse(text) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, Job>;
};

describe("the status page workflow in docs/status-page.md", () => {
  it("parses without errors", async () => {
    expect(text).not.toBe("");
    expect((await parseWorkflowText("status-page.yml", text)).errors).toEqual([]);
  });

  it("runs on incident events, commands, a schedule and by hand", () => {
    expect(Object.keys(workflow.on).sort()).toEqual([
      "issue_comment",
      "issues",
      "schedule",
      "workflow_dispatch",
    ]);
  });

  it("builds with read permissions, deploys with pages and id-token, one deployment at a time", () => {
    expect(workflow.permissions).toEqual({});
    const { build, deploy } = workflow.jobs;
    expect(build?.permissions).toEqual({ contents: "read", issues: "read" });
    expect(deploy?.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(deploy?.needs).toBe("build");
    expect(deploy?.environment?.name).toBe("github-pages");
    expect(workflow.concurrency).toEqual({ group: "status-page", "cancel-in-progress": false });
  });

  it("uploads the directory the Action writes, and deploys it", () => {
    const [action, upload] = workflow.jobs.build?.steps ?? [];
    expect(action?.uses).toMatch(/^incident-workflow\/incident-workflow@v1$/);
    expect(action?.with?.mode).toBe("status-page");
    expect(upload?.uses).toBe("actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa");
    expect(upload?.with?.path).toBe(action?.with?.directory);
    expect(workflow.jobs.deploy?.steps.map((s) => s.uses)).toEqual([
      "actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e",
    ]);
  });

  describe("starts the build only when the page may change", async () => {
    const { jobIfs } = await parseWorkflowText("status-page.yml", text);
    const filter = jobIfs.build ?? "";
    const incident = { number: 7, labels: [{ name: "incident" }, { name: "SEV1" }] };
    const maintenance = { number: 8, labels: [{ name: "maintenance" }] };
    const plain = { number: 9, labels: [{ name: "bug" }] };
    const issues = (action: string, issue: object, extra: object = {}) => ({
      event_name: "issues",
      event: { action, issue, ...extra },
    });
    const comment = (issue: object, body: string, extra: object = {}) => ({
      event_name: "issue_comment",
      event: { action: "created", issue, comment: { body }, ...extra },
    });
    it.each([
      ["an incident opened", issues("opened", incident), true],
      ["an incident closed", issues("closed", incident), true],
      ["the incident label removed", issues("unlabeled", plain, { label: { name: "incident" } }), true],
      ["a maintenance issue edited", issues("edited", maintenance), true],
      ["a plain issue opened", issues("opened", plain), false],
      ["/public on an incident", comment(incident, "/public We are on it."), true],
      ["/component on an incident", comment(incident, "looking\n/component api degraded"), true],
      ["/resolve on an incident", comment(incident, "/resolve rolled back"), true],
      [
        "a /public removed by an edit",
        comment(incident, "typo", { action: "edited", changes: { body: { from: "/public oops" } } }),
        true,
      ],
      ["a comment without those commands", comment(incident, "/note checking the logs"), false],
      ["/public on a plain issue", comment(plain, "/public hello"), false],
      ["the schedule", { event_name: "schedule", event: {} }, true],
      ["by hand", { event_name: "workflow_dispatch", event: {} }, true],
    ])("%s → %s", (_, github, expected) => {
      expect(evaluateIf(filter, github)).toBe(expected);
    });
  });
});
