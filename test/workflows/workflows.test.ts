// Every workflow in the repository and every workflow example in the docs, read as GitHub reads
// them; and the example workflow's job filter, evaluated on the events it must and must not run for.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { evaluateIf, parseWorkflowText } from "./github-expressions.js";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const workflowFiles = readdirSync(join(root, ".github/workflows"))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`);
const docs = ["README.md", ...readdirSync(join(root, "docs")).map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith(".md"),
);

/** The ```yaml blocks of a Markdown file that are workflows, or steps of one (wrapped in a job). */
function workflowBlocks(path: string): Array<{ name: string; text: string }> {
  const blocks = [...read(path).matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? "");
  return blocks.flatMap((text, i) => {
    const value = parse(text) as unknown;
    const name = `${path} yaml block ${i + 1}`;
    const steps = Array.isArray(value) ? value : (value as { steps?: unknown } | null)?.steps;
    if (value !== null && typeof value === "object" && "jobs" in value) return [{ name, text }];
    if (!Array.isArray(steps)) return []; // not a workflow: a configuration example
    // A sandbox scenario (docs/sandbox.md) has steps too: each says who acts (`as:`), never `uses`/`run`.
    const isStep = (s: unknown) => s !== null && typeof s === "object" && ("uses" in s || "run" in s);
    if (!steps.some(isStep)) return [];
    const job = { "runs-on": "ubuntu-latest", steps };
    return [{ name, text: JSON.stringify({ on: "push", jobs: { example: job } }) }];
  });
}

describe("workflows parse without errors", () => {
  it.each(workflowFiles)("%s", async (path) => {
    expect((await parseWorkflowText(path, read(path))).errors).toEqual([]);
  });

  const blocks = docs.flatMap(workflowBlocks);
  it("the docs have workflow examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });
  it.each(blocks)("$name", async ({ name, text }) => {
    expect((await parseWorkflowText(name, text)).errors).toEqual([]);
  });

  it("the parser does report errors", async () => {
    const bad = "on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{ run: x }]\n    bogus: 1\n";
    expect((await parseWorkflowText("bad.yml", bad)).errors).toEqual([expect.stringMatching(/bogus/)]);
  });
});

describe("the example workflow runs a job only for incidents", async () => {
  const { jobIfs } = await parseWorkflowText("incidents.yml", read(".github/workflows/incidents.yml"));
  const filter = jobIfs.incident ?? "";
  const person = { login: "alice", type: "User" };
  const bot = { login: "github-actions[bot]", type: "Bot" };
  const incident = { number: 7, labels: [{ name: "bug" }, { name: "incident" }] };
  const plain = { number: 8, labels: [{ name: "bug" }] };
  const issues = (action: string, issue: object, extra: object = {}, sender = person) => ({
    event_name: "issues",
    event: { action, issue, sender, ...extra },
  });
  const pr = (pull_request: object) => ({
    event_name: "pull_request",
    event: { action: "closed", pull_request, sender: person },
  });
  const comment = (issue: object, body: string, sender = person, extra: object = {}) => ({
    event_name: "issue_comment",
    event: { action: "created", issue, comment: { body, user: sender }, sender, ...extra },
  });

  it.each(["README.md", "docs/action.md"])("is the same filter in %s's example", async (path) => {
    const [example] = workflowBlocks(path);
    expect(filter).toContain("github.event.sender.type != 'Bot'");
    expect((await parseWorkflowText(path, example?.text ?? "")).jobIfs.incident).toBe(filter);
  });

  it.each([
    ["an issue opened with the incident label", issues("opened", incident), true],
    ["the incident label applied", issues("labeled", incident, { label: { name: "incident" } }), true],
    [
      "a severity label applied to an incident",
      issues("labeled", incident, { label: { name: "SEV1" } }),
      true,
    ],
    ["an incident closed", issues("closed", incident), true],
    ["a plain issue opened", issues("opened", plain), false],
    [
      "a plain issue given the Incident issue type",
      issues("typed", { ...plain, type: { name: "Incident" } }),
      true,
    ],
    ["a plain issue given the Bug issue type", issues("typed", { ...plain, type: { name: "Bug" } }), false],
    ["a plain issue labelled bug", issues("labeled", plain, { label: { name: "bug" } }), false],
    ["a bot labelling an incident", issues("labeled", incident, {}, bot), false],
    ["`/update x` on an incident", comment(incident, "/update x"), true],
    ["a command on a later line", comment(incident, "Rolled back.\n/status mitigated"), true],
    ["a command after CRLF", comment(incident, "Rolled back.\r\n/status mitigated"), true],
    ["`thanks` on an incident", comment(incident, "thanks"), false],
    ["a link on an incident", comment(incident, "see https://example.com/a/b"), false],
    ["a bot's `/update x`", comment(incident, "/update x", bot), false],
    ["`/declare` on a plain issue", comment(plain, "/declare SEV2 Checkout is down"), true],
    ["`/declare` on a later line of a plain issue's comment", comment(plain, "Ugh.\n/declare SEV2 x"), true],
    ["`/update x` on a plain issue", comment(plain, "/update x"), false],
    ["`thanks` on a plain issue", comment(plain, "thanks"), false],
    [
      "an incident comment edited to drop its command",
      comment(incident, "thanks", person, { action: "edited", changes: { body: { from: "/update x" } } }),
      true,
    ],
    [
      "a plain issue's `/declare` comment edited",
      comment(plain, "/declare x", person, { action: "edited", changes: { body: { from: "/declare" } } }),
      false,
    ],
    ["workflow_dispatch", { event_name: "workflow_dispatch", event: { inputs: { title: "x" } } }, true],
    ["repository_dispatch", { event_name: "repository_dispatch", event: { action: "incident" } }, true],
    ["schedule", { event_name: "schedule", event: { schedule: "*/30 * * * *" } }, true],
    ["a postmortem pull request merged", pr({ merged: true, head: { ref: "postmortem/incident-7" } }), true],
    [
      "a postmortem pull request closed unmerged",
      pr({ merged: false, head: { ref: "postmortem/incident-7" } }),
      false,
    ],
    ["another pull request merged", pr({ merged: true, head: { ref: "feature/login" } }), false],
    ["an action item closed", issues("closed", { number: 9, labels: [{ name: "action-item" }] }), true],
  ])("%s → %s", (_, github, expected) => {
    expect(evaluateIf(filter, github)).toBe(expected);
  });
});

describe("evaluateIf, GitHub's expression evaluator", () => {
  const github = { event_name: "issues", event: { issue: { labels: [{ name: "Incident" }] }, n: null } };
  it.each([
    ["contains(github.event.issue.labels.*.name, 'incident')", true], // case-insensitive, as on GitHub
    ["startsWith('/Update x', '/update')", true],
    ["contains(fromJSON('\"a\\nb\"'), fromJSON('\"\\nb\"'))", true],
    ["contains('a\\nb', fromJSON('\"\\nb\"'))", false], // no escapes in expression strings
    ["startsWith(github.event.n, '/')", false],
    ["github.event_name == 'issues' && !(github.event_name == 'push')", true],
    ["toJSON(github.event.n) == 'null'", true],
    ["github.event.missing.deeper || false", false],
  ])("%s → %s", (expression, expected) => {
    expect(evaluateIf(expression, github)).toBe(expected);
  });
});
