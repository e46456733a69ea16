#!/usr/bin/env node
// Extracts the schemas of the webhook events/actions the emulator builds or the app handles from
// GitHub's webhooks OpenAPI description (`@octokit/openapi-webhooks`, installed into a temporary
// directory for the run, never a dependency) into schema/github-webhooks.json: one JSON Schema
// (2020-12, as OpenAPI 3.1 uses) per "event.action", the components they reference under `$defs`.
//
//   node scripts/extract-webhook-schemas.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { installedSpec } from "./installed-spec.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outFile = join(root, "schema", "github-webhooks.json");

/** "event.action" the emulator builds or the app handles. */
const WANTED = [
  "deployment_protection_rule.requested",
  "issues.opened",
  "issues.edited",
  "issues.closed",
  "issues.reopened",
  "issues.labeled",
  "issues.unlabeled",
  "issues.assigned",
  "issues.unassigned",
  "issues.typed",
  "issues.untyped",
  "issue_comment.created",
  "issue_comment.edited",
  "issue_comment.deleted",
  "pull_request.opened",
  "pull_request.closed",
  "installation.created",
  "installation_repositories.added",
];

const DOC_KEYS = new Set(["description", "summary", "example", "examples", "externalDocs", "title"]);

/** Drops documentation keys (not property names) and points `$ref`s at `$defs`. */
function clean(node, inPropertiesMap = false) {
  if (Array.isArray(node)) return node.map((item) => clean(item));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inPropertiesMap && (DOC_KEYS.has(key) || key.startsWith("x-"))) continue;
    if (!inPropertiesMap && key === "$ref" && typeof value === "string") {
      if (!value.startsWith("#/components/schemas/")) throw new Error(`unsupported $ref ${value}`);
      out.$ref = `#/$defs/${value.slice("#/components/schemas/".length)}`;
      continue;
    }
    out[key] = clean(value, !inPropertiesMap && key === "properties");
  }
  return out;
}

function collectRefs(node, refs) {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, refs);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") refs.add(value.slice("#/$defs/".length));
      else collectRefs(value, refs);
    }
  }
}

function extract(spec) {
  const webhooks = {};
  const missing = [];
  for (const entry of WANTED) {
    const key = entry.replace(".", "-").replaceAll("_", "-");
    const schema = spec.webhooks[key]?.post?.requestBody?.content?.["application/json"]?.schema;
    if (!schema) missing.push(entry);
    else webhooks[entry] = clean(schema);
  }
  if (missing.length) throw new Error(`webhooks not in the description: ${missing.join(", ")}`);
  const $defs = {};
  const queue = new Set();
  collectRefs(webhooks, queue);
  while (queue.size) {
    const [name] = queue;
    queue.delete(name);
    if (name in $defs) continue;
    const value = spec.components.schemas[name];
    if (!value) throw new Error(`dangling $ref ${name}`);
    $defs[name] = clean(value);
    const nested = new Set();
    collectRefs($defs[name], nested);
    for (const n of nested) if (!(n in $defs)) queue.add(n);
  }
  return { webhooks, $defs };
}

const { spec, version } = installedSpec("@octokit/openapi-webhooks");
const out = {
  source: `@octokit/openapi-webhooks ${version} generated/api.github.com.json`,
  ...extract(spec),
};
const text = `${JSON.stringify(out)}\n`;
writeFileSync(outFile, text);
console.log(
  `wrote ${outFile}: ${Object.keys(out.webhooks).length} webhooks, ${Object.keys(out.$defs).length} schemas, ${(text.length / 1024).toFixed(0)} KiB`,
);
