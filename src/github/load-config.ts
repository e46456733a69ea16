import { composeConfigGet } from "@probot/octokit-plugin-config";
import type { Config } from "../core/config/config.js";
import { builtInConfig } from "../core/config/default-config.generated.js";
import { problemFromYamlError } from "../core/config/format-problems.js";
import type { ConfigProblem } from "../core/config/validate.js";
import type { RepoRef } from "../core/events.js";
import { httpStatus, type OctokitLike } from "./octokit-like.js";

/** Loads and validates the repository's config. */
export type ConfigLoader = () => Promise<
  { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] }
>;

/**
 * Reads the config the way Probot apps do (@probot/octokit-plugin-config): the repository's file
 * on the default branch, else the same path in the owner's `.github` repository, with `_extends`.
 * Both front doors use this, so the app and the Action see the same config. Memoised per event.
 * Without a file the built-in configuration is used as generated from the schema; the schema and
 * its validation (zod) are imported only to check a file (a fresh process, as the Action's, then
 * neither compiles zod nor builds the schema when the repository has no file).
 */
export function createConfigLoader(octokit: OctokitLike, repo: RepoRef, path: string): ConfigLoader {
  let loaded: ReturnType<ConfigLoader> | undefined;
  return () => {
    loaded ??= (async () => {
      let raw: unknown;
      try {
        // composeConfigGet's types name @octokit/core's Octokit; it only calls request().
        const result = await composeConfigGet(octokit as never, { owner: repo.owner, repo: repo.repo, path });
        raw = result.files.some((f) => f.config !== null) ? result.config : undefined;
      } catch (error) {
        // HTTP failures are real errors; anything else is the file failing to parse.
        if (httpStatus(error) !== undefined) throw error;
        return { ok: false as const, problems: [problemFromYamlError(error)] };
      }
      if (raw === undefined || raw === null) return { ok: true as const, config: builtInConfig() };
      const { validateConfig } = await import("../core/config/validate.js");
      return validateConfig(raw);
    })();
    return loaded;
  };
}
