#!/usr/bin/env node
// Checks that a version tag may be released, before the release workflow publishes it:
//   node scripts/check-release.mjs v1.2.0 [existing tags…]
// The tag must be `v` + package.json's version, and CHANGELOG.md must have that version's section,
// dated (YYYY-MM-DD, not "unreleased") and not empty. The existing `v*.*.*` tags decide whether the
// major tag (`v1`) moves: only to the highest release of its major, never for a pre-release.
// Prints the problems and exits 1, or writes `version`, `major-tag`, `prerelease` and `move-major`
// to $GITHUB_OUTPUT (and stdout). The committed bundle is checked by `scripts/bundle.mjs --check`.
import { appendFileSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { changelogSection } from "./release-notes.mjs";

const SEMVER = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

/** @param {string} tag */
function parseTag(tag) {
  const m = SEMVER.exec(tag);
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] };
}

/**
 * Whether `tag` is the highest release (pre-releases aside) of its major among `existing` and
 * itself, so that the major tag should point at it.
 * @param {string} tag
 * @param {readonly string[]} existing
 */
export function shouldMoveMajor(tag, existing) {
  const own = parseTag(tag);
  if (own === null || own.pre !== undefined) return false;
  return existing
    .map(parseTag)
    .every(
      (t) =>
        t === null ||
        t.pre !== undefined ||
        t.major !== own.major ||
        t.minor < own.minor ||
        (t.minor === own.minor && t.patch <= own.patch),
    );
}

/**
 * @param {{ tag: string, version: string, changelog: string, existingTags?: readonly string[] }} input
 * @returns {{ ok: false, problems: string[] } | { ok: true, version: string, majorTag: string, prerelease: boolean, moveMajor: boolean }}
 */
export function checkRelease({ tag, version, changelog, existingTags = [] }) {
  const problems = [];
  const parsed = parseTag(tag);
  if (parsed === null) problems.push(`${tag} is not a version tag vMAJOR.MINOR.PATCH[-PRERELEASE]`);
  if (tag !== `v${version}`) problems.push(`${tag} does not match package.json's version ${version}`);
  const section = changelogSection(changelog, version);
  if (section === null) {
    problems.push(`CHANGELOG.md has no section "## ${version} — YYYY-MM-DD"`);
  } else {
    if (section.date === undefined) {
      problems.push(
        `CHANGELOG.md's section for ${version} is "${section.label || "undated"}", not a release date YYYY-MM-DD`,
      );
    }
    if (section.body === "") problems.push(`CHANGELOG.md's section for ${version} is empty`);
  }
  if (problems.length > 0 || parsed === null) return { ok: false, problems };
  return {
    ok: true,
    version,
    majorTag: `v${parsed.major}`,
    prerelease: parsed.pre !== undefined,
    moveMajor: shouldMoveMajor(tag, existingTags),
  };
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const [tag, ...existingTags] = process.argv.slice(2);
  if (tag === undefined) {
    console.error("usage: node scripts/check-release.mjs <tag> [existing tags…]");
    process.exit(2);
  }
  const result = checkRelease({
    tag,
    version: JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version,
    changelog: readFileSync(join(root, "CHANGELOG.md"), "utf8"),
    existingTags,
  });
  if (!result.ok) {
    for (const problem of result.problems) console.error(`::error::${problem}`);
    process.exit(1);
  }
  const outputs = [
    `version=${result.version}`,
    `major-tag=${result.majorTag}`,
    `prerelease=${result.prerelease}`,
    `move-major=${result.moveMajor}`,
  ];
  console.log(outputs.join("\n"));
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${outputs.join("\n")}\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
