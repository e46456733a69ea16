// (3) Action cold start: `node <runs.main>` from process start to exit, as the runner runs it,
// side by side with `node -e ""`; and the bundle's size.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { BENCH_CONFIG, bundleSize, phasesOf, timed } from "./action-runs.mjs";
import { root } from "./load.mjs";
import { heading, kb, ms, percentile, table, verdict } from "./stats.mjs";

/**
 * (3) The Action's cold start: `node <runs.main>` from spawn to exit, as the runner runs it, side by
 * side with `node -e ""` (alternating, pair by pair, in the same clean environment: PATH only —
 * a variable such as NODE_EXTRA_CA_CERTS slows every node start-up and would flatter the ratio).
 * Three runs: a comment without a command on an incident (ignored before the engine loads: no
 * request); a person moving the severity (the engine, and its requests to the emulator on loopback:
 * config, token identity, history, label writes, board, dashboard), in a repository without a
 * config file; and the same in a repository with one (`BENCH_CONFIG`). Every row has the budget.
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
  const configured = await m.startEmulator({
    owner: "acme",
    repo: "api",
    files: { ".github/incidents.yml": BENCH_CONFIG },
  });
  try {
    for (const login of ["alice", "bob"]) {
      emu.setAssociation(login, "MEMBER");
      configured.setAssociation(login, "MEMBER");
    }
    const files = {
      event: join(dir, "event.json"),
      output: join(dir, "output.txt"),
      summary: join(dir, "summary.md"),
    };
    const env = (eventName, at) => ({
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: `acme/${at === configured ? "api" : "web"}`,
      GITHUB_API_URL: at.url,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: dir,
      "INPUT_GITHUB-TOKEN": at.actionsToken,
      "INPUT_CONFIG-PATH": ".github/incidents.yml",
      INPUT_MODE: "auto",
    });
    const run = async (hook, at = emu) => {
      writeFileSync(files.event, JSON.stringify(hook.payload));
      writeFileSync(files.output, "");
      writeFileSync(files.summary, "");
      return timed([mainPath], env(hook.name, at));
    };
    const bare = () => timed(["-e", ""], { PATH: process.env.PATH ?? "" });

    // Declared first (untimed: it also creates the repository's labels).
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    const declared = await run(payloads[0]);
    const other = configured
      .as("alice")
      .openIssue({ title: "Payments API errors", labels: ["incident", "SEV2"] });
    const declaredConfigured = await run(other.payloads[0], configured);
    const failures = [];
    const pairs = { ignored: [], incident: [], configured: [] };
    const requests = [];
    const requestsConfigured = [];
    const phases = { incident: [], configured: [] };
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
      const sent = emu.requestsSince(mark);
      requests.push(sent.length);
      phases.incident.push(phasesOf(a2, sent, b2));
      // The same change in the repository with a config file.
      const levelThere = configured.labels(other.number).includes("SEV1") ? "SEV2" : "SEV1";
      configured.advance(60_000);
      const hookThere = configured.as("bob").label(other.number, levelThere);
      const b3 = await bare();
      const markThere = configured.mark();
      const a3 = await run(hookThere, configured);
      const sentThere = configured.requestsSince(markThere);
      requestsConfigured.push(sentThere.length);
      phases.configured.push(phasesOf(a3, sentThere, b3));
      pairs.ignored.push({ a: a1.ms, b: b1.ms });
      pairs.incident.push({ a: a2.ms, b: b2.ms });
      pairs.configured.push({ a: a3.ms, b: b3.ms });
      for (const r of [a1, a2, a3])
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
    const incident = ratio(pairs.incident);
    const withConfig = ratio(pairs.configured);
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
        `severity label changed, no config file (${percentile(requests, 50)} requests)`,
        p50(pairs.incident, "a"),
        p50(pairs.incident, "b"),
        `${incident.toFixed(2)}×`,
        `budget ≤ 2.5×: ${verdict(incident <= 2.5)}`,
      ],
      [
        `severity label changed, .github/incidents.yml (${percentile(requestsConfigured, 50)} requests)`,
        p50(pairs.configured, "a"),
        p50(pairs.configured, "b"),
        `${withConfig.toFixed(2)}×`,
        `budget ≤ 2.5×: ${verdict(withConfig <= 2.5)}`,
      ],
    ]);
    const phase = (list, k) =>
      percentile(
        list.map((p) => p[k]),
        50,
      );
    const startupRatio = (list) =>
      percentile(
        list.map((p) => p.startup / p.bare),
        50,
      );
    table([
      ["handled runs, by phase (p50)", "start-up", "work", "exit", "start-up ratio"],
      ...[
        ["severity label changed, no config file", phases.incident],
        ["severity label changed, .github/incidents.yml", phases.configured],
      ].map(([name, list]) => [
        name,
        ms(phase(list, "startup")),
        ms(phase(list, "work")),
        ms(phase(list, "exit")),
        `${startupRatio(list).toFixed(2)}×`,
      ]),
    ]);
    table([
      [
        "first run (declare, creates labels)",
        ms(declared.ms),
        declared.code === 0 ? "" : `exit ${declared.code}`,
      ],
      [
        "first run with the config file (declare)",
        ms(declaredConfigured.ms),
        declaredConfigured.code === 0 ? "" : `exit ${declaredConfigured.code}`,
      ],
      ["failed runs", `${failures.length} of ${3 * runs}`],
      [`bundle (dist/*.js, dist/*.cjs)`, kb(size), `budget < 3 MB: ${verdict(size < 3 * 1024 * 1024)}`],
    ]);
    for (const f of failures.slice(0, 3)) console.log(`    ${f}`);
    const violations = emu.violations.length + configured.violations.length;
    if (violations) console.log(`  requests outside GitHub's OpenAPI: ${violations}`);
  } finally {
    await emu.close();
    await configured.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
