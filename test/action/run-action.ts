// Runs the Action the way the runner does: `node <runs.main>` in a fresh process, with the event
// in a file, `INPUT_*` variables and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";

const root = join(import.meta.dirname, "..", "..");

/** `runs.main` from action.yml, as an absolute path; fails clearly when the bundle is not built. */
export function actionMain(): string {
  const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as { runs: { main: string } };
  const main = join(root, action.runs.main);
  if (!existsSync(main)) throw new Error(`${action.runs.main} does not exist; run \`npm run bundle\` first`);
  return main;
}

/**
 * Fails (with the script's message) when dist/ is not the bundle of the current sources, so these
 * tests never pass against stale code. `npm run bundle` fixes it.
 */
export function assertBundleFresh(): void {
  try {
    execFileSync(process.execPath, [join(root, "scripts", "bundle.mjs"), "--check"], {
      cwd: root,
      stdio: "pipe",
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(stderr || String(error));
  }
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The `::error::` lines, without the prefix. */
  errors: string[];
  ms: number;
}

export interface RunOptions {
  event: string;
  payload: object;
  inputs?: Record<string, string>;
  /** GITHUB_API_URL; default: a closed port, so an unexpected request fails loudly. */
  apiUrl?: string;
  repository?: string;
  env?: Record<string, string>;
  /** The file to run; default: `runs.main` of this checkout's action.yml. */
  main?: string;
}

/** Parses GITHUB_OUTPUT: `name<<delimiter`, value lines, `delimiter` (and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = "", delimiter] = heredoc;
      const end = lines.indexOf(delimiter ?? "", i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing ${delimiter} for ${name}`);
      outputs[name] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) {
      const at = line.indexOf("=");
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "incident-action-"));
  try {
    const eventPath = join(dir, "event.json");
    const outputPath = join(dir, "output.txt");
    const summaryPath = join(dir, "summary.md");
    writeFileSync(eventPath, JSON.stringify(options.payload));
    writeFileSync(outputPath, "");
    writeFileSync(summaryPath, "");
    const inputs = {
      "github-token": "ghs_test_token",
      "config-path": ".github/incidents.yml",
      mode: "auto",
      ...options.inputs,
    };
    // A clean environment: when the tests themselves run in Actions, nothing of the outer run leaks in.
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: options.repository ?? "octo-org/octo-repo",
      GITHUB_API_URL: options.apiUrl ?? "http://127.0.0.1:9",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_ACTOR: "octocat",
      GITHUB_RUN_ID: "1",
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      ...Object.fromEntries(
        Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, "_").toUpperCase()}`, v]),
      ),
      ...options.env,
    };
    const started = performance.now();
    // Asynchronous on purpose: the emulator serves requests from this same process.
    const child = spawn(process.execPath, [options.main ?? actionMain()], {
      env,
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    const ms = performance.now() - started;
    const errors = stdout
      .split("\n")
      .filter((l) => l.startsWith("::error"))
      .map((l) => l.replace(/^::error[^:]*::/, ""));
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputPath, "utf8")),
      summary: readFileSync(summaryPath, "utf8"),
      errors,
      ms,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
