import type Handlebars from "handlebars";
// With the extension: the package has no `exports` map, and Node's ESM resolver needs the file name.
import runtimeModule from "handlebars/runtime.js";
import { COMPILE_OPTIONS } from "../templates.generated.js";
import { loadCompiler } from "./load-compiler.js";

/**
 * Isolated Handlebars environments for Markdown. HTML escaping is off (it mangles Markdown), so view
 * models must hand the template text that is already safe: `src/core/text/markdown-safe.ts`.
 * Templates get a few formatting helpers and nothing else.
 *
 * Built-in templates are precompiled by `scripts/gen-templates.mjs` and run on Handlebars' runtime
 * alone; a repository's own template is compiled with the full compiler, loaded on first use
 * (`load-compiler.ts`), with the same options and helpers.
 */
const HandlebarsRuntime = runtimeModule as unknown as typeof Handlebars;
type Environment = Pick<typeof Handlebars, "registerHelper">;

function withHelpers<E extends Environment>(env: E): E {
  env.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  env.registerHelper("join", (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : "",
  );
  return env;
}

const runtime = withHelpers(HandlebarsRuntime.create());
let compiler: ReturnType<ReturnType<typeof loadCompiler>["create"]> | undefined;

export type Template = (view: object) => string;

function wrap(name: string, compiled: HandlebarsTemplateDelegate): Template {
  return (view: object) => {
    try {
      return compiled(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (error) {
      throw new TemplateError(name, error instanceof Error ? error.message : String(error));
    }
  };
}

/** A built-in template from its precompiled spec (`BUILT_IN_TEMPLATES`), on the runtime only. */
export function templateFromSpec(name: string, spec: TemplateSpecification): Template {
  return wrap(name, runtime.template(spec));
}

/** Compiles a template; throws with the template's name and Handlebars' message when it is broken. */
export function compileTemplate(name: string, source: string): Template {
  let compiled: HandlebarsTemplateDelegate;
  try {
    compiler ??= withHelpers(loadCompiler().create());
    compiled = compiler.compile(source, COMPILE_OPTIONS);
    // Handlebars compiles lazily: force the parse now so syntax errors surface here.
    compiler.precompile(source, COMPILE_OPTIONS);
  } catch (error) {
    throw new TemplateError(name, error instanceof Error ? error.message : String(error));
  }
  return wrap(name, compiled);
}

export class TemplateError extends Error {
  constructor(
    readonly template: string,
    detail: string,
  ) {
    super(`template ${template}: ${detail}`);
    this.name = "TemplateError";
  }
}
