/**
 * The GitHub Actions runner's side of the Action, spoken directly: inputs from `INPUT_*`, the event
 * from `GITHUB_EVENT_PATH`, outputs and the job summary appended to the files `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` name, logs and annotations as workflow commands on stdout
 * (docs.github.com/actions/reference/workflow-commands-for-github-actions).
 *
 * Not `@actions/core`: it loads `@actions/http-client` and undici at start-up for OIDC tokens this
 * Action never asks for, which costs more start-up time than everything an ignored event does.
 * Its formats are kept: `name<<ghadelimiter_<uuid>` outputs, `%`-escaped command data.
 */
import { appendFileSync, existsSync, readFileSync, writeSync } from "node:fs";
import { EOL } from "node:os";
import type { ActionHost } from "./execute.js";

/** Workflow-command data: `%`, CR and LF escaped, so a message cannot start another command. */
export const escapeData = (text: string): string =>
  text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

/** A workflow-command property value: also `:` and `,`. */
export const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

type Env = Record<string, string | undefined>;

function command(name: string, message: string, properties: Record<string, string> = {}): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(",");
  return `::${name}${props === "" ? "" : ` ${props}`}::${escapeData(message)}${EOL}`;
}

/**
 * A random UUID-shaped id from `Math.random`. The delimiter need not be secret, only absent from
 * the value, and a value that contains it is refused below; Web Crypto or `node:crypto` would cost
 * every run ~7 ms of start-up to load (docs/performance.md).
 */
function randomId(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  const variant = "89ab"[Math.floor(Math.random() * 4)];
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

/** A `name<<delimiter` block for an environment file; the delimiter is random and never in the value. */
export function fileCommandValue(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomId()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error("output collides with its delimiter");
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** The event payload: `{}` when the runner gave no file (as `@actions/github`'s context does). */
function readEvent(env: Env, write: (text: string) => void): Record<string, unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  if (!existsSync(path)) {
    write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
    return {};
  }
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

/**
 * Writes to the step log (file descriptor 1) synchronously, all of it, in order. Not
 * `process.stdout`: setting up its stream for the runner's pipe costs every run ~8 ms of start-up.
 * A descriptor some other code has made non-blocking may answer EAGAIN when the pipe is full: the
 * rest is written once the runner has read some.
 */
export function writeStdout(text: string): void {
  let rest = Buffer.from(text, "utf8");
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(1, rest));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** The runner as the Action sees it, from the environment the runner sets. */
export function runnerHost(env: Env = process.env, write: (text: string) => void = writeStdout): ActionHost {
  const error = (message: string, properties?: Record<string, string>) =>
    write(command("error", message, properties));
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim(),
    event: {
      name: env.GITHUB_EVENT_NAME ?? "",
      payload: readEvent(env, write),
      actor: env.GITHUB_ACTOR ?? "",
    },
    repo() {
      const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
      if (!owner || !repo || rest.length > 0)
        throw new Error("GITHUB_REPOSITORY must name the repository as 'owner/repo'");
      return { owner, repo };
    },
    setOutput(name, value) {
      if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, fileCommandValue(name, value), "utf8");
      else write(`${EOL}${command("set-output", value, { name })}`);
    },
    setFailed(message) {
      process.exitCode = 1;
      error(message);
    },
    log: {
      info: (message) => write(`${message}${EOL}`),
      warn: (message) => write(command("warning", message)),
      error: (message) => error(message),
    },
    annotate: (message, file) => error(message, { title: "Invalid incident configuration", file }),
    async writeSummary(markdown) {
      // Outside a runner (or an old one) there is no summary file; that is not an error.
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown, "utf8");
    },
  };
}
