// Issue 18, item 6: the example workflow's `concurrency`, read and evaluated as GitHub does (its
// workflow parser and expression evaluator) on GitHub's example payloads. Issue and comment events
// of one incident share a group without `queue`, so a newer waiting run replaces an older one
// (each run reconciles the whole incident); every dispatch has a group of its own (never replaced,
// never dropped); the sweep has its own. The same block in every copy of the example.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleFor } from "../../src/emulator/index.js";
import { type Concurrency, evaluateIf, evaluateString, parseWorkflowText } from "./github-expressions.js";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const firstYamlBlock = (path: string) => /^```ya?ml\n([\s\S]*?)^```$/m.exec(read(path))?.[1] ?? "";

// biome-ignore lint/suspicious/noExplicitAny: webhook JSON.
type Json = any;
let runs = 1_000_000;
/** The `github` context of a run for this event: a fresh run id each time, as GitHub gives. */
const run = (event_name: string, event: Json) => ({ event_name, event, run_id: String(++runs) });

/** GitHub's own example payload of `name.action`, about issue `number` (an incident) when it has one. */
function example(name: string, action: string, number?: number): Json {
  const payload: Json = exampleFor(name, action);
  if (number !== undefined) {
    payload.issue.number = number;
    payload.issue.labels = [{ name: "incident" }];
    if (payload.comment) payload.comment.body = "/update still looking";
  }
  payload.sender = { login: "alice", type: "User" };
  return payload;
}

const ISSUE_EVENTS = ["opened", "edited", "labeled", "unlabeled", "closed", "reopened"];
const COMMENT_EVENTS = ["created", "edited"];

describe("the example workflow's concurrency", async () => {
  const parsed = await parseWorkflowText("incidents.yml", read(".github/workflows/incidents.yml"));
  const concurrency = parsed.concurrency as Concurrency;
  const filter = parsed.jobIfs.incident ?? "";
  const group = (github: object) => evaluateString(concurrency.group, github);

  it("never cancels a run in progress and has no queue: a newer waiting run replaces an older one", () => {
    expect(parsed.errors).toEqual([]);
    expect(concurrency.cancelInProgress).toBe(false);
    expect(concurrency.queue).toBeUndefined();
  });

  it("issue and comment events of one incident share one group; another incident has another", () => {
    const events = [
      ...ISSUE_EVENTS.map((action) => run("issues", example("issues", action, 7))),
      ...COMMENT_EVENTS.map((action) => run("issue_comment", example("issue_comment", action, 7))),
    ];
    for (const github of events) expect(evaluateIf(filter, github)).toBe(true); // each starts a job
    const groups = new Set(events.map(group));
    expect([...groups]).toEqual(["incident-issue-7"]);
    expect(group(run("issue_comment", example("issue_comment", "created", 8)))).toBe("incident-issue-8");
  });

  it("each dispatch has a group of its own, even two alerts with the same dedup key", () => {
    const alert = () => {
      // GitHub's example is of another event type; the workflow listens for `incident`.
      const payload = example("repository_dispatch", "on-demand-test");
      payload.action = "incident";
      payload.client_payload = { title: "HighErrorRate", dedup_key: "HighErrorRate/checkout" };
      return run("repository_dispatch", payload);
    };
    const declaration = () => {
      const payload = example("workflow_dispatch", "");
      payload.inputs = { title: "Checkout down", severity: "SEV1" };
      return run("workflow_dispatch", payload);
    };
    const dispatches = [alert(), alert(), declaration(), declaration()];
    for (const github of dispatches) expect(evaluateIf(filter, github)).toBe(true);
    const groups = dispatches.map(group);
    expect(new Set(groups).size).toBe(dispatches.length);
    for (const [i, g] of groups.entries()) expect(g).toBe(`incident-run-${dispatches[i]?.run_id}`);
  });

  it("the sweep has its own group, shared by its runs and no one else's", () => {
    const sweeps = [
      run("schedule", { schedule: "*/15 * * * *" }),
      run("schedule", { schedule: "*/15 * * * *" }),
    ];
    for (const github of sweeps) expect(evaluateIf(filter, github)).toBe(true);
    expect(sweeps.map(group)).toEqual(["incident-sweep", "incident-sweep"]);
  });

  it("a merged postmortem's pull request event has a group of its own (its action items are made once)", () => {
    const payload: Json = exampleFor("pull_request", "closed");
    payload.pull_request.merged = true;
    payload.pull_request.head.ref = "postmortem/incident-7";
    const github = run("pull_request", payload);
    expect(evaluateIf(filter, github)).toBe(true);
    expect(group(github)).toBe(`incident-run-${github.run_id}`);
  });

  it.each(["README.md", "docs/action.md"])("is the same in %s's example", async (path) => {
    expect((await parseWorkflowText(path, firstYamlBlock(path))).concurrency).toEqual(concurrency);
  });
});
