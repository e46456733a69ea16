/**
 * The Action's inputs: one list of names (checked against `action.yml` by the contract test) and
 * their parsing (pure; the runner's `INPUT_*` variables are read in `runner.ts`).
 */

export const INPUT_NAMES = [
  "github-token",
  "config-path",
  "mode",
  "title",
  "severity",
  "summary",
  "drill",
  "block-on",
  "environment",
  "directory",
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** `auto` acts on the triggering event; the others do one thing whatever the event. */
export const MODES = ["auto", "declare", "sweep", "remind", "gate", "setup", "status-page"] as const;
export type Mode = (typeof MODES)[number];

export const DEFAULT_CONFIG_PATH = ".github/incidents.yml";
/** `mode: status-page` writes its files here, relative to the workspace. */
export const DEFAULT_STATUS_PAGE_DIRECTORY = "status-page";

export interface ActionInputs {
  githubToken: string;
  configPath: string;
  mode: Mode;
  title?: string;
  severity?: string;
  summary?: string;
  /** Declare a drill (`mode: declare`, `workflow_dispatch`). */
  drill?: boolean;
  /** `mode: gate`: the least severe level that blocks (default: the config's `gate.blockOn`). */
  blockOn?: string;
  /** `mode: gate`: the environment the job deploys to; only those in `gate.environments` are held. */
  environment?: string;
  /** `mode: status-page`: where the files go, relative to `GITHUB_WORKSPACE`. */
  directory: string;
}

/** A problem with how the workflow passed the inputs; its message says what to change. */
export class InputError extends Error {
  override name = "InputError";
}

function isMode(value: string): value is Mode {
  return (MODES as readonly string[]).includes(value);
}

/** Parses the inputs from a getter that returns "" for an input that was not given. */
export function parseInputs(get: (name: InputName) => string): ActionInputs {
  const value = (name: InputName) => get(name).trim();
  const githubToken = value("github-token");
  if (githubToken === "") {
    throw new InputError(
      "Input `github-token` is empty. Leave it unset to use the workflow's GITHUB_TOKEN, or pass a token " +
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not JS.
        "(for example `github-token: ${{ steps.app-token.outputs.token }}`).",
    );
  }
  const rawMode = value("mode").toLowerCase() || "auto";
  if (!isMode(rawMode)) {
    throw new InputError(
      `Input \`mode\` must be one of ${MODES.join(", ")}; found ${JSON.stringify(get("mode").trim())}.`,
    );
  }
  const inputs: ActionInputs = {
    githubToken,
    configPath: value("config-path") || DEFAULT_CONFIG_PATH,
    mode: rawMode,
    directory: value("directory") || DEFAULT_STATUS_PAGE_DIRECTORY,
  };
  const drill = value("drill").toLowerCase();
  if (drill !== "" && drill !== "true" && drill !== "false") {
    throw new InputError(
      `Input \`drill\` must be true or false; found ${JSON.stringify(get("drill").trim())}.`,
    );
  }
  if (drill === "true") inputs.drill = true;
  const title = value("title");
  const severity = value("severity");
  const summary = value("summary");
  if (title !== "") inputs.title = title;
  if (severity !== "") inputs.severity = severity;
  if (summary !== "") inputs.summary = summary;
  const blockOn = value("block-on");
  const environment = value("environment");
  if (blockOn !== "") inputs.blockOn = blockOn;
  if (environment !== "") inputs.environment = environment;
  return inputs;
}
