// Builds lib/ once before any test file runs, as `npm start` does before it starts the app: the
// end-to-end suites run the built server (`node lib/start.js`) and import the package entry.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function setup(): void {
  const root = join(import.meta.dirname, "..");
  execFileSync(process.execPath, [join(root, "scripts/gen-templates.mjs")], { cwd: root, stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "scripts/gen-default-config.mjs")], {
    cwd: root,
    stdio: "inherit",
  });
  execFileSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
}
