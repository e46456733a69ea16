// The pieces of the cold-start bench (section 3) that are not its report: running a process to its
// exit, splitting a handled run into phases, the floors, the bundle's size, and the config file of
// the third row.
import { spawn } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/** Runs a command to its exit; the emulator answers from this process, so this must not block. */
export function timed(args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const spawnedAt = Date.now(); // the emulator stamps requests with Date.now(), in this process
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
    });
    child.stderr.on("data", (c) => {
      out += c;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, ms: performance.now() - started, spawnedAt }));
  });
}

/**
 * A handled run's phases, from the emulator's clock (this process's): start-up, from spawn to the
 * first request GitHub sees (Node, the entry, the engine and config loaded, the event read); the
 * work, from there to the last request (round trips and the engine between them); the exit.
 */
export function phasesOf(run, sent, bare) {
  const first = Math.min(...sent.map((r) => r.at));
  const last = Math.max(...sent.map((r) => r.at));
  return {
    startup: first - run.spawnedAt,
    work: last - first,
    exit: run.spawnedAt + run.ms - last,
    bare: bare.ms,
  };
}

/**
 * The floors of a handled run (floor/*.mjs): the severity change's requests with no engine, over
 * bare `node:http` and over Octokit on the Action's fetch, each bundled as one CommonJS file as the
 * Action is, into `dir`. Returns the path of each.
 */
export async function buildFloors(root, dir) {
  const entries = {
    "raw-http": "scripts/bench/floor/raw-http.mjs",
    octokit: "scripts/bench/floor/octokit.mjs",
  };
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: dir,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
  });
  writeFileSync(join(dir, "package.json"), '{ "type": "commonjs" }\n');
  return { rawHttp: join(dir, "raw-http.cjs"), octokit: join(dir, "octokit.cjs") };
}

/** Bytes of every file the bundle is made of (dist/*.js and *.cjs). */
export function bundleSize(dir) {
  return readdirSync(dir)
    .filter((f) => /\.c?js$/.test(f))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

/**
 * A small, realistic `.github/incidents.yml`: the built-in levels' ids with the team's own update
 * cadence and a team to notify, and the default severity. The third row's repository has it, so the
 * run reads and validates a file (yaml and the config schema are loaded) instead of the built-in
 * configuration.
 */
export const BENCH_CONFIG = [
  "# Incident Workflow: acme/api",
  "defaultSeverity: SEV3",
  "severities:",
  "  - id: SEV1",
  "    description: Checkout or sign-in down for many customers.",
  "    updateCadenceMinutes: 15",
  "    notify: ['@acme/sre', '@acme/support-leads']",
  "    requiredRoles: [commander, comms, scribe]",
  "  - id: SEV2",
  "    description: A core feature is badly degraded.",
  "    updateCadenceMinutes: 30",
  "    notify: ['@acme/sre']",
  "    requiredRoles: [commander, comms]",
  "  - id: SEV3",
  "    description: Degraded for a few customers; a workaround exists.",
  "    updateCadenceMinutes: 120",
  "    requiredRoles: [commander]",
  "  - id: SEV4",
  "    description: Cosmetic or internal.",
  "    updateCadenceMinutes: 0",
  "",
].join("\n");
