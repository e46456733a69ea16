// (3) Action cold start: `node <runs.main>` from process start to exit, as the runner runs it,
// side by side with `node -e ""`; and the bundle's size.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
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

/** Bytes of every file the bundle is made of (dist/*.js and *.cjs). */
function bundleSize(dir) {
  return readdirSync(dir)
    .filter((f) => /\.c?js$/.test(f))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

/**
 * (3) The Action's cold start: `node <runs.main>` from spawn to exit, as the runner runs it, side by
 * side with `node -e ""` (alternating, pair by pair, in the same clean environment: PATH only —
 * a variable such as NODE_EXTRA_CA_CERTS slows every node start-up and would flatter the ratio).
 * Two events: a comment without a command on an incident (ignored before the engine loads: no
 * request), and a person moving the severity (the engine, and its requests to the emulator on
 * loopback: config, token identity, history, label writes, board).
 */
export async function benchColdStart(m, { runs = 20 } = {}) {
  const action = parse(readFileSync(join(root, "action.yml"), "utf8"));
  const mainPath = join(root, action.runs.main);
  heading(
    `(3) Action cold start (node ${action.runs.main}, ${runs} pairs each, side by side with node -e "")`,
  );
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
    const env = (eventName) => ({
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: eventName,
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
    });
    const run = async (hook) => {
      writeFileSync(files.event, JSON.stringify(hook.payload));
      writeFileSync(files.output, "");
      writeFileSync(files.summary, "");
      return timed([mainPath], env(hook.name));
    };
    const bare = () => timed(["-e", ""], { PATH: process.env.PATH ?? "" });

    // Declared first (untimed: it also creates the repository's labels).
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    const declared = await run(payloads[0]);
    const failures = [];
    const pairs = { ignored: [], incident: [] };
    const requests = [];
    for (let i = 0; i < runs; i++) {
      // An ignored comment, then a severity change; each after its own run of node -e "".
      const chat = emu.as("bob").comment(number, `Looking at the graphs (${i})`);
      const b1 = await bare();
      const a1 = await run(chat);
      const level = emu.labels(number).includes("SEV1") ? "SEV2" : "SEV1";
      emu.advance(60_000);
      const hook = emu.as("bob").label(number, level);
      const b2 = await bare();
      const mark = emu.mark();
      const a2 = await run(hook);
      requests.push(emu.requestsSince(mark).length);
      pairs.ignored.push({ a: a1.ms, b: b1.ms });
      pairs.incident.push({ a: a2.ms, b: b2.ms });
      for (const r of [a1, a2])
        if (r.code !== 0) failures.push(r.out.trim().split("\n").slice(-3).join(" | "));
    }
    const ratio = (list) =>
      percentile(
        list.map((p) => p.a / p.b),
        50,
      );
    const p50 = (list, k) =>
      ms(
        percentile(
          list.map((p) => p[k]),
          50,
        ),
      );
    const size = bundleSize(dirname(mainPath));
    const ignored = ratio(pairs.ignored);
    table([
      ["event", "node <bundle> p50", 'node -e "" p50', "ratio p50 (pair by pair)", ""],
      [
        "comment without a command (no request)",
        p50(pairs.ignored, "a"),
        p50(pairs.ignored, "b"),
        `${ignored.toFixed(2)}×`,
        `budget ≤ 2.5×: ${verdict(ignored <= 2.5)}`,
      ],
      [
        `severity label changed (${percentile(requests, 50)} requests to the emulator)`,
        p50(pairs.incident, "a"),
        p50(pairs.incident, "b"),
        `${ratio(pairs.incident).toFixed(2)}×`,
        "reported: start-up plus the engine and its round trips (docs/performance.md)",
      ],
    ]);
    table([
      [
        "first run (declare, creates labels)",
        ms(declared.ms),
        declared.code === 0 ? "" : `exit ${declared.code}`,
      ],
      ["failed runs", `${failures.length} of ${2 * runs}`],
      [`bundle (dist/*.js, dist/*.cjs)`, kb(size), `budget < 3 MB: ${verdict(size < 3 * 1024 * 1024)}`],
    ]);
    for (const f of failures.slice(0, 3)) console.log(`    ${f}`);
    if (emu.violations.length) console.log(`  requests outside GitHub's OpenAPI: ${emu.violations.length}`);
  } finally {
    await emu.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
