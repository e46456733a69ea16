import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CONFIGURATION_DOC_PATH, EXAMPLE_CONFIG, generatedDocs } from "../../scripts/gen-docs.js";
import { CONFIG_SCHEMA_PATH, configJsonSchema } from "../../src/core/config/json-schema.js";
import { configReferenceMarkdown } from "../../src/core/config/reference.js";
import { validateConfig } from "../../src/core/config/validate.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const committed = (path: string) => readFileSync(`${root}${path}`, "utf8");

describe("generated docs", () => {
  // If this fails, run `npm run gen:docs` and commit the result.
  for (const [path, text] of Object.entries(generatedDocs())) {
    it(`${path} is up to date with the config schema`, () => {
      expect(committed(path)).toBe(text);
    });
  }

  it("generates the schema and the configuration reference", () => {
    expect(Object.keys(generatedDocs()).sort()).toEqual([CONFIGURATION_DOC_PATH, CONFIG_SCHEMA_PATH].sort());
  });

  it("has an example config that validates", () => {
    const result = validateConfig(parse(EXAMPLE_CONFIG));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe("configJsonSchema", () => {
  const schema = configJsonSchema();

  it("is a draft 2020-12 schema with an id, title and description", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/^https:\/\/.*\/schema\/incidents\.schema\.json$/);
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });

  it("describes the input side: no option is required at the top level", () => {
    expect(schema.required ?? []).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("rejects unknown keys at every level and carries descriptions and defaults", () => {
    const text = JSON.stringify(schema);
    const objects: Record<string, unknown>[] = [];
    JSON.parse(text, (_key, value) => {
      if (value !== null && typeof value === "object" && value.type === "object") objects.push(value);
      return value;
    });
    expect(objects.length).toBeGreaterThanOrEqual(7);
    for (const object of objects) {
      // A map keyed by id (`oncall: { commander: … }`) has a schema for its values; every other object is closed.
      if (object.propertyNames !== undefined) expect(typeof object.additionalProperties).toBe("object");
      else expect(object.additionalProperties).toBe(false);
    }
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(props.timeZone).toMatchObject({ type: "string", default: "UTC" });
    expect(props.defaultSeverity?.default).toBe("SEV3");
    expect(props.severities?.default).toHaveLength(4);
    expect(text).not.toContain(String(Number.MAX_SAFE_INTEGER));
  });

  it("compiles as ECMAScript regular expressions with the u flag, as JSON Schema validators do", () => {
    const patterns: string[] = [];
    JSON.stringify(schema, (key, value) => {
      if (key === "pattern" && typeof value === "string") patterns.push(value);
      return value;
    });
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(() => new RegExp(pattern, "u")).not.toThrow();
  });
});

describe("configReferenceMarkdown", () => {
  const doc = configReferenceMarkdown();

  it("lists every option path with its default", () => {
    for (const path of [
      "severities[].updateCadenceMinutes",
      "severities[].flow[].auto",
      "roles[].multiple",
      "labels.statusPrefix",
      "commands.allow",
      "postmortem.directory",
      "board.timelineLimit",
      "timeZone",
      "_extends",
    ]) {
      expect(doc).toContain(`| \`${path}\` |`);
    }
    expect(doc).toContain('| `timeZone` | string | `"UTC"` |');
    expect(doc).toContain("| `commands.allow` |");
    expect(doc).toContain('`["OWNER", "MEMBER", "COLLABORATOR"]`');
  });

  it("has the built-in severities and roles tables", () => {
    expect(doc).toContain("## Built-in severity levels");
    expect(doc).toMatch(/\| `SEV1` \| `b60205` \| 30 min \| `commander`, `comms`, `scribe` \|/);
    expect(doc).toContain("## Built-in roles");
    expect(doc).toContain("| `responder` | `role:responder` | Responders | yes |");
  });
});

describe("configReferenceMarkdown: every option is described", () => {
  const reference = configReferenceMarkdown();
  const rows = reference
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => line.split(" | "));
  const optionRows = rows.filter((cells) => cells.length === 4);
  const row = (path: string) => optionRows.find((cells) => cells[0] === `| \`${path}\``);

  it("no option has the type `any`", () => {
    expect(optionRows.filter((cells) => cells[1] === "any").map((cells) => cells[0])).toEqual([]);
  });

  it("a mapping that says 'see its options' has options listed under it", () => {
    const paths = optionRows.map((cells) => (cells[0] ?? "").slice(3, -1));
    for (const cells of optionRows.filter((c) => c[2] === "(see its options)")) {
      const path = (cells[0] ?? "").slice(3, -1);
      expect(
        paths.some((p) => p.startsWith(`${path}.`)),
        path,
      ).toBe(true);
    }
  });

  it("oncall's rotation options, actionItems.dueDays's values and postmortem.index's two forms", () => {
    expect(row("oncall")?.[1]).toBe("mapping of names to mappings");
    for (const option of ["people", "handoff", "start", "timeZone", "overrides", "mentionOnly"]) {
      expect(row(`oncall.<role>.${option}`), option).toBeDefined();
    }
    expect(row("oncall.<role>.overrides[].person")).toBeDefined();
    expect(row("actionItems.dueDays")?.[1]).toBe("mapping of names to (integer, 1–365)");
    expect(row("postmortem.index")?.[1]).toBe("string, not empty; or `false`");
  });
});
