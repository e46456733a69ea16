// The Action's public contract, action.yml, checked against the code that implements it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_CONFIG_PATH, INPUT_NAMES, MODES } from "../../src/action/inputs.js";
import { OUTPUT_NAMES } from "../../src/action/outputs.js";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

interface ActionYaml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(read("action.yml")) as ActionYaml;

describe("action.yml", () => {
  it("has a name, description and branding", () => {
    expect(action.name).toBe("Incident Workflow");
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  it("declares exactly the inputs the code reads, each described and optional", () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(spec.description, name).toMatch(/\w{3}/);
      expect(spec.required ?? false, name).toBe(false);
    }
  });

  it("has the documented defaults", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not JS.
    expect(action.inputs["github-token"]?.default).toBe("${{ github.token }}");
    expect(action.inputs["config-path"]?.default).toBe(DEFAULT_CONFIG_PATH);
    expect(action.inputs.mode?.default).toBe("auto");
    for (const mode of MODES) expect(action.inputs.mode?.description).toContain(`\`${mode}\``);
  });

  it("declares exactly the outputs the code sets, each described", () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    for (const [name, spec] of Object.entries(action.outputs))
      expect(spec.description, name).toMatch(/\w{3}/);
  });

  it("runs the bundle that scripts/bundle.mjs writes, on node24", () => {
    expect(action.runs.using).toBe("node24");
    const script = read("scripts/bundle.mjs");
    const outdir = /outdir:\s*"([^"]+)"/.exec(script)?.[1];
    const entry = /entryPoints:\s*\{\s*(\w+):\s*"src\/action\/main\.ts"/.exec(script)?.[1];
    expect(action.runs.main).toBe(`${outdir}/${entry}.js`);
  });

  it("ships the bundle as CommonJS next to it, the entry requiring the engine only when a run needs it", () => {
    if (!existsSync(join(root, action.runs.main))) return; // built by `npm run bundle`; --check guards drift
    const dir = action.runs.main.replace(/\/[^/]+$/, "");
    expect(JSON.parse(read(`${dir}/package.json`))).toEqual({ type: "commonjs" });
    // The engine (client.js, then engine.js) is required once each, inside the module that its
    // dynamic import evaluates (test/action/bundle-run.test.ts runs an ignored event without them).
    const entry = read(action.runs.main);
    for (const name of ["client", "engine"]) {
      expect(entry.match(new RegExp(`require\\("\\./${name}\\.js"\\)`, "g"))).toHaveLength(1);
      expect(entry).toMatch(
        new RegExp(
          `"lazy-file:${name}"\\(exports\\d*, module\\d*\\) \\{\\s*module\\d*\\.exports = require\\("\\./${name}\\.js"\\);`,
        ),
      );
    }
    expect(entry).not.toMatch(/^\s*import /m);
  });
});

describe("docs/action.md", () => {
  it("documents every input and output", () => {
    const docs = read("docs/action.md");
    for (const name of [...INPUT_NAMES, ...OUTPUT_NAMES]) expect(docs, name).toContain(`| \`${name}\``);
  });
});

describe(".github/workflows/incidents.yml, the example workflow", () => {
  const text = read(".github/workflows/incidents.yml");
  const workflow = parse(text) as {
    on: Record<string, { types?: string[]; inputs?: Record<string, { type?: string; options?: string[] }> }>;
    permissions: Record<string, string>;
    concurrency: { group: string; "cancel-in-progress": boolean };
    jobs: Record<
      string,
      {
        permissions?: Record<string, string>;
        steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }>;
      }
    >;
  };

  it("listens to the supported events", () => {
    expect(workflow.on.issues?.types?.sort()).toEqual([
      "closed",
      "edited",
      "labeled",
      "opened",
      "reopened",
      "typed",
      "unlabeled",
    ]);
    expect(workflow.on.issue_comment?.types?.sort()).toEqual(["created", "edited"]);
    expect(workflow.on.repository_dispatch?.types).toEqual(["incident"]);
    expect(Object.keys(workflow.on.workflow_dispatch?.inputs ?? {}).sort()).toEqual([
      "drill",
      "severity",
      "summary",
      "title",
    ]);
    expect(workflow.on.pull_request?.types).toEqual(["closed"]);
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.workflow_dispatch?.inputs?.severity?.type).toBe("choice");
  });

  it("asks for the least permissions and never cancels a run in progress", () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.incident?.permissions).toEqual({
      issues: "write",
      "pull-requests": "write",
      contents: "write",
    });
    expect(workflow.concurrency["cancel-in-progress"]).toBe(false);
    expect(workflow.concurrency.group).toContain("github.event.issue.number");
  });

  it("uses the local action and interpolates no event data into shell", () => {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.some((s) => s.uses === "./")).toBe(true);
    for (const step of steps) expect(step.run ?? "").not.toMatch(/\$\{\{[^}]*github\.event/);
  });
});
