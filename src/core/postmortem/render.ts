import type { Config } from "../config/config.js";
import { compileTemplate, type Template, templateFromSpec } from "../render/handlebars.js";
import type { IncidentState } from "../state/types.js";
import { BUILT_IN_TEMPLATES } from "../templates.generated.js";
import { inlineText } from "../text/markdown-safe.js";
import { postmortemView } from "./view-model.js";

export const POSTMORTEM_TEMPLATE = "postmortem.md.hbs";

let builtIn: Template | null = null;

function builtInTemplate(): Template {
  if (builtIn === null) {
    const spec = BUILT_IN_TEMPLATES[POSTMORTEM_TEMPLATE];
    if (spec === undefined)
      throw new Error(`built-in template ${POSTMORTEM_TEMPLATE} is missing from the build`);
    builtIn = templateFromSpec(POSTMORTEM_TEMPLATE, spec);
  }
  return builtIn;
}

/**
 * Renders the postmortem document: the built-in template, or `templateSource` (a repository's
 * override) when given. Throws `TemplateError` when the override does not compile or render; the
 * caller decides whether to fall back (see `renderPostmortemSafely`).
 */
export function renderPostmortem(
  state: IncidentState,
  config: Config,
  now: Date,
  templateSource?: string,
  options: { summary?: string | undefined } = {},
): string {
  const template =
    templateSource === undefined
      ? builtInTemplate()
      : compileTemplate(config.postmortem.template ?? "postmortem template", templateSource);
  const text = template(postmortemView({ state, config, now, summary: options.summary }));
  return `${text.trim()}\n`;
}

/**
 * Renders with the override when it works, else with the built-in template and a warning saying
 * why (Markdown-safe, ready to post). `templateSource` null means the override file was not found.
 */
export function renderPostmortemSafely(
  state: IncidentState,
  config: Config,
  now: Date,
  templateSource: string | null | undefined,
  options: { summary?: string | undefined } = {},
): { document: string; warning?: string } {
  const path = config.postmortem.template;
  if (path === undefined || templateSource === undefined) {
    return { document: renderPostmortem(state, config, now, undefined, options) };
  }
  const fallback = (why: string) => ({
    document: renderPostmortem(state, config, now, undefined, options),
    warning: `The postmortem template ${inlineText(path, 200)} ${why}; the built-in template was used instead.`,
  });
  if (templateSource === null) return fallback("was not found on the default branch");
  try {
    const document = renderPostmortem(state, config, now, templateSource, options);
    if (document.trim() === "") return fallback("rendered an empty document");
    return { document };
  } catch (error) {
    return fallback(`could not be used (${oneLine(error)})`);
  }
}

function oneLine(error: unknown): string {
  return inlineText(error instanceof Error ? error.message : String(error), 300);
}
