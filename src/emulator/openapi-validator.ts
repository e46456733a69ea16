import { readFileSync } from "node:fs";
import { OpenAPIBackend, ValidationContext } from "openapi-backend";

/**
 * Checks requests against the slice of GitHub's published REST OpenAPI description in
 * schema/github-openapi.json (see scripts/extract-openapi.mjs). Routing is done here rather than
 * by openapi-backend because GitHub's `{path}` and `{ref}` parameters (`x-multi-segment`) span several
 * path segments, which openapi-backend's router cannot match.
 */

const FIXTURE = new URL("../../schema/github-openapi.json", import.meta.url);

export type Query = Record<string, string | string[]>;
export type Headers = Record<string, string | string[] | undefined>;

export interface RequestLike {
  method: string;
  /** The path as sent (percent-encoded), optionally with a query string. */
  path: string;
  query?: Query;
  headers?: Headers;
  body?: unknown;
}

export type ValidationResult =
  | { operationId: string; params: Record<string, string> }
  | { error: string; operationId?: string };

interface Route {
  method: string;
  template: string;
  operationId: string;
  /** One entry per template segment: literal text, or a parameter (multi = spans ≥1 segments). */
  segments: Array<{ literal: string } | { param: string; multi: boolean }>;
}

interface RawOperation {
  operationId: string;
  parameters?: Array<{ $ref?: string; name?: string; in?: string; "x-multi-segment"?: boolean }>;
}

type Definition = {
  paths: Record<string, Record<string, RawOperation>>;
  components: { parameters?: Record<string, { name: string; in: string; "x-multi-segment"?: boolean }> };
};

export class OpenApiValidator {
  readonly routes: Route[];

  constructor(
    private readonly api: OpenAPIBackend,
    definition: Definition,
  ) {
    this.routes = buildRoutes(definition);
  }

  /** The operation a method + path is, with decoded path parameters; null when GitHub has no such route. */
  match(method: string, rawPath: string): { operationId: string; params: Record<string, string> } | null {
    const path = rawPath.split("?")[0] ?? "";
    const parts = path.split("/").slice(1);
    for (const route of this.routes) {
      if (route.method !== method.toLowerCase()) continue;
      const params = matchSegments(route.segments, parts);
      if (params) return { operationId: route.operationId, params };
    }
    return null;
  }

  validateRequest(req: RequestLike): ValidationResult {
    const [pathOnly, queryString] = req.path.split("?", 2);
    const matched = this.match(req.method, pathOnly ?? "");
    if (!matched) return { error: `unknown operation: ${req.method.toUpperCase()} ${pathOnly}` };
    const route = this.routes.find((r) => r.operationId === matched.operationId)!;
    // Re-encode every parameter as a single segment so openapi-backend can parse it.
    const normalized = route.template
      .split("/")
      .map((segment) =>
        segment.startsWith("{") && segment.endsWith("}")
          ? encodeURIComponent(matched.params[segment.slice(1, -1)] ?? "")
          : segment,
      )
      .join("/");
    const query = req.query ?? Object.fromEntries(new URLSearchParams(queryString ?? ""));
    const result = this.api.validateRequest(
      {
        method: req.method.toLowerCase(),
        path: normalized,
        query,
        headers: stringHeaders(req.headers ?? {}),
        body: req.body as object,
      },
      matched.operationId,
    );
    if (result.valid) return matched;
    const errors = (result.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
    return { operationId: matched.operationId, error: `${matched.operationId}: ${errors.join("; ")}` };
  }

  /** Checks a response body against the operation's documented 2xx schema; null when it conforms. */
  validateResponse(operationId: string, status: number, body: unknown): string | null {
    const result = this.api.validateResponse(body, operationId, status);
    if (result.valid) return null;
    const errors = (result.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message}`);
    return `${operationId} ${status} response: ${errors.join("; ")}`;
  }

  /** Checks a value against one of the fixture's component schemas (e.g. "labeled-issue-event"). */
  validateSchema(name: string, value: unknown): string | null {
    const schema = (this.api.definition.components?.schemas as Record<string, object> | undefined)?.[name];
    if (!schema) return `unknown schema ${name}`;
    let validate = this.schemaCache.get(name);
    if (!validate) {
      const ajv = this.api.validator.getAjv(ValidationContext.Response);
      validate = ajv.compile(schema);
      this.schemaCache.set(name, validate);
    }
    if (validate(value)) return null;
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message}`);
    return `${name}: ${errors.join("; ")}`;
  }

  private readonly schemaCache = new Map<
    string,
    ((v: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null }
  >();
}

function stringHeaders(headers: Headers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = v;
  return out;
}

function matchSegments(segments: Route["segments"], parts: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  let i = 0;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    if ("literal" in seg) {
      if (parts[i] !== seg.literal) return null;
      i++;
      continue;
    }
    // A multi-segment parameter takes everything up to the remaining literal segments.
    const rest = segments.length - s - 1;
    const take = seg.multi ? parts.length - i - rest : 1;
    if (take < 1 || i + take > parts.length) return null;
    const value = parts.slice(i, i + take).map(safeDecode);
    if (value.some((v) => v === null || v === "")) return null;
    params[seg.param] = value.join("/");
    i += take;
  }
  return i === parts.length ? params : null;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function buildRoutes(definition: Definition): Route[] {
  const routes: Route[] = [];
  for (const [template, methods] of Object.entries(definition.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const multi = new Set<string>();
      for (const p of op.parameters ?? []) {
        const param = p.$ref ? definition.components.parameters?.[p.$ref.split("/").pop() ?? ""] : p;
        if (param?.in === "path" && param["x-multi-segment"] && param.name) multi.add(param.name);
      }
      const segments = template
        .split("/")
        .slice(1)
        .map((part) => {
          const m = /^\{([^}]+)\}$/.exec(part);
          return m?.[1] ? { param: m[1], multi: multi.has(m[1]) } : { literal: part };
        });
      routes.push({ method, template, operationId: op.operationId, segments });
    }
  }
  // Literal-heavy routes first, so /issues/comments/{id} wins over /issues/{issue_number}/…
  const literals = (r: Route) => r.segments.filter((s) => "literal" in s).length;
  return routes.sort((a, b) => literals(b) - literals(a) || b.segments.length - a.segments.length);
}

/** Format checkers for the formats GitHub's description uses (unknown ones are accepted). */
const FORMATS: Record<string, RegExp | true> = {
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  email: /^[^\s@]+@[^\s@]+$/,
  int64: true,
  "repo.nwo": true,
  uuid: true,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

let loading: Promise<OpenApiValidator> | undefined;

/**
 * The shared validator (built once per process). The definition itself is checked against the OpenAPI
 * 3.0 schema at load; per-operation validators compile lazily (compiling all up front costs ~3 s).
 */
export function getValidator(): Promise<OpenApiValidator> {
  loading ??= (async () => {
    const definition = JSON.parse(readFileSync(FIXTURE, "utf8")) as Definition;
    const api = new OpenAPIBackend({
      definition: structuredClone(definition) as never,
      strict: true,
      quick: true,
      validate: true,
      coerceTypes: true,
      ajvOpts: { logger: false },
      customizeAjv: (ajv) => {
        for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, check);
        return ajv;
      },
    });
    await api.loadDocument();
    api.validateDefinition();
    await api.init();
    return new OpenApiValidator(api, definition);
  })();
  return loading;
}

/** Convenience for one-off checks: `await validateRequest({ method: "GET", path: "/app" })`. */
export async function validateRequest(req: RequestLike): Promise<ValidationResult> {
  return (await getValidator()).validateRequest(req);
}
