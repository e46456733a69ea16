// Writes a generated source file when its content changed; with `--check` on the command line, a
// stale file is regenerated and the process fails, so CI names what to commit.
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";

export function writeGenerated(root, path, next) {
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current !== next) writeFileSync(path, next);
  if (process.argv.includes("--check") && current !== next) {
    console.error(`${relative(root, path)} was stale; regenerated. Commit it.`);
    process.exit(1);
  }
}
