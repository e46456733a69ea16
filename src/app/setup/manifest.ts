import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

// biome-ignore lint/suspicious/noExplicitAny: app.yml is free-form YAML, spread into the manifest.
type Json = Record<string, any>;

/** The nearest `app.yml` in `dir` or above it. */
function findUp(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, "app.yml"))) return join(d, "app.yml");
    if (dirname(d) === d) return undefined;
  }
}

/** The working directory's `app.yml` (Probot's place for it), else the package's own. */
export function readAppYml(cwd = process.cwd()): Json {
  const own = join(cwd, "app.yml");
  const path = existsSync(own) ? own : findUp(dirname(fileURLToPath(import.meta.url)));
  if (path === undefined)
    throw new Error("app.yml not found: it ships with the package, next to package.json");
  return (parse(readFileSync(path, "utf8")) as Json | null) ?? {};
}

export interface ManifestOptions {
  /** Where GitHub delivers webhooks: the proxy channel, or the public URL's webhook path. */
  hookUrl: string;
  /** Where this setup page is served, as the browser reached it (GitHub redirects back there). */
  baseUrl: string;
}

/**
 * The GitHub App manifest the setup page posts to GitHub: what `app.yml` says (name, permissions,
 * events, …) with the hook URL and the redirect back to this page. As in Probot's setup, `app.yml`
 * has the last word: a `hook_attributes` written there replaces the computed one.
 */
export function appManifest(appYml: Json, options: ManifestOptions): Json {
  return {
    name: "Incident Workflow",
    public: false,
    hook_attributes: { url: options.hookUrl, active: true },
    redirect_url: `${options.baseUrl}/probot/setup`,
    ...appYml,
  };
}
