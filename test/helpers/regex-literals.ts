import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { type Node, SyntaxKind } from "typescript/unstable/ast";
import { API } from "typescript/unstable/sync";

/** One regular expression written in the source: a `/literal/` or `new RegExp("literal")`. */
export interface RegexSite {
  /** `src/…/file.ts:line`, for the failure message. */
  where: string;
  /** The pattern's source, as `RegExp` receives it. */
  source: string;
  /** Its flags. */
  flags: string;
}

/** A `RegExp(…)` whose source is not a literal, so no checker can see it. */
export interface DynamicRegexSite {
  /** `src/…/file.ts:line`. */
  where: string;
  /** The call as written. */
  text: string;
}

/** Every `.ts` file under `dir`, recursively (the filesystem's view, to compare with the compiler's). */
export function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(dir, f));
}

/** The value of a string or plain template literal, or undefined for anything else. */
function literalText(node: Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (node.kind === SyntaxKind.StringLiteral || node.kind === SyntaxKind.NoSubstitutionTemplateLiteral) {
    return (node as unknown as { text: string }).text;
  }
  return undefined;
}

/** Whether `node` is `RegExp(…)` or `new RegExp(…)`; its arguments if so. */
function regExpArguments(node: Node): readonly Node[] | undefined {
  if (node.kind !== SyntaxKind.NewExpression && node.kind !== SyntaxKind.CallExpression) return undefined;
  const call = node as unknown as { expression: Node; arguments?: readonly Node[] };
  const callee = call.expression;
  if (callee.kind !== SyntaxKind.Identifier || (callee as unknown as { text: string }).text !== "RegExp") {
    return undefined;
  }
  return call.arguments ?? [];
}

/**
 * Collects every regular expression in the TypeScript files under `root/src` with the real compiler
 * (typescript@7's API, which parses with the native `tsgo`): so a `/` that divides, or one inside a
 * string, comment or template, is never taken for a pattern. Checks that the compiler's program
 * (`root/<tsconfig>`) holds every `.ts` file found on disk under `src/` (generated files included).
 */
export function collectRegexes(
  root: string,
  tsconfig = "tsconfig.build.json",
): { sites: RegexSite[]; dynamic: DynamicRegexSite[] } {
  const api = new API({ cwd: root });
  try {
    const snapshot = api.updateSnapshot({ openProjects: [join(root, tsconfig)] });
    const project = snapshot.getProjects()[0];
    if (project === undefined) throw new Error("tsconfig.build.json opened no project");
    const srcDir = join(root, "src");
    const inProgram = new Set(project.program.getSourceFileNames().filter((f) => f.startsWith(`${srcDir}/`)));
    const missing = tsFilesUnder(srcDir).filter((f) => !inProgram.has(f));
    if (missing.length > 0) throw new Error(`not in the compiler's program: ${missing.join(", ")}`);

    const sites: RegexSite[] = [];
    const dynamic: DynamicRegexSite[] = [];
    for (const file of [...inProgram].sort()) {
      const sourceFile = project.program.getSourceFile(file);
      if (sourceFile === undefined) throw new Error(`the compiler has no source for ${file}`);
      const text = sourceFile.text;
      const where = (node: Node): string => {
        const start = node.getStart(sourceFile);
        return `${relative(root, file)}:${text.slice(0, start).split("\n").length}`;
      };
      const visit = (node: Node): void => {
        if (node.kind === SyntaxKind.RegularExpressionLiteral) {
          const literal = (node as unknown as { text: string }).text;
          const close = literal.lastIndexOf("/");
          sites.push({
            where: where(node),
            source: literal.slice(1, close),
            flags: literal.slice(close + 1),
          });
        }
        const args = regExpArguments(node);
        if (args !== undefined) {
          const source = literalText(args[0]);
          const flags = args.length > 1 ? literalText(args[1]) : "";
          if (source !== undefined && flags !== undefined) sites.push({ where: where(node), source, flags });
          else dynamic.push({ where: where(node), text: node.getText(sourceFile) });
        }
        node.forEachChild(visit);
      };
      visit(sourceFile);
    }
    return { sites, dynamic };
  } finally {
    api.close();
  }
}
