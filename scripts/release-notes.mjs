#!/usr/bin/env node
// Prints the release notes of one version: the body of its CHANGELOG.md section.
//   node scripts/release-notes.mjs 1.2.0 [CHANGELOG.md]
// A section starts at a level-2 heading naming the version (`## 1.2.0 — 2026-11-22`, also
// `## [1.2.0] - 2026-11-22`) and runs to the next level-2 heading.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HEADING = /^## +\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?(?:[ \t]+[—–-][ \t]+(.*?))?[ \t]*$/;

/**
 * The section of `version` in a changelog, or null: its heading's text after the version (a date,
 * or `unreleased`), the date when it is one (YYYY-MM-DD), and the body, trimmed.
 * @param {string} changelog
 * @param {string} version
 * @returns {{ label: string, date: string | undefined, body: string } | null}
 */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => HEADING.exec(line)?.[1] === version);
  if (start < 0) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith("## "));
  const body = (end < 0 ? rest : rest.slice(0, end)).join("\n").trim();
  const label = HEADING.exec(lines[start] ?? "")?.[2]?.trim() ?? "";
  const date = /^\d{4}-\d{2}-\d{2}$/.test(label) ? label : undefined;
  return { label, date, body };
}

function main() {
  const [version, file = "CHANGELOG.md"] = process.argv.slice(2);
  if (version === undefined) {
    console.error("usage: node scripts/release-notes.mjs <version> [CHANGELOG.md]");
    process.exit(2);
  }
  const section = changelogSection(readFileSync(file, "utf8"), version.replace(/^v/, ""));
  if (section === null) {
    console.error(`${file} has no section for ${version}`);
    process.exit(1);
  }
  process.stdout.write(`${section.body}\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
