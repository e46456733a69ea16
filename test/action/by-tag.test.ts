// The Action used by tag, as a workflow with `uses: <owner>/<repo>@v1` gets it: the committed HEAD
// of this repository is cloned and tagged, the tag's tree is unpacked where the runner unpacks an
// action (`_actions/<owner>/<repo>/<ref>`), and `node <runs.main>` runs from there against the
// GitHub emulator. Only committed files count: a stale or uncommitted dist/ fails here.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPOSITORY } from "../../src/core/repository.generated.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type ActionRun, type RunOptions, runAction } from "./run-action.js";

const root = join(import.meta.dirname, "..", "..");
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

/** The `uses:` the README's Action quick start tells people to write. */
function readmeUses(): { repository: string; ref: string } {
  const m = new RegExp(`uses: (${REPOSITORY.replace(/[.]/g, "\\.")})@([\\w.-]+)`).exec(
    readFileSync(join(root, "README.md"), "utf8"),
  );
  if (!m) throw new Error(`README.md has no \`uses: ${REPOSITORY}@<ref>\``);
  return { repository: m[1] ?? "", ref: m[2] ?? "" };
}

describe("the Action used by tag, from the committed HEAD", () => {
  const work = mkdtempSync(join(tmpdir(), "iw-by-tag-"));
  const { repository, ref } = readmeUses();
  const actionDir = join(work, "_actions", ...repository.split("/"), ref);
  let main = "";
  let emu: Emulator;

  beforeAll(() => {
    const clone = join(work, "clone");
    const head = git(root, "rev-parse", "HEAD");
    git(work, "clone", "--quiet", "--no-checkout", root, clone);
    git(clone, "tag", ref, head);
    // What the runner downloads for a ref: the tarball of its tree (`git archive`, as GitHub makes it).
    mkdirSync(actionDir, { recursive: true });
    execFileSync("sh", [
      "-c",
      'git -C "$1" archive --format=tar "$2" | tar -x -C "$3"',
      "sh",
      clone,
      ref,
      actionDir,
    ]);
    const action = parse(readFileSync(join(actionDir, "action.yml"), "utf8")) as {
      runs: { using: string; main: string };
    };
    expect(action.runs.using).toBe("node24");
    main = join(actionDir, action.runs.main);
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeEach(async () => {
    emu = await startEmulator({ owner: "acme", repo: "web" });
    emu.setAssociation("alice", "MEMBER");
    emu.setAssociation("bob", "MEMBER");
  });
  afterEach(async () => {
    expectNoViolations(emu);
    await emu.close();
  });

  const run = async (options: Omit<RunOptions, "main">): Promise<ActionRun> => {
    const result = await runAction({
      repository: "acme/web",
      apiUrl: emu.url,
      ...options,
      main,
      inputs: { "github-token": emu.actionsToken, ...options.inputs },
    });
    expect(result.errors, result.stdout + result.stderr).toEqual([]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    return result;
  };

  it("is unpacked from the tag with its bundle and nothing that needs installing", () => {
    expect(existsSync(main)).toBe(true);
    expect(existsSync(join(actionDir, "node_modules"))).toBe(false);
    expect(JSON.parse(readFileSync(join(actionDir, "dist", "package.json"), "utf8"))).toEqual({
      type: "commonjs",
    });
  });

  it("declares an incident from an issue and runs a command, writing outputs", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    let last: ActionRun | undefined;
    for (const p of payloads) last = await run({ event: p.name, payload: p.payload as object });
    expect(last?.outputs).toMatchObject({ "incident-number": String(number), severity: "SEV2" });

    const hook = emu.as("bob").comment(number, "/sev 1");
    const result = await run({ event: hook.name, payload: hook.payload as object });
    expect(emu.labels(number)).toContain("SEV1");
    expect(emu.labels(number)).not.toContain("SEV2");
    expect(result.outputs).toMatchObject({ severity: "SEV1", status: "investigating" });
    const boards = emu
      .comments(number)
      .filter((c) => String(c.body).startsWith("<!-- incident-workflow:board -->"));
    expect(boards).toHaveLength(1);
  });

  it("declares an incident from workflow_dispatch inputs", async () => {
    const result = await run({
      event: "workflow_dispatch",
      payload: { inputs: {} },
      inputs: { title: "Payments failing", severity: "SEV1", summary: "Card payments return 502." },
    });
    const number = Number(result.outputs["incident-number"]);
    expect(number).toBeGreaterThan(0);
    expect(emu.labels(number).sort()).toEqual(["SEV1", "incident", "status:investigating"]);
  });
});
