import { joinLines } from "../text/scan.js";
import type { ConfigProblem } from "./validate.js";

/**
 * Hidden marker in the problems comment, so a front door can find its earlier comment and update it
 * instead of adding another one on every event.
 */
export const CONFIG_PROBLEMS_MARKER = "<!-- incident-workflow:config-problems -->";

/** The path a problem gets when the file as a whole is unusable (not YAML). */
export const FILE_PATH = "(file)";

/** A Markdown code span holding `text` verbatim, whatever backticks it contains. */
function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = longestRun > 0 ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Text that renders as written: no emphasis, links, HTML or @-mentions (a found value may hold any). */
function plainMarkdown(text: string): string {
  return text
    .replace(/[\\*_[\]`#|~]/g, (c) => `\\${c}`)
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/@(?=[A-Za-z0-9])/g, "@\u200b");
}

/**
 * A problem message as inline Markdown: its own `code spans` stay code, the rest is escaped.
 * Messages with unbalanced backticks (a found value holding one) are escaped as a whole.
 */
function inlineMessage(message: string): string {
  const line = joinLines(message).trim();
  const parts = line.split("`");
  if (parts.length % 2 === 0) return plainMarkdown(line);
  return parts.map((part, i) => (i % 2 === 1 ? codeSpan(part) : plainMarkdown(part))).join("");
}

function countText(problems: readonly ConfigProblem[]): string {
  return problems.length === 1 ? "1 problem" : `${problems.length} problems`;
}

/**
 * The issue comment posted when the config file cannot be used: one line per bad option path and
 * what was found there, and what happens next.
 */
export function formatConfigProblems(problems: readonly ConfigProblem[], file: string): string {
  return [
    CONFIG_PROBLEMS_MARKER,
    `**Incident Workflow could not use ${codeSpan(file)}** (${countText(problems)}):`,
    "",
    ...problems.map((p) => `- ${codeSpan(p.path)}: ${inlineMessage(p.message)}`),
    "",
    "Nothing else was changed. Fix the file on the default branch and the next event on this issue retries.",
    "",
  ].join("\n");
}

/** The same report as plain text, for the Action's log and its failure message. */
export function formatConfigProblemsText(problems: readonly ConfigProblem[], file: string): string {
  return [
    `Incident Workflow could not use ${file} (${countText(problems)}):`,
    ...problems.map((p) => `  - ${p.path}: ${joinLines(p.message).trim()}`),
    "Nothing else was changed. Fix the file on the default branch and the next event retries.",
  ].join("\n");
}

interface YamlLikeError {
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  /** `yaml` (eemeli/yaml): 1-based `{ line, col }` of the error's start and end. */
  linePos?: unknown;
  /** js-yaml: 0-based `{ line, column }`. */
  mark?: unknown;
}

function lineOf(err: YamlLikeError): { line: number; col: number } | undefined {
  const pos = Array.isArray(err.linePos) ? (err.linePos[0] as unknown) : undefined;
  if (pos !== null && typeof pos === "object" && "line" in pos && "col" in pos) {
    return { line: Number(pos.line), col: Number(pos.col) };
  }
  const mark = err.mark;
  if (mark !== null && typeof mark === "object" && "line" in mark && "column" in mark) {
    return { line: Number(mark.line) + 1, col: Number(mark.column) + 1 };
  }
  return undefined;
}

/** The parser's own error: the error itself or, for wrappers such as the config plugin's, a cause. */
function parserError(err: unknown): YamlLikeError | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current !== null && typeof current === "object"; depth++) {
    const candidate = current as YamlLikeError;
    if (lineOf(candidate) !== undefined || /^YAML/.test(String(candidate.name))) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

function firstLine(value: unknown): string {
  const text = value !== null && typeof value === "object" && "message" in value ? value.message : value;
  return (String(text).split("\n")[0] ?? "").trim();
}

/**
 * A file that cannot be read as config, as a problem at path `(file)`. For a YAML syntax error
 * (the parser's own, or wrapped as the config plugin wraps it) the message is the parser's, with
 * line and column (`yaml` puts them in the message; the code frame after it is dropped). Other
 * errors of the config loader (a bad `_extends`, a loop of `_extends`, a file that is not a
 * mapping) keep their first line, without the plugin's `[@probot/octokit-plugin-config]` tag.
 */
export function problemFromYamlError(err: unknown): ConfigProblem {
  const source = parserError(err);
  if (source === undefined) {
    const text = firstLine(err).replace(/^\[[^\]]*\]\s*/, "");
    return { path: FILE_PATH, message: text === "" ? "could not be read" : text };
  }
  let first = firstLine(source).replace(/:$/, "");
  const pos = lineOf(source);
  if (pos !== undefined && !/\bline \d+/.test(first)) first += ` at line ${pos.line}, column ${pos.col}`;
  return { path: FILE_PATH, message: `not valid YAML: ${first === "" ? "unreadable file" : first}` };
}
