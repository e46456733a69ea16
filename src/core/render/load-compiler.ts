import { createRequire } from "node:module";

type FullHandlebars = typeof import("handlebars");

let loaded: FullHandlebars | undefined;

/**
 * The full Handlebars (parser and compiler), loaded on first use only: the built-in templates are
 * precompiled and need just `handlebars/runtime`, so only a repository's own template pays for it.
 *
 * Synchronous on purpose: the postmortem is rendered synchronously (`renderPostmortemSafely`).
 * In the Action's bundle esbuild bundles this `require("handlebars")` as a module that is evaluated
 * only when the call runs; in the ESM build (lib/) and under the tests there is no `require`, and
 * Node's `createRequire` loads the package from node_modules.
 */
export function loadCompiler(): FullHandlebars {
  loaded ??=
    typeof require === "function"
      ? (require("handlebars") as FullHandlebars)
      : (createRequire(import.meta.url)("handlebars") as FullHandlebars);
  return loaded;
}

/** Whether the full compiler has been loaded in this process (for tests and the bench). */
export function compilerLoaded(): boolean {
  return loaded !== undefined;
}
