/**
 * The files of the team's repository the sandbox copies into its emulated one: everything under
 * `.github/` (the config, issue forms) and the templates the config names, read from `dir`. Read
 * as text, never interpreted here: the app validates the config as it does on GitHub.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse } from "yaml";

/** Files larger than this are left out (GitHub's contents API serves up to 1 MB as text). */
const MAX_FILE_BYTES = 1024 * 1024;
const CONFIG = ".github/incidents.yml";

function filesUnder(root: string, dir: string, into: Record<string, string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const full = join(dir, name);
    const stat = statSync(full);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) continue;
    into[relative(root, full).split(sep).join("/")] = readFileSync(full, "utf8");
  }
}

/** `board.template` and `postmortem.template` when the config names them (strings only). */
function templatePaths(config: string): string[] {
  let parsed: unknown;
  try {
    parsed = parse(config);
  } catch {
    return []; // The app reports the config's syntax error on the incident, as on GitHub.
  }
  const paths: string[] = [];
  for (const section of ["board", "postmortem"]) {
    const value = (parsed as Record<string, unknown> | null)?.[section];
    const template = (value as Record<string, unknown> | null | undefined)?.template;
    if (typeof template === "string") paths.push(template);
  }
  return paths;
}

export interface RepoFiles {
  /** Repository path → content. */
  files: Record<string, string>;
  /** Whether `.github/incidents.yml` was found (otherwise the built-in defaults apply). */
  hasConfig: boolean;
}

export function readRepoFiles(dir: string): RepoFiles {
  const files: Record<string, string> = {};
  filesUnder(dir, join(dir, ".github"), files);
  const config = files[CONFIG];
  for (const path of config === undefined ? [] : templatePaths(config)) {
    const full = join(dir, path);
    if (!relative(dir, full).startsWith("..") && existsSync(full) && statSync(full).isFile())
      files[path] = readFileSync(full, "utf8");
  }
  return { files, hasConfig: config !== undefined };
}
