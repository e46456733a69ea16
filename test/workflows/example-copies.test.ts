// The example workflows the docs repeat (README's quick start and docs/action.md): the copies are
// identical, GitHub's workflow parser reads them without errors, the label workflow runs
// `mode: setup` once, and the filter starts a job for an issue opened from the form whose
// `incident` label GitHub dropped (a new repository, before the labels exist).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isIncidentForm } from "../../src/core/issue-form.js";
import { evaluateIf, parseWorkflowText } from "./github-expressions.js";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const COPIES = ["README.md", "docs/action.md"];

/** The ```yaml block of a Markdown file that starts with `name: <name>`. */
function example(path: string, name: string): string {
  const text = read(path);
  const start = text.indexOf(`\`\`\`yaml\nname: ${name}\n`);
  if (start === -1) throw new Error(`${path} has no "${name}" workflow`);
  const body = start + "```yaml\n".length;
  return text.slice(body, text.indexOf("```", body));
}

describe.each(["Incidents", "Incident labels"])("the %s example workflow", (name) => {
  it("is the same text in README.md and docs/action.md", () => {
    const [first, ...others] = COPIES.map((path) => example(path, name));
    for (const other of others) expect(other).toBe(first);
  });

  it.each(COPIES)("parses without errors in %s", async (path) => {
    expect((await parseWorkflowText(`${path}: ${name}`, example(path, name))).errors).toEqual([]);
  });
});

describe("the Incident labels workflow", () => {
  const workflow = parse(example("README.md", "Incident labels"));

  it("runs mode setup when its own file is pushed, and by hand", () => {
    expect(workflow.on).toEqual({
      push: { paths: [".github/workflows/incident-labels.yml"] },
      workflow_dispatch: null,
    });
    const steps = workflow.jobs.labels.steps;
    expect(steps).toEqual([{ uses: "incident-workflow/incident-workflow@v1", with: { mode: "setup" } }]);
    expect(workflow.permissions).toEqual({ issues: "write", contents: "read" });
  });

  it("is what README's quick start tells you to add", () => {
    expect(read("README.md")).toContain(
      "as `.github/workflows/incident-labels.yml`: pushed, it runs `mode: setup`",
    );
  });
});

describe("the filter on a new repository: the form's label dropped", () => {
  /** An issue body as GitHub renders the incident form (every heading, `_No response_` for empty fields). */
  const formBody = [
    "### Summary",
    "",
    "Checkout returns 500.",
    "",
    "### Impact",
    "",
    "_No response_",
    "",
    "### Severity",
    "",
    "SEV2 (major)",
    "",
    "### Started at",
    "",
    "_No response_",
    "",
    "### Links",
    "",
    "_No response_",
  ].join("\n");
  const person = { login: "alice", type: "User" };
  const opened = (body: string, sender: object = person, action = "opened") => ({
    event_name: "issues",
    event: { action, issue: { number: 1, title: "Incident: checkout", body, labels: [] }, sender },
  });

  it.each([...COPIES, ".github/workflows/incidents.yml"])("%s", async (path) => {
    const text = path.endsWith(".md") ? example(path, "Incidents") : read(path);
    const filter = (await parseWorkflowText(path, text)).jobIfs.incident ?? "";
    expect(isIncidentForm(formBody)).toBe(true); // what the engine adopts
    expect(evaluateIf(filter, opened(formBody))).toBe(true);
    expect(evaluateIf(filter, opened(formBody, { login: "x[bot]", type: "Bot" }))).toBe(false);
    expect(evaluateIf(filter, opened(formBody, person, "edited"))).toBe(false);
    expect(evaluateIf(filter, opened("The login page is slow."))).toBe(false);
    expect(evaluateIf(filter, opened(""))).toBe(false);
  });
});
