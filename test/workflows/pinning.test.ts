// Supply chain of the workflows (issue 17): every third-party action in .github/workflows, and in
// the docs' example workflows users copy, is pinned to a full commit SHA with its release tag in a
// comment (`uses: actions/checkout@<40 hex> # v5.1.0`), the same commit wherever it is named; and no
// job installs packages (whose install scripts run code) while a checkout has left the token in
// `.git/config` or with a token in the step's environment.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, type Node, parseDocument } from "yaml";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const workflowFiles = readdirSync(join(root, ".github/workflows"))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`);
const docs = ["README.md", ...readdirSync(join(root, "docs")).map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith(".md"),
);
/** This repository (package.json's `repository`): its own Action in the docs keeps its moving tag. */
const own = /github\.com\/([\w.-]+\/[\w.-]+?)(\.git)?$/.exec(
  (JSON.parse(read("package.json")) as { repository: { url: string } }).repository.url,
)?.[1];

interface Uses {
  where: string;
  value: string;
  comment: string;
}

/** Every `uses:` in a YAML text (steps, reusable workflows, a bare list of steps), with its comment. */
function usesOf(where: string, text: string): Uses[] {
  const found: Uses[] = [];
  const walk = (node: Node | null | undefined): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === "uses" && isScalar(pair.value)) {
          found.push({ where, value: String(pair.value.value), comment: pair.value.comment ?? "" });
        } else walk(pair.value as Node);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item as Node);
  };
  walk(parseDocument(text).contents);
  return found;
}

const docBlocks = docs.flatMap((path) =>
  [...read(path).matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m, i) => ({
    where: `${path} yaml block ${i + 1}`,
    text: m[1] ?? "",
  })),
);
const inWorkflows = workflowFiles.flatMap((path) => usesOf(path, read(path)));
const inDocs = docBlocks.flatMap(({ where, text }) => usesOf(where, text));
const thirdParty = [...inWorkflows, ...inDocs].filter(
  (u) => !u.value.startsWith("./") && !u.value.startsWith(`${own}@`),
);

describe("third-party actions are pinned by commit", () => {
  it("finds them (in the workflows and the docs)", () => {
    expect(own).toBe("incident-workflow/incident-workflow");
    expect(inWorkflows.filter((u) => u.value.startsWith("actions/checkout@")).length).toBeGreaterThan(2);
    expect(inDocs.some((u) => u.value.startsWith("actions/"))).toBe(true);
  });

  it.each(thirdParty.map((u) => [`${u.where}: ${u.value}`, u] as const))(
    "%s: a 40-hex SHA with its tag in a comment",
    (_, u) => {
      expect(u.value).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(u.comment.trim()).toMatch(/^v\d+\.\d+\.\d+$/);
    },
  );

  it("one commit and tag per action wherever it is named", () => {
    const byAction = new Map<string, Set<string>>();
    for (const u of thirdParty) {
      const [action = "", ref = ""] = u.value.split("@");
      byAction.set(action, (byAction.get(action) ?? new Set()).add(`${ref} ${u.comment.trim()}`));
    }
    for (const [action, refs] of byAction) expect([...refs], action).toHaveLength(1);
  });
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

/** Whether a step installs npm packages: its `run:`, or a repository script it runs (`bash .ci/run`). */
function installs(step: Step): boolean {
  const run = step.run ?? "";
  const scripts = [...run.matchAll(/(?:^|\s)(?:bash\s+)?(\.?[\w-]*\/[\w./-]+)/g)]
    .map((m) => m[1] ?? "")
    .filter((p) => existsSync(join(root, p)))
    .map((p) => read(p));
  return [run, ...scripts].some((text) => /\bnpm (ci|install|i)\b/.test(text));
}

const TOKEN = /github\.token|secrets\.GITHUB_TOKEN/;

describe("no credentials where packages are installed", () => {
  const jobs = workflowFiles.flatMap((path) => {
    const workflow = parseDocument(read(path)).toJS() as { jobs: Record<string, { steps?: Step[] }> };
    return Object.entries(workflow.jobs).map(([id, job]) => ({
      name: `${path} ${id}`,
      steps: job.steps ?? [],
    }));
  });
  const installing = jobs.filter((job) => job.steps.some(installs));

  it("finds the jobs that install (CI through .ci/run, the release)", () => {
    expect(installing.map((j) => j.name).sort()).toEqual([
      ".github/workflows/ci.yml check",
      ".github/workflows/release.yml release",
    ]);
  });

  it.each(installing.map((job) => [job.name, job] as const))(
    "%s: every checkout before the install persists no credentials; the install has no token",
    (_, job) => {
      const first = job.steps.findIndex(installs);
      const checkouts = job.steps.slice(0, first).filter((s) => s.uses?.startsWith("actions/checkout@"));
      expect(checkouts.length).toBeGreaterThan(0);
      for (const checkout of checkouts) expect(checkout.with?.["persist-credentials"]).toBe(false);
      for (const step of job.steps.filter(installs))
        expect(JSON.stringify(step.env ?? {})).not.toMatch(TOKEN);
    },
  );
});
