#!/usr/bin/env node
// Runs a TypeScript script on Node 20, which cannot strip types:
//   node scripts/run-ts.mjs <entry.ts> [args...]
// The entry is bundled with esbuild (platform node, ESM, packages left external) into a temporary
// .mjs file next to it, so that bare imports resolve from the project's node_modules and
// `import.meta.url` points into the entry's own directory. The file is imported, then removed.
// Inside the script, process.argv is [node, <entry.ts>, ...args], as if Node had run it directly.
import { rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const [entryArg, ...args] = process.argv.slice(2);
if (entryArg === undefined || entryArg === "--help" || entryArg === "-h") {
  console.error("usage: node scripts/run-ts.mjs <script.ts> [args...]");
  process.exit(entryArg === undefined ? 2 : 0);
}

const entry = resolve(entryArg);
const outfile = join(
  dirname(entry),
  `.${basename(entry).replace(/\.[cm]?tsx?$/, "")}.run-ts-${process.pid}.mjs`,
);

let removed = false;
function cleanUp() {
  if (removed) return;
  removed = true;
  rmSync(outfile, { force: true });
}
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    cleanUp();
    process.kill(process.pid, signal);
  });
}

try {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    packages: "external",
    sourcemap: "inline",
    logLevel: "warning",
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}

process.setSourceMapsEnabled(true);
process.argv = [process.argv[0] ?? process.execPath, entry, ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  cleanUp();
}
