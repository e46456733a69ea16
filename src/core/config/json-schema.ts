import { z } from "zod";
import { REPOSITORY } from "../repository.generated.js";
import { DEFAULT_ROLES, DEFAULT_SEVERITIES, DEFAULT_SEVERITY } from "./defaults.js";
import { ConfigSchema } from "./schema.js";

/**
 * Where the committed schema (`schema/incidents.schema.json`) is published: its `$id`, and the URL a
 * `# yaml-language-server: $schema=<url>` comment at the top of `.github/incidents.yml` points at.
 * The repository comes from package.json (`npm run gen:repo`).
 */
export const CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/${REPOSITORY}/main/schema/incidents.schema.json`;

/** The repository path of the committed schema. */
export const CONFIG_SCHEMA_PATH = "schema/incidents.schema.json";

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Drops the `±Number.MAX_SAFE_INTEGER` bounds zod emits for every `.int()`: noise to a reader. */
function dropSafeIntegerBounds(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) dropSafeIntegerBounds(item);
    return;
  }
  if (!isObject(node)) return;
  if (node.maximum === Number.MAX_SAFE_INTEGER) delete node.maximum;
  if (node.minimum === Number.MIN_SAFE_INTEGER) delete node.minimum;
  for (const value of Object.values(node)) dropSafeIntegerBounds(value);
}

/**
 * Defaults that `validateConfig` applies outside the zod schema (the built-in levels and roles are
 * resolved after parsing, so the schema itself marks them optional without a default).
 */
function addResolvedDefaults(schema: JsonObject): void {
  const properties = schema.properties;
  if (!isObject(properties)) return;
  const defaults: JsonObject = {
    severities: DEFAULT_SEVERITIES,
    defaultSeverity: DEFAULT_SEVERITY,
    roles: DEFAULT_ROLES,
  };
  for (const [key, value] of Object.entries(defaults)) {
    const property = properties[key];
    if (isObject(property)) property.default = structuredClone(value);
  }
}

/**
 * The JSON Schema (draft 2020-12) of `.github/incidents.yml`, generated from `ConfigSchema`.
 * It describes the input side, so every option with a default is optional, and it rejects unknown
 * keys at every level, as `validateConfig` does. Cross-checks that a JSON Schema cannot express
 * (duplicate ids, unknown role references, time zones) are left to `validateConfig`.
 */
export function configJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(ConfigSchema, { io: "input", target: "draft-2020-12" }) as JsonObject;
  dropSafeIntegerBounds(generated);
  addResolvedDefaults(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: CONFIG_SCHEMA_URL,
    title: "Incident Workflow configuration (.github/incidents.yml)",
    description:
      "Severity levels, roles, labels, commands, postmortems and the status board of Incident Workflow. " +
      "A missing file means the built-in defaults; see docs/configuration.md.",
    ...rest,
  };
}

/** The committed file's text: the schema as two-space-indented JSON with a final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
