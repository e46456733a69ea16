// GitHub's published descriptions (`@octokit/openapi`, `@octokit/openapi-webhooks`) are too large,
// or needed too rarely, to be dependencies: an extract script installs one into a temporary
// directory for its run and reads its description from there.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Installs `pkg` (its latest version) into a temporary directory; its api.github.com description and version. */
export function installedSpec(pkg) {
  const dir = mkdtempSync(join(tmpdir(), `${pkg.replace("/", "-")}-`));
  try {
    execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", dir, pkg], {
      stdio: "inherit",
    });
    const pkgDir = join(dir, "node_modules", ...pkg.split("/"));
    const { version } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    const spec = JSON.parse(readFileSync(join(pkgDir, "generated", "api.github.com.json"), "utf8"));
    return { spec, version };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
