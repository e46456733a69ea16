// Bundles the Action (src/action/main.ts) into dist/, the files `action.yml` runs:
//   dist/index.js       the entry (`runs.main`): the runner protocol and the routing, nothing more
//   dist/client.js      Octokit and the ports (src/action/client.ts): required when an event needs
//                       the engine; it sends the run's first reads
//   dist/engine.js      the handlers (src/action/run.ts): required next, while those reads are out
//   dist/config-validation.js  the config schema and validation with zod: only when the repository
//                       has a config file
//   dist/status-page.js the status page's renderers: only in `mode: status-page`
//   dist/proxy-fetch.js the proxy-aware fetch (undici): only when the runner names a proxy
//   dist/*.cjs          yaml and the Handlebars compiler, loaded on first use (bundle/lazy-modules.mjs)
//   dist/package.json   {"type":"commonjs"}
//   dist/licenses.txt   the licence of every bundled package, plus any legal comments
// CommonJS, not ES modules: on Node 20 the ES module loader costs ~8 ms to start and compiles a
// module's whole text more slowly than `require` does (measured in docs/performance.md), and each
// file here is loaded on first use with a synchronous `require`. A module that two files both
// import is bundled into each (bundle/lazy-files.mjs); none of them keeps state that must be shared.
// Every dependency is inside (the runner does no `npm install`).
// `node scripts/bundle.mjs --check` rebuilds in memory and fails if dist/ differs from it, a file
// missing or a stale file left over included.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { LAZY_FILE_ENTRIES, lazyFiles } from "./bundle/lazy-files.mjs";
import { LAZY_FILES, lazyEntryPoints, lazyModules } from "./bundle/lazy-modules.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const distDir = join(root, "dist");
const MAX_BYTES = 3 * 1024 * 1024;
const check = process.argv.includes("--check");

/** The package that owns a bundled file: the part after the last `node_modules/`. */
function packageDirOf(input) {
  const parts = input.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) return undefined;
  const scoped = parts[at + 1]?.startsWith("@");
  return parts.slice(0, at + (scoped ? 3 : 2)).join("/");
}

function licenseOf(dir) {
  const pkg = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
  const file = readdirSync(join(root, dir))
    .sort()
    .find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  const text = file
    ? readFileSync(join(root, dir, file), "utf8").trim()
    : `License: ${pkg.license ?? "see package"}`;
  return { name: pkg.name, version: pkg.version, license: pkg.license ?? "UNKNOWN", text };
}

function licensesText(metafile, legalComments) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(input);
    if (dir) dirs.add(dir);
  }
  const packages = [...dirs]
    .map(licenseOf)
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const sections = packages.map((p) => `${p.name}@${p.version} (${p.license})\n\n${p.text}\n`);
  const legal =
    legalComments.trim() === ""
      ? []
      : [`Legal comments found in the bundled code\n\n${legalComments.trim()}\n`];
  return [
    "Third-party software bundled in dist/",
    "",
    ...[...sections, ...legal].flatMap((s) => ["-".repeat(78), s]),
  ].join("\n");
}

async function bundle() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { index: "src/action/main.ts", ...LAZY_FILE_ENTRIES },
    outdir: "dist",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // load-compiler.ts's `import.meta.url` is for the ESM build (lib/); here `require` exists.
    logOverride: { "empty-import-meta": "silent" },
    legalComments: "external",
    plugins: [lazyFiles(), lazyModules()],
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  const lazy = await build({
    absWorkingDir: root,
    entryPoints: lazyEntryPoints,
    outdir: "dist",
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    legalComments: "external",
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  const code = {};
  let legal = "";
  for (const f of [...result.outputFiles, ...lazy.outputFiles]) {
    const name = relative(distDir, f.path);
    if (name.endsWith(".LEGAL.txt")) legal += f.text;
    else code[name] = f.text;
  }
  const names = Object.keys(LAZY_FILE_ENTRIES).map((n) => `${n}.js`);
  for (const name of ["index.js", ...names, ...Object.values(LAZY_FILES)]) {
    if (code[name] === undefined) throw new Error(`esbuild produced no dist/${name}`);
  }
  const inputs = { ...result.metafile.inputs, ...lazy.metafile.inputs };
  return {
    ...code,
    "package.json": `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`,
    "licenses.txt": licensesText({ inputs }, legal),
  };
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

/** The files in dist/ that a bundle writes (stale ones included), for --check and clean-up. */
function builtFiles() {
  if (!existsSync(distDir)) return [];
  return readdirSync(distDir).filter(
    (f) => f.endsWith(".js") || f === "package.json" || f === "licenses.txt",
  );
}

let files;
try {
  files = await bundle();
} catch (error) {
  console.error(`bundle: esbuild failed${error?.errors ? "" : `: ${error?.message ?? error}`}`);
  process.exit(1);
}
const js = Object.keys(files).filter((f) => /\.c?js$/.test(f));
const size = js.reduce((sum, f) => sum + Buffer.byteLength(files[f]), 0);
const sizes = `dist/index.js ${kib(Buffer.byteLength(files["index.js"]))}, ${js.length} files ${kib(size)} in all`;
if (size >= MAX_BYTES) {
  console.error(`bundle: the bundle is ${kib(size)}, over the ${kib(MAX_BYTES)} budget.`);
  process.exit(1);
}

if (check) {
  const stale = Object.entries(files)
    .filter(([name, text]) => {
      const path = join(distDir, name);
      return !existsSync(path) || readFileSync(path, "utf8") !== text;
    })
    .map(([name]) => `dist/${name}`);
  const extra = builtFiles()
    .filter((f) => !(f in files))
    .map((f) => `dist/${f} (not built any more)`);
  const wrong = [...stale, ...extra];
  if (wrong.length > 0) {
    console.error(
      `bundle --check: ${wrong.join(", ")} ${wrong.length === 1 ? "is" : "are"} out of date with the sources.\n` +
        "Run `npm run bundle` and commit dist/.",
    );
    process.exit(1);
  }
  console.log(`bundle --check: dist/ is up to date (${sizes}).`);
} else {
  mkdirSync(distDir, { recursive: true });
  for (const f of builtFiles()) if (!(f in files)) rmSync(join(distDir, f));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(distDir, name), text);
  console.log(`bundle: ${sizes} (budget ${kib(MAX_BYTES)}), dist/licenses.txt, dist/package.json`);
}
