// A small reader for this project's Dockerfile and .dockerignore, enough to check them statically
// and to lay out the image's files on disk without a Docker engine.

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Instructions in order, with `\` continuations joined and comments and blank lines dropped. */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending: { text: string; line: number } | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trimEnd();
    if (pending === undefined && (line.trim() === "" || line.trimStart().startsWith("#"))) return;
    const continued = line.endsWith("\\");
    const part = continued ? line.slice(0, -1) : line;
    pending = pending
      ? { ...pending, text: `${pending.text} ${part.trim()}` }
      : { text: part, line: index + 1 };
    if (continued) return;
    const m = /^\s*(\w+)\s*(.*)$/.exec(pending.text);
    if (m) out.push({ keyword: (m[1] ?? "").toUpperCase(), args: (m[2] ?? "").trim(), line: pending.line });
    pending = undefined;
  });
  return out;
}

/** The instructions grouped by `FROM`. */
export function stages(instructions: readonly Instruction[]): Stage[] {
  const result: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === "FROM") {
      const [from = "", , name] = instruction.args.split(/\s+/);
      result.push({ from, name, instructions: [] });
    } else {
      result.at(-1)?.instructions.push(instruction);
    }
  }
  return result;
}

/** `ENV A=1 B="two"` as { A: "1", B: "two" } (all ENV lines of a stage). */
export function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { keyword, args } of stage.instructions) {
    if (keyword !== "ENV") continue;
    for (const m of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|\S*)/g)) {
      env[m[1] ?? ""] = m[3] ?? m[2] ?? "";
    }
  }
  return env;
}

/** `COPY [--from=x] a b dest` as { from, sources, dest }. */
export function copiesOf(stage: Stage): Array<{ from: string | undefined; sources: string[]; dest: string }> {
  return stage.instructions
    .filter((i) => i.keyword === "COPY")
    .map((i) => {
      const words = i.args.split(/\s+/);
      const from = words.find((w) => w.startsWith("--from="))?.slice("--from=".length);
      const paths = words.filter((w) => !w.startsWith("--"));
      return { from, sources: paths.slice(0, -1), dest: paths.at(-1) ?? "" };
    });
}

/** The exec-form (JSON array) arguments of CMD, HEALTHCHECK … CMD, or ENTRYPOINT. */
export function execForm(args: string): string[] {
  const json = args.slice(args.indexOf("["));
  return JSON.parse(json) as string[];
}

/**
 * Whether .dockerignore excludes a path (relative to the context, with `/`): patterns match from
 * the root (Go's filepath.Match, plus `**` for any number of directories), a match on a directory
 * excludes what is inside it, `!` re-includes, and the last matching line wins.
 */
export function dockerIgnores(ignoreText: string, path: string): boolean {
  const rules = ignoreText
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => ({ negate: l.startsWith("!"), re: patternToRegExp(l.replace(/^!/, "")) }));
  const segments = path.split("/");
  const candidates = segments.map((_, i) => segments.slice(0, i + 1).join("/"));
  let ignored = false;
  for (const rule of rules) {
    if (candidates.some((c) => rule.re.test(c))) ignored = !rule.negate;
  }
  return ignored;
}

function patternToRegExp(pattern: string): RegExp {
  const clean = pattern.replace(/^\/+/, "").replace(/\/+$/, "");
  let re = "";
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i] ?? "";
    if (c === "*" && clean[i + 1] === "*") {
      re += clean[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += clean[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
