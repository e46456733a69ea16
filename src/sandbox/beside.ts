/**
 * The sandbox as `npm start` runs it: beside the setup flow when there are no credentials (on
 * `PORT + 1`, linked both ways), or alone when `INCIDENT_WORKFLOW_SANDBOX=1` says so. Loaded only
 * then, so a configured app never loads the GitHub stand-in.
 */
import { defaultSandboxPort, type RunningSandbox, runSandbox } from "./run.js";

export interface Beside {
  env: NodeJS.ProcessEnv;
  /** The setup flow's page, when it runs too. */
  setupUrl?: string;
  log?: (message: string) => void;
}

/** Starts the sandbox; a failure to start is printed (with what to do), and the setup flow goes on. */
export async function startSandboxBeside(b: Beside): Promise<RunningSandbox | undefined> {
  const log = b.log ?? ((m: string) => console.log(m));
  const port = b.env.SANDBOX_PORT ? Number(b.env.SANDBOX_PORT) : defaultSandboxPort(b.env);
  try {
    const running = await runSandbox({
      dir: process.cwd(),
      port,
      spacing: b.env.INCIDENT_WORKFLOW_SANDBOX_SPACING === "1",
      setupUrl: b.setupUrl,
    });
    log(
      `Sandbox: open ${running.web.url} to try Incident Workflow with no GitHub account (the real app on an in-memory GitHub stand-in; docs/sandbox.md).`,
    );
    return running;
  } catch (error) {
    log(`The sandbox could not start: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
