// (3) Action cold start: `node <runs.main>` from process start to exit, as the runner runs it,
// side by side with `node -e ""`; the floors of a handled run; and the bundle's size.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { BENCH_CONFIG, buildFloors, bundleSize, phasesOf, timed } from "./action-runs.mjs";
import { root } from "./load.mjs";
import { heading, kb, ms, percentile, table, verdict } from "./stats.mjs";

const BUDGET = 2.5;
const p50 = (list) => percentile(list, 50);

/**
 * (3) The Action's cold start: `node <runs.main>` from spawn to exit, as the runner runs it, side by
 * side with `node -e ""` (alternating, pair by pair, in the same clean environment: PATH only —
 * a variable such as NODE_EXTRA_CA_CERTS slows every node start-up and would flatter the ratio).
 * Runs: a comment without a command on an incident (ignored before the engine loads: no request);
 * a person moving the severity (the engine and its 8 requests to the emulator on loopback), in a
 * repository without a config file and in one with `BENCH_CONFIG`; and the floors: the same
 * requests with no engine, over bare `node:http` and over Octokit (floor/*.mjs).
 * The budget (≤ 2.5×) is the cold start: the whole run of the ignored event, and a handled run's
 * start-up, spawn to its first request. A handled run to its exit is reported beside its floors, which
 * are over 2.5× themselves (docs/performance.md, "Action cold start").
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
  mkdirSync(join(dir, "floor"));
  const floors = await buildFloors(root, join(dir, "floor"));
  const repos = new Map();
  const emulator = async (repo, files) => {
    const emu = await m.startEmulator({ owner: "acme", repo, ...(files ? { files } : {}) });
    for (const login of ["alice", "bob"]) emu.setAssociation(login, "MEMBER");
    repos.set(emu, repo);
    return emu;
  };
  const emu = await emulator("web");
  const configured = await emulator("api", { ".github/incidents.yml": BENCH_CONFIG });
  const bare = await emulator("ops");
  try {
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
      GITHUB_REPOSITORY: `acme/${repos.get(at)}`,
      GITHUB_API_URL: at.url,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: dir,
      "INPUT_GITHUB-TOKEN": at.actionsToken,
      "INPUT_CONFIG-PATH": ".github/incidents.yml",
      INPUT_MODE: "auto",
    });
    const run = (hook, at, program = mainPath) => {
      writeFileSync(files.event, JSON.stringify(hook.payload));
      writeFileSync(files.output, "");
      writeFileSync(files.summary, "");
      return timed([program], env(hook.name, at));
    };
    const baseline = () => timed(["-e", ""], { PATH: process.env.PATH ?? "" });
    // Each repository's incident is declared first (untimed: that also creates the labels).
    const declared = new Map();
    for (const at of [emu, configured, bare]) {
      const { number, payloads } = at
        .as("alice")
        .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
      declared.set(at, { number, run: await run(payloads[0], at) });
    }
    const rows = {
      ignored: { at: emu, list: [] },
      incident: { at: emu, list: [] },
      configured: { at: configured, list: [] },
      rawHttp: { at: bare, program: floors.rawHttp, list: [] },
      octokit: { at: bare, program: floors.octokit, list: [] },
    };
    const failures = [];
    const measure = async (row, hook) => {
      const b = await baseline();
      const mark = row.at.mark();
      const a = await run(hook, row.at, row.program);
      const sent = row.at.requestsSince(mark);
      row.list.push({
        a: a.ms,
        b: b.ms,
        requests: sent.length,
        ...(sent.length ? phasesOf(a, sent, b) : {}),
      });
      if (a.code !== 0) failures.push(a.out.trim().split("\n").slice(-3).join(" | "));
    };
    const severityChange = (at) => {
      const { number } = declared.get(at);
      at.advance(60_000);
      return at.as("bob").label(number, at.labels(number).includes("SEV1") ? "SEV2" : "SEV1");
    };
    for (let i = 0; i < runs; i++) {
      await measure(
        rows.ignored,
        emu.as("bob").comment(declared.get(emu).number, `Looking at the graphs (${i})`),
      );
      for (const row of [rows.incident, rows.configured, rows.rawHttp, rows.octokit])
        await measure(row, severityChange(row.at));
    }
    report(rows, { declared, failures, size: bundleSize(dirname(mainPath)) });
    const violations = [emu, configured, bare].reduce((n, at) => n + at.violations.length, 0);
    if (violations) console.log(`  requests outside GitHub's OpenAPI: ${violations}`);
  } finally {
    for (const at of repos.keys()) await at.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(rows, { declared, failures, size }) {
  const ratio = (row) => p50(row.list.map((p) => p.a / p.b));
  const startup = (row) => p50(row.list.map((p) => p.startup / p.bare));
  const requests = (row) => p50(row.list.map((p) => p.requests));
  const wall = (row, k) => ms(p50(row.list.map((p) => p[k])));
  const handled = [
    [`severity label changed, no config file (${requests(rows.incident)} requests)`, rows.incident],
    [
      `severity label changed, .github/incidents.yml (${requests(rows.configured)} requests)`,
      rows.configured,
    ],
  ];
  const floorRows = [
    [`floor: the same requests, no engine, node:http (${requests(rows.rawHttp)} requests)`, rows.rawHttp],
    [`floor: the same requests, no engine, Octokit (${requests(rows.octokit)} requests)`, rows.octokit],
  ];
  const coldIgnored = ratio(rows.ignored);
  table([
    ["run", "node <program> p50", 'node -e "" p50', "to exit, ratio p50", "start-up ratio p50", ""],
    [
      "comment without a command (no request)",
      wall(rows.ignored, "a"),
      wall(rows.ignored, "b"),
      `${coldIgnored.toFixed(2)}×`,
      "",
      `cold start ≤ ${BUDGET}×: ${verdict(coldIgnored <= BUDGET)}`,
    ],
    ...[...handled, ...floorRows].map(([name, row]) => [
      name,
      wall(row, "a"),
      wall(row, "b"),
      `${ratio(row).toFixed(2)}×`,
      `${startup(row).toFixed(2)}×`,
      floorRows.some(([, f]) => f === row)
        ? "(floor: no budget)"
        : `cold start (start-up) ≤ ${BUDGET}×: ${verdict(startup(row) <= BUDGET)}`,
    ]),
  ]);
  const phase = (row, k) => ms(p50(row.list.map((p) => p[k])));
  table([
    ["handled runs, by phase (p50)", "start-up", "work", "exit"],
    ...[...handled, ...floorRows].map(([name, row]) => [
      name.replace(/ \(\d+ requests\)$/, ""),
      phase(row, "startup"),
      phase(row, "work"),
      phase(row, "exit"),
    ]),
  ]);
  const cold = Math.max(coldIgnored, ...handled.map(([, row]) => startup(row)));
  console.log(
    `  cold-start ratio: ${cold.toFixed(2)}× (the largest of the ignored run and the handled runs' start-up) — budget ≤ ${BUDGET}×: ${verdict(cold <= BUDGET)}`,
  );
  console.log(
    `  to exit, a handled run is ${ratio(rows.incident).toFixed(2)}× where its requests alone, with no engine, are ` +
      `${ratio(rows.rawHttp).toFixed(2)}× (node:http) and ${ratio(rows.octokit).toFixed(2)}× (Octokit): see docs/performance.md`,
  );
  const first = (at, label) => {
    const r = declared.get(at).run;
    return [label, ms(r.ms), r.code === 0 ? "" : `exit ${r.code}`];
  };
  const all = Object.values(rows).reduce((n, row) => n + row.list.length, 0);
  table([
    first(rows.incident.at, "first run (declare, creates labels)"),
    first(rows.configured.at, "first run with the config file (declare)"),
    ["failed runs", `${failures.length} of ${all}`],
    [`bundle (dist/*.js, dist/*.cjs)`, kb(size), `budget < 3 MB: ${verdict(size < 3 * 1024 * 1024)}`],
  ]);
  for (const f of failures.slice(0, 3)) console.log(`    ${f}`);
}
