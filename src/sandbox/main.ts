/**
 * `npm run sandbox [-- options]`: the real app against an in-memory GitHub stand-in on this
 * machine, with web pages to run incidents in (docs/sandbox.md). Options:
 *   --port <n>          the pages' port (default: SANDBOX_PORT, else PORT + 1, i.e. 3001)
 *   --dir <path>        the repository whose .github/incidents.yml and templates to use
 *                       (default: the directory `npm run` was started from)
 *   --spacing           GitHub's write spacing (1 s between writes), to rehearse a war room
 *                       (or INCIDENT_WORKFLOW_SANDBOX_SPACING=1)
 *   --scenario <file>   play a scripted incident (scenarios/*.yml)
 *   --speed <x>         play it x times faster (default 1)
 *   --exit              after the scenario, print the board's Markdown and stop (scripts, CI)
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { isBoard } from "./pages.js";
import { playScenario } from "./play.js";
import { defaultSandboxPort, runSandbox } from "./run.js";
import { readScenario, type Scenario, ScenarioError } from "./scenario.js";

class UsageError extends Error {}

function options(argv: string[], env: NodeJS.ProcessEnv) {
  const parse = () =>
    parseArgs({
      args: argv,
      options: {
        port: { type: "string" },
        dir: { type: "string" },
        spacing: { type: "boolean" },
        scenario: { type: "string" },
        speed: { type: "string" },
        exit: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    });
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse().values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const rawPort = values.port ?? env.SANDBOX_PORT;
  const port = rawPort === undefined ? defaultSandboxPort(env) : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(
      `${values.port === undefined ? "SANDBOX_PORT" : "--port"} must be a port number, not "${rawPort}"`,
    );
  const speed = values.speed === undefined ? 1 : Number(values.speed);
  if (!Number.isFinite(speed) || speed <= 0)
    throw new UsageError(`--speed must be a number above 0, not "${values.speed}"`);
  if (values.exit && values.scenario === undefined) throw new UsageError("--exit needs --scenario");
  return {
    port,
    speed,
    dir: resolve(values.dir ?? env.INIT_CWD ?? process.cwd()),
    spacing: values.spacing === true || env.INCIDENT_WORKFLOW_SANDBOX_SPACING === "1",
    scenario:
      values.scenario === undefined ? undefined : resolve(env.INIT_CWD ?? process.cwd(), values.scenario),
    exit: values.exit === true,
  };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2), process.env);
  // A bad scenario is refused before anything starts.
  const scenario: Scenario | undefined =
    opts.scenario === undefined ? undefined : readScenario(opts.scenario);
  const running = await runSandbox({
    dir: opts.dir,
    port: opts.port,
    spacing: opts.spacing,
    ...(process.env.LOG_LEVEL ? { logLevel: process.env.LOG_LEVEL } : {}),
  });
  const { sandbox, web } = running;
  console.log(
    [
      "",
      `Incident Workflow sandbox: open ${web.url}`,
      `The real app against an in-memory GitHub stand-in (${sandbox.emu.fullName}); nothing leaves this machine.`,
      `Config: ${sandbox.hasConfig ? `.github/incidents.yml from ${opts.dir}` : "the built-in defaults"}. ` +
        `Write spacing: ${opts.spacing ? "GitHub's (1 s)" : "off (--spacing turns it on)"}.`,
      "",
    ].join("\n"),
  );
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  if (scenario === undefined) return;
  const played = await playScenario(sandbox, scenario, { speed: opts.speed });
  await sandbox.settled();
  const board = sandbox.emu.comments(played.issue).find((c) => isBoard(c as never));
  const pulls = sandbox.emu.pulls().map((p) => `#${String(p.number)} ${String(p.title)}`);
  console.log(
    `Scenario finished: ${played.steps} steps on #${played.issue}; board ${board ? "written" : "missing"}; pull requests: ${pulls.join(", ") || "none"}.`,
  );
  if (opts.exit) {
    console.log(`\n--- The board of #${played.issue} ---\n${String(board?.body ?? "(none)")}\n---`);
    await running.close();
    process.exit(0);
  }
  console.log(`Still serving ${web.url}/issues/${played.issue} (Ctrl-C stops).`);
}

main().catch((error: unknown) => {
  const known = error instanceof UsageError || error instanceof ScenarioError;
  console.error(`\nIncident Workflow sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!known && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(known ? 2 : 1);
});
