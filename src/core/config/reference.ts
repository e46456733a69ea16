import { labelSpecs } from "../labels.js";
import { joinLines } from "../text/scan.js";
import { configJsonSchema } from "./json-schema.js";
import { defaultConfig } from "./validate.js";

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Table cell text: one line, pipes escaped. */
function cell(text: string): string {
  return joinLines(text).replace(/\|/g, "\\|");
}

function code(text: string): string {
  return text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``;
}

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

/** A default value as YAML-ish inline text: `"UTC"`, `60`, `[]`, `["OWNER", "MEMBER"]`. */
function inlineValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineValue).join(", ")}]`;
  return JSON.stringify(value);
}

function range(min: unknown, max: unknown, unit: string): string | undefined {
  if (typeof min === "number" && typeof max === "number") return `${min}–${max}${unit}`;
  if (typeof min === "number") return min === 0 && unit === "" ? "≥ 0" : `at least ${min}${unit}`;
  if (typeof max === "number") return `at most ${max}${unit}`;
  return undefined;
}

/** A map keyed by name (`oncall: { commander: … }`): its values' schema, when it has one. */
function mapValues(node: JsonObject): JsonObject | undefined {
  return node.type === "object" && isObject(node.additionalProperties)
    ? node.additionalProperties
    : undefined;
}

/** The option's type with its constraints, e.g. `string, 1–50 characters`, `list of string`. */
function typeText(node: JsonObject): string {
  if (Array.isArray(node.enum)) return `one of ${node.enum.map((v) => code(String(v))).join(", ")}`;
  if ("const" in node) return code(inlineValue(node.const));
  if (Array.isArray(node.anyOf)) return node.anyOf.filter(isObject).map(typeText).join("; or ");
  const values = mapValues(node);
  if (values !== undefined) {
    return values.type === "object"
      ? "mapping of names to mappings"
      : `mapping of names to (${typeText(values)})`;
  }
  const parts: string[] = [];
  switch (node.type) {
    case "array": {
      const items = isObject(node.items) ? node.items : {};
      parts.push(items.type === "object" ? "list of mappings" : `list of (${typeText(items)})`);
      const count = range(node.minItems, node.maxItems, node.minItems === 1 ? " item" : " items");
      if (count !== undefined) parts.push(count);
      break;
    }
    case "object":
      parts.push("mapping");
      break;
    case "string": {
      parts.push("string");
      const length = range(node.minLength, node.maxLength, " characters");
      if (length !== undefined && !(node.minLength === 1 && node.maxLength === undefined)) parts.push(length);
      else if (node.minLength === 1) parts.push("not empty");
      if (typeof node.pattern === "string") parts.push(`matching ${code(node.pattern)}`);
      break;
    }
    default: {
      parts.push(String(node.type ?? "any"));
      const bounds = range(node.minimum, node.maximum, "");
      if (bounds !== undefined) parts.push(bounds);
    }
  }
  return parts.join(", ");
}

/** What the reference says for an option's default. */
function defaultText(path: string, node: JsonObject, required: boolean): string {
  if (required) return "required";
  if (path === "severities") return "the [built-in levels](#built-in-severity-levels)";
  if (path === "roles") return "the [built-in roles](#built-in-roles)";
  if (path.endsWith("].flow")) return "the [built-in flow](#built-in-response-flow)";
  const values = mapValues(node);
  // A mapping of names to plain values (`alerts.severity.map`) has no options of its own to point at.
  const plainMap = values !== undefined && values.type !== "object";
  if (node.type === "object" && !plainMap && !("default" in node && values !== undefined))
    return "(see its options)";
  if (!("default" in node)) return "—";
  return code(inlineValue(node.default));
}

/** How the reference names a map's keys in its options' paths (`oncall.<role>.people`). */
const MAP_KEYS: Record<string, string> = { oncall: "<role>" };

interface OptionRow {
  path: string;
  type: string;
  default: string;
  description: string;
}

/** Every option of the schema, depth first, in the schema's order. */
function optionRows(node: JsonObject, prefix: string): OptionRow[] {
  const properties = isObject(node.properties) ? node.properties : {};
  const required = Array.isArray(node.required) ? node.required : [];
  return Object.entries(properties).flatMap(([key, value]) => {
    if (!isObject(value)) return [];
    const path = prefix === "" ? key : `${prefix}.${key}`;
    const row: OptionRow = {
      path,
      type: typeText(value),
      default: defaultText(path, value, required.includes(key)),
      description: typeof value.description === "string" ? value.description : "",
    };
    const values = mapValues(value);
    if (values !== undefined && values.type === "object") {
      return [row, ...optionRows(values, `${path}.${MAP_KEYS[path] ?? "<name>"}`)];
    }
    if (value.type === "object") return [row, ...optionRows(value, path)];
    if (value.type === "array" && isObject(value.items) && value.items.type === "object") {
      return [row, ...optionRows(value.items, `${path}[]`)];
    }
    return [row];
  });
}

function cadence(minutes: number): string {
  if (minutes === 0) return "off";
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
}

/**
 * The configuration reference in Markdown: every option (path, type, default, description) from the
 * JSON Schema generated from `ConfigSchema`, then the built-in levels, roles, flow and labels.
 * Headings start at level 2, for inclusion in `docs/configuration.md`.
 */
export function configReferenceMarkdown(): string {
  const config = defaultConfig();
  const options = optionRows(configJsonSchema(), "");
  const list = (items: string[]) => (items.length === 0 ? "—" : items.map(code).join(", "));
  return [
    "## Options",
    "",
    'Paths use `[]` for "each item of the list": `severities[].id` is the `id` of every level. ' +
      "Problems in your file are reported with the item's index instead: `severities[0].id`.",
    "",
    table(
      ["Option", "Type", "Default", "Description"],
      options.map((o) => [code(o.path), o.type, o.default, o.description]),
    ),
    "",
    "## Built-in severity levels",
    "",
    `Used when the file has no \`severities\`. The default level is \`${config.defaultSeverity}\`; every level opens a postmortem pull request when the incident closes as completed.`,
    "",
    table(
      ["Level", "Colour", "Update cadence", "Required roles", "Response mode", "Description"],
      config.severities.map((s) => [
        code(s.id),
        code(s.color),
        cadence(s.updateCadenceMinutes),
        list(s.requiredRoles),
        s.responseMode,
        s.description,
      ]),
    ),
    "",
    "## Built-in roles",
    "",
    "Used when the file has no `roles`.",
    "",
    table(
      ["Role", "Label", "Name", "Several holders", "Duties"],
      config.roles.map((r) => [code(r.id), code(r.label), r.name, r.multiple ? "yes" : "no", r.duties]),
    ),
    "",
    "## Built-in response flow",
    "",
    "The checklist on the board for levels without their own `flow`. Steps with a fact tick themselves; the others are ticked with `/done <id>`.",
    "",
    table(
      ["Step", "Title", "Ticked by"],
      (config.severities[0]?.flow ?? []).map((f) => [code(f.id), f.title, f.auto ? code(f.auto) : "`/done`"]),
    ),
    "",
    "## Labels",
    "",
    "The labels the tool uses with the built-in configuration; their names follow `labels`, `severities` and `roles`.",
    "",
    table(
      ["Label", "Colour", "Description"],
      labelSpecs(config).map((l) => [code(l.name), code(l.color), l.description]),
    ),
    "",
  ].join("\n");
}
