import type { Config } from "../core/config/config.js";
import { compileTemplate, type Template, templateFromSpec } from "../core/render/handlebars.js";
import { BUILT_IN_TEMPLATES } from "../core/templates.generated.js";
import type { FilePort } from "../github/ports.js";

const builtIn = new Map<string, Template>();

/**
 * A built-in template (precompiled at build time, so the Action never reads the user's workspace and
 * runs it without the Handlebars compiler).
 */
export function builtInTemplate(name: string): Template {
  let template = builtIn.get(name);
  if (!template) {
    const spec = BUILT_IN_TEMPLATES[name];
    if (spec === undefined) throw new Error(`built-in template ${name} is missing from the build`);
    template = templateFromSpec(name, spec);
    builtIn.set(name, template);
  }
  return template;
}

/**
 * The board template: the repository's override when configured (one extra request, and the
 * Handlebars compiler is loaded to compile it), else the built-in one. A broken or missing override
 * falls back to the built-in and says why.
 */
export async function boardTemplate(
  config: Config,
  files: FilePort,
): Promise<{ template: Template; warning?: string }> {
  const path = config.board.template;
  if (path === undefined) return { template: builtInTemplate("status-board.md.hbs") };
  const source = await files.readFile(path);
  if (source === null) {
    return {
      template: builtInTemplate("status-board.md.hbs"),
      warning: `board template \`${path}\` was not found on the default branch`,
    };
  }
  try {
    const template = compileTemplate(path, source);
    return { template };
  } catch (error) {
    return {
      template: builtInTemplate("status-board.md.hbs"),
      warning: String(error instanceof Error ? error.message : error),
    };
  }
}
