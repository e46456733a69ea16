// (3) Action cold start: `node <runs.main>` from process start to exit, as the runner runs it, on an
// `issues.labeled` event against the emulator on loopback; and the bundle's size.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { root } from "./load.mjs";
import { heading, kb, ms, percentile, table, verdict } from "./stats.mjs";

/** Runs a command to its exit; the emulator answers from this process, so this must not block. */
function timed(args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
    });
    child.stderr.on("data", (c) => {
      out += c;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, ms: performance.now() - started }));
  });
}

export async function benchColdStart(m, { runs = 20 } = {}) {
  const action = parse(readFileSync(join(root, "action.yml"), "utf8"));
  const mainPath = join(root, action.runs.main);
  heading(`(3) Action cold start (node ${action.runs.main}, ${runs} runs, issues.labeled)`);
  if (!existsSync(mainPath)) {
    console.log(`  skipped: ${action.runs.main} not built (npm run bundle)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "incident-bench-"));
  const emu = await m.startEmulator({ owner: "acme", repo: "web" });
  try {
    for (const login of ["alice", "bob"]) emu.setAssociation(login, "MEMBER");
    const files = {
      event: join(dir, "event.json"),
      output: join(dir, "output.txt"),
      summary: join(dir, "summary.md"),
    };
    const env = {
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "issues",
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: "acme/web",
      GITHUB_API_URL: emu.url,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: dir,
      "INPUT_GITHUB-TOKEN": emu.actionsToken,
      "INPUT_CONFIG-PATH": ".github/incidents.yml",
      INPUT_MODE: "auto",
    };
    const run = async (hook) => {
      writeFileSync(files.event, JSON.stringify(hook.payload));
      writeFileSync(files.output, "");
      writeFileSync(files.summary, "");
      return timed([mainPath], env);
    };

    // Declared first (untimed: it also creates the repository's labels), so each timed run is an
    // ordinary event: a person moves the severity, the Action reads, swaps the label, edits the board.
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    const declared = await run(payloads[0]);
    const times = [];
    const failures = [];
    for (let i = 0; i < runs; i++) {
      const level = emu.labels(number).includes("SEV1") ? "SEV2" : "SEV1";
      emu.advance(60_000);
      const result = await run(emu.as("bob").label(number, level));
      times.push(result.ms);
      if (result.code !== 0) failures.push(result.out.trim().split("\n").slice(-3).join(" | "));
    }
    const bare = [];
    for (let i = 0; i < 5; i++) bare.push((await timed(["-e", ""], env)).ms);
    const size = statSync(mainPath).size;
    const p95 = percentile(times, 95);
    table([
      ["p50", ms(percentile(times, 50))],
      ["p95", ms(p95), `budget < 400 ms: ${verdict(p95 < 400)}`],
      [
        "first run (declare, creates labels)",
        ms(declared.ms),
        declared.code === 0 ? "" : `exit ${declared.code}`,
      ],
      ["node with no script, p50 (for scale)", ms(percentile(bare, 50))],
      ["failed runs", `${failures.length} of ${runs}`],
      [`bundle ${action.runs.main}`, kb(size), `budget < 3 MB: ${verdict(size < 3 * 1024 * 1024)}`],
    ]);
    for (const f of failures.slice(0, 3)) console.log(`    ${f}`);
    if (emu.violations.length) console.log(`  requests outside GitHub's OpenAPI: ${emu.violations.length}`);
  } finally {
    await emu.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
