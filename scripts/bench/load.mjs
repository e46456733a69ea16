// Loads the engine (src/) and the GitHub emulator (src/emulator/) for the bench straight from the
// TypeScript sources: no `npm run build` needed, so it works on a fresh clone after `npm ci`.
// The templates are generated first (src/core/templates.generated.ts is not committed), then one
// ESM bundle is written next to the emulator — its OpenAPI fixture is found relative to
// `import.meta.url` — with packages left external, imported, and removed again.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export const root = join(import.meta.dirname, "..", "..");

const ENTRY = `
export { startEmulator } from "./src/emulator/index.ts";
export { default as app } from "./src/index.ts";
export { reconcile } from "./src/handlers/reconcile.ts";
export { builtInTemplate } from "./src/handlers/templates.ts";
export { deriveState } from "./src/core/state/derive.ts";
export { renderBoard } from "./src/core/board/render.ts";
export { parseCommands } from "./src/core/commands/parse.ts";
export { isIncidentForm, parseIncidentForm } from "./src/core/issue-form.ts";
export { defaultConfig } from "./src/core/config/validate.ts";
export { BOARD_MARKER } from "./src/core/state/markers.ts";
export { CONFIG_READ, isDashboardRequest } from "./test/helpers/requests.ts";
export { GITHUB_LIMITS, maxInWindow } from "./src/emulator/index.ts";
export { labelSpecs } from "./src/core/labels.ts";
export { runWarRoom, seatPeople, until } from "./test/helpers/war-room.ts";
export { declareIncident, WarRoomPlan } from "./test/helpers/war-room-plan.ts";
export { boardsOf, botWrites, isDashboardIssue, loggedErrors, problemsOf, unacknowledged } from "./test/helpers/war-room-check.ts";
`;

export async function loadSources() {
  execFileSync(process.execPath, [join(root, "scripts", "gen-templates.mjs")], { stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "scripts", "gen-default-config.mjs")], { stdio: "inherit" });
  const outfile = join(root, "test", "emulator", `.bench-${process.pid}.mjs`);
  const cleanUp = () => rmSync(outfile, { force: true });
  process.on("exit", cleanUp);
  try {
    await build({
      stdin: { contents: ENTRY, resolveDir: root, sourcefile: "bench-entry.ts", loader: "ts" },
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: `node${process.versions.node.split(".")[0]}`,
      packages: "external",
      logLevel: "warning",
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    cleanUp();
  }
}
