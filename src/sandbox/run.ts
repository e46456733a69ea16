/**
 * A running sandbox: the engine room (boot.ts) and its web pages (web.ts) together, as
 * `npm run sandbox` and `npm start` without credentials run it.
 */
import { bootSandbox, type Sandbox } from "./boot.js";
import { type SandboxWeb, startWeb } from "./web.js";

export interface RunOptions {
  dir: string;
  port: number;
  spacing?: boolean;
  setupUrl?: string | undefined;
  logLevel?: string;
}

export interface RunningSandbox {
  sandbox: Sandbox;
  web: SandboxWeb;
  close(): Promise<void>;
}

/** The port the sandbox takes when none is given: the one after `PORT` (default 3000), so 3001. */
export function defaultSandboxPort(env: NodeJS.ProcessEnv): number {
  const port = Number(env.PORT || "3000");
  return Number.isInteger(port) && port > 0 && port < 65535 ? port + 1 : 3001;
}

export async function runSandbox(options: RunOptions): Promise<RunningSandbox> {
  const sandbox = await bootSandbox({
    dir: options.dir,
    ...(options.spacing ? { spacing: true } : {}),
    ...(options.logLevel ? { logLevel: options.logLevel } : {}),
  });
  let web: SandboxWeb;
  try {
    web = await startWeb(sandbox, { port: options.port, setupUrl: options.setupUrl });
  } catch (error) {
    await sandbox.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === "EADDRINUSE"
        ? `port ${options.port} is in use: choose another with --port (or SANDBOX_PORT)`
        : String(error),
    );
  }
  return {
    sandbox,
    web,
    async close() {
      await web.close();
      await sandbox.close();
    },
  };
}
