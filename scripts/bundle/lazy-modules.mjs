// Two libraries the Action's engine needs only sometimes, kept out of its chunk so that an event
// does not pay for compiling them (V8 compiles every byte a module brings, used or not):
//   yaml        @probot/octokit-plugin-config parses the config file with it: only when a
//               repository (or its owner's .github) has one
//   handlebars  the full compiler, for a repository's own board or postmortem template; the
//               built-in templates are precompiled and run on handlebars/runtime (bundled)
// Each is bundled as a CommonJS file of its own (dist/yaml.cjs, dist/handlebars.cjs) and loaded
// with `require` — synchronously, as their callers need — the first time it is used.

/** dist file name of each lazily loaded package. */
export const LAZY_FILES = { yaml: "yaml.cjs", handlebars: "handlebars.cjs" };

/** esbuild entry points for the lazily loaded files (built as CommonJS, `.cjs`). */
export const lazyEntryPoints = { yaml: "yaml", handlebars: "handlebars" };

/** The esbuild plugin for the main (ESM, split) build. */
export function lazyModules() {
  return {
    name: "lazy-modules",
    setup(build) {
      // load-compiler.ts: `require("handlebars")` -> the chunk's require of ./handlebars.cjs.
      build.onResolve({ filter: /^handlebars$/ }, () => ({
        path: `./${LAZY_FILES.handlebars}`,
        external: true,
      }));
      build.onResolve({ filter: /^\.\/(yaml|handlebars)\.cjs$/ }, (args) => ({
        path: args.path,
        external: true,
      }));
      // The config plugin's `import yaml from "yaml"`: a stand-in whose parse() loads it on first use.
      build.onResolve({ filter: /^yaml$/ }, () => ({ path: "yaml", namespace: "lazy-yaml" }));
      build.onLoad({ filter: /.*/, namespace: "lazy-yaml" }, () => ({
        loader: "js",
        contents: [
          "let yaml;",
          `const load = () => (yaml ??= require("./${LAZY_FILES.yaml}"));`,
          "export default { parse: (...args) => load().parse(...args), stringify: (...args) => load().stringify(...args) };",
        ].join("\n"),
      }));
    },
  };
}
