#!/usr/bin/env node
// Extracts the slice of GitHub's REST OpenAPI description the tests need into
// schema/github-openapi.json. `@octokit/openapi` is ~385 MB, so it is installed into a
// temporary directory for the run instead of being a dependency.
//
//   node scripts/extract-openapi.mjs                # installs @octokit/openapi@latest
//   node scripts/extract-openapi.mjs --from <file>  # uses an already downloaded api.github.com.json
//
// Operations are listed in scripts/openapi-operations.json as "METHOD /path"; add one and re-run.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { installedSpec } from "./installed-spec.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const operationsFile = join(root, "scripts", "openapi-operations.json");
const outFile = join(root, "schema", "github-openapi.json");

/** Keys that only document; dropped everywhere except as property names inside `properties`. */
const DOC_KEYS = new Set([
  "description",
  "summary",
  "example",
  "examples",
  "externalDocs",
  "tags",
  "title",
  "x-github",
  "x-octokit",
  "x-github-breaking-changes",
  "deprecated",
]);

function loadSpec() {
  const fromIndex = process.argv.indexOf("--from");
  if (fromIndex > 0) {
    const file = process.argv[fromIndex + 1];
    if (!file) throw new Error("--from needs a file");
    // A file inside an installed @octokit/openapi (…/generated/api.github.com.json) has its version.
    let version = "local file";
    try {
      version = JSON.parse(readFileSync(join(dirname(file), "..", "package.json"), "utf8")).version;
    } catch {}
    return { spec: JSON.parse(readFileSync(file, "utf8")), version };
  }
  return installedSpec("@octokit/openapi");
}

/**
 * Removes documentation, rewrites `nullable` without `type` (openapi-backend's ajv rejects it) as
 * "X or null", and adds `null` to nullable enums.
 */
function clean(node, inPropertiesMap = false) {
  if (Array.isArray(node)) return node.map((item) => clean(item));
  if (node === null || typeof node !== "object") return node;
  if (!inPropertiesMap && isUserOrEnterprise(node.allOf)) {
    // GitHub's description inlines `GET /app/installations`' account as "Simple User AND Enterprise",
    // where the `installation` component says "Simple User OR Enterprise" (an account is one of them).
    const { allOf, ...rest } = node;
    node = { ...rest, anyOf: allOf };
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inPropertiesMap && DOC_KEYS.has(key)) continue;
    out[key] = clean(value, !inPropertiesMap && (key === "properties" || key === "patternProperties"));
  }
  if (!inPropertiesMap && out.nullable === true && out.type === undefined) {
    // `{ nullable, allOf: [X] }` → "X or null", expressed in OpenAPI 3.0 terms ajv accepts.
    delete out.nullable;
    return { anyOf: [out, { type: "string", nullable: true, enum: [null] }] };
  }
  if (!inPropertiesMap && out.nullable !== undefined && out.type === undefined) delete out.nullable;
  // GitHub sends null for nullable enums (e.g. issue.state_reason); ajv needs null listed explicitly.
  if (!inPropertiesMap && out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) {
    out.enum = [...out.enum, null];
  }
  return out;
}

function isUserOrEnterprise(allOf) {
  return (
    Array.isArray(allOf) &&
    allOf.length === 2 &&
    allOf[0]?.title === "Simple User" &&
    allOf[1]?.title === "Enterprise"
  );
}

/** The 2xx JSON responses only (the tests can validate the emulator's answers against them). */
function keepResponses(responses) {
  const out = {};
  for (const [status, response] of Object.entries(responses ?? {})) {
    if (!/^2\d\d$/.test(status)) continue;
    const json = response.content?.["application/json"];
    out[status] = { description: "" };
    if (json?.schema) out[status].content = { "application/json": { schema: clean(json.schema) } };
  }
  if (Object.keys(out).length === 0) out.default = { description: "" };
  return out;
}

function collectRefs(node, refs) {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, refs);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") refs.add(value);
      else collectRefs(value, refs);
    }
  }
}

function resolvePointer(spec, ref) {
  if (!ref.startsWith("#/")) throw new Error(`external $ref not supported: ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((node, part) => {
      if (node?.[part] === undefined) throw new Error(`dangling $ref ${ref}`);
      return node[part];
    }, spec);
}

function extract(spec, wanted) {
  const paths = {};
  const missing = [];
  for (const entry of wanted) {
    const [method, path] = entry.split(" ");
    const op = spec.paths[path]?.[method.toLowerCase()];
    if (!method || !path || !op) {
      missing.push(entry);
      continue;
    }
    const { operationId, parameters, requestBody } = op;
    paths[path] ??= {};
    paths[path][method.toLowerCase()] = {
      ...clean({
        operationId,
        ...(parameters ? { parameters } : {}),
        ...(requestBody ? { requestBody } : {}),
      }),
      responses: keepResponses(op.responses),
    };
  }
  if (missing.length) throw new Error(`operations not in the spec: ${missing.join(", ")}`);

  const components = {};
  const seen = new Set();
  const queue = new Set();
  collectRefs(paths, queue);
  while (queue.size) {
    const [ref] = queue;
    queue.delete(ref);
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [, , section, name] = ref.split("/");
    const value = clean(resolvePointer(spec, ref));
    components[section] ??= {};
    components[section][name] = value;
    const nested = new Set();
    collectRefs(value, nested);
    for (const r of nested) if (!seen.has(r)) queue.add(r);
  }
  return {
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    paths,
    components,
  };
}

const wanted = JSON.parse(readFileSync(operationsFile, "utf8"));
const { spec, version } = loadSpec();
const out = extract(spec, wanted);
out.info["x-source"] = `@octokit/openapi ${version} generated/api.github.com.json`;
const text = `${JSON.stringify(out)}\n`;
writeFileSync(outFile, text);
const count = Object.values(out.paths).reduce((n, p) => n + Object.keys(p).length, 0);
const schemas = Object.keys(out.components.schemas ?? {}).length;
console.log(
  `wrote ${outFile}: ${count} operations, ${schemas} schemas, ${(text.length / 1024).toFixed(0)} KiB`,
);
