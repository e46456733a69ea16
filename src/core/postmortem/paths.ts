import type { Config } from "../config/config.js";
import type { IncidentState } from "../state/types.js";
import { trimEndOf, trimPath, trimPathStart, trimStartOf } from "../text/scan.js";

/** The branch the postmortem is proposed on. */
export function postmortemBranch(issue: number): string {
  return `postmortem/incident-${issue}`;
}

const SLUG_MAX = 50;

/** A file-name slug: lowercase ASCII letters, digits and single hyphens, at most 50 characters. */
export function slugify(title: string): string {
  const dashed = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  const slug = trimEndOf(trimStartOf(dashed, "-").slice(0, SLUG_MAX), "-");
  return slug === "" ? "incident" : slug;
}

const cleanDirectory = (config: Config) => trimPath(config.postmortem.directory.replace(/\\/g, "/"));

/** The index's path (`<directory>/README.md` unless configured), or null when turned off. */
export function postmortemIndexPath(config: Config): string | null {
  const index = config.postmortem.index;
  if (index === false) return null;
  if (index !== undefined) return trimPathStart(index);
  const directory = cleanDirectory(config);
  return directory === "" || directory === "." ? "README.md" : `${directory}/README.md`;
}

/** `<directory>/YYYY-MM-DD-<n>-<slug>.md`, dated by the declaration (UTC). */
export function postmortemPath(config: Config, state: IncidentState): string {
  const directory = cleanDirectory(config);
  const declared = new Date(state.declaredAt);
  const date = Number.isNaN(declared.getTime()) ? "undated" : declared.toISOString().slice(0, 10);
  const file = `${date}-${state.number}-${slugify(state.title)}.md`;
  return directory === "" || directory === "." ? file : `${directory}/${file}`;
}
