import Handlebars from "handlebars";

/**
 * An isolated Handlebars environment for Markdown. HTML escaping is off (it mangles Markdown), so
 * view models must hand the template text that is already safe: `src/core/text/markdown-safe.ts`.
 * Templates get a few formatting helpers and nothing else.
 */
const hb = Handlebars.create();

hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
hb.registerHelper("join", (list: unknown, sep: unknown) =>
  Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : "",
);

export type Template = (view: object) => string;

/** Compiles a template; throws with the template's name and Handlebars' message when it is broken. */
export function compileTemplate(name: string, source: string): Template {
  let compiled: Handlebars.TemplateDelegate;
  try {
    compiled = hb.compile(source, { noEscape: true, strict: false, knownHelpersOnly: false });
    // Handlebars compiles lazily: force the parse now so syntax errors surface here.
    hb.precompile(source);
  } catch (error) {
    throw new TemplateError(name, error instanceof Error ? error.message : String(error));
  }
  return (view: object) => {
    try {
      return compiled(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (error) {
      throw new TemplateError(name, error instanceof Error ? error.message : String(error));
    }
  };
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
