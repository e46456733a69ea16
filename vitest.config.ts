import { defineConfig, type Plugin } from "vitest/config";

/**
 * Vite warns once per dependency file whose published sourcemap names sources the package does not
 * ship ("Sourcemap for …/node_modules/… points to missing source files": dozens of lines per run,
 * nothing to act on). Only that warning, and only for files under node_modules, is dropped; every
 * other warning, ours included, is printed.
 */
function quietDependencySourcemaps(): Plugin {
  return {
    name: "quiet-dependency-sourcemaps",
    configResolved(config) {
      const warnOnce = config.logger.warnOnce.bind(config.logger);
      config.logger.warnOnce = (message, options) => {
        if (isDependencySourcemapWarning(message)) return;
        warnOnce(message, options);
      };
    },
  };
}

export function isDependencySourcemapWarning(message: string): boolean {
  return (
    message.startsWith('Sourcemap for "') &&
    message.endsWith('" points to missing source files') &&
    message.includes("/node_modules/")
  );
}

export default defineConfig({
  plugins: [quietDependencySourcemaps()],
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node
    // refuses; inlined, Vite loads it.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
