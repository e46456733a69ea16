// The Action's source modules that are files of their own in dist/, each required the first time an
// `await import("…")` of it runs, so that an event pays only for what it uses (V8 compiles the
// whole text of every file it loads). esbuild splits code only for ES modules; for the CommonJS
// bundle each of these is an entry point of its own, and this plugin turns the dynamic import of
// one into a `require("./<name>.js")` of its file, evaluated when the import runs.
import { relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");

/** dist file (without `.js`) of each source module loaded on first use. */
const LAZY_SOURCES = {
  /** Octokit and the ports: loaded once the event is known to need the engine; its reads start. */
  "src/action/client.ts": "client",
  /** The engine's handlers: loaded next, while those reads are on the wire. */
  "src/action/run.ts": "engine",
  /** zod and the config schema: only when the repository (or its owner) has a config file. */
  "src/core/config/validate.ts": "config-validation",
  /** The status page's renderers and `node:fs/promises`: only in `mode: status-page`. */
  "src/handlers/status-page.ts": "status-page",
  /** undici with a proxy dispatcher: only when the runner names a proxy for GitHub's URL. */
  "src/action/proxy-fetch.ts": "proxy-fetch",
};

/** esbuild entry points of the lazily required files, by dist name. */
export const LAZY_FILE_ENTRIES = Object.fromEntries(
  Object.entries(LAZY_SOURCES).map(([source, name]) => [name, source]),
);

/** The esbuild plugin: `import("./run.js")` in src/action/main.ts -> `require("./engine.js")`. */
export function lazyFiles() {
  return {
    name: "lazy-files",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind !== "dynamic-import") return undefined;
        const source = relative(root, resolve(args.resolveDir, args.path)).replace(/\.js$/, ".ts");
        const name = LAZY_SOURCES[source];
        return name === undefined ? undefined : { path: name, namespace: "lazy-file" };
      });
      build.onLoad({ filter: /.*/, namespace: "lazy-file" }, (args) => ({
        loader: "js",
        contents: `module.exports = require("./${args.path}.js");`,
      }));
      build.onResolve({ filter: /.*/, namespace: "lazy-file" }, (args) => ({
        path: args.path,
        external: true,
      }));
    },
  };
}
