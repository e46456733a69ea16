// Bundles the Action (src/action/main.ts) into dist/, the files `action.yml` runs:
//   dist/index.js      one CommonJS file with every dependency (the ESM-only @actions/* included)
//   dist/package.json  {"type":"commonjs"}, because the root package.json says "type": "module"
//   dist/licenses.txt  the licence of every bundled package, plus any legal comments
// `node scripts/bundle.mjs --check` rebuilds in memory and fails if dist/ differs from it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

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
    "Third-party software bundled in dist/index.js",
    "",
    ...[...sections, ...legal].flatMap((s) => ["-".repeat(78), s]),
  ].join("\n");
}

async function bundle() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["src/action/main.ts"],
    outfile: "dist/index.js",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    legalComments: "external",
    metafile: true,
    write: false,
    logLevel: "warning",
    // src/core/render/load-compiler.ts reads `import.meta.url` only where `require` is missing,
    // which never happens in this CommonJS bundle; esbuild would warn that it is empty here.
    logOverride: { "empty-import-meta": "silent" },
  });
  const byName = new Map(result.outputFiles.map((f) => [relative(distDir, f.path), f.text]));
  const index = byName.get("index.js");
  if (index === undefined) throw new Error("esbuild produced no dist/index.js");
  return {
    "index.js": index,
    "package.json": `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`,
    "licenses.txt": licensesText(result.metafile, byName.get("index.js.LEGAL.txt") ?? ""),
  };
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

let files;
try {
  files = await bundle();
} catch (error) {
  console.error(`bundle: esbuild failed${error?.errors ? "" : `: ${error?.message ?? error}`}`);
  process.exit(1);
}
const size = Buffer.byteLength(files["index.js"]);
if (size >= MAX_BYTES) {
  console.error(`bundle: dist/index.js is ${kib(size)}, over the ${kib(MAX_BYTES)} budget.`);
  process.exit(1);
}

if (check) {
  const stale = Object.entries(files)
    .filter(([name, text]) => {
      const path = join(distDir, name);
      return !existsSync(path) || readFileSync(path, "utf8") !== text;
    })
    .map(([name]) => `dist/${name}`);
  if (stale.length > 0) {
    console.error(
      `bundle --check: ${stale.join(", ")} ${stale.length === 1 ? "is" : "are"} out of date with the sources.\n` +
        "Run `npm run bundle` and commit dist/.",
    );
    process.exit(1);
  }
  console.log(`bundle --check: dist/ is up to date (dist/index.js ${kib(size)}).`);
} else {
  mkdirSync(distDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(distDir, name), text);
  console.log(
    `bundle: dist/index.js ${kib(size)} (budget ${kib(MAX_BYTES)}), dist/licenses.txt, dist/package.json`,
  );
}
