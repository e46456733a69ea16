/** Small readers for alert bodies: each names the field's path and what was found when it is wrong. */

export type Json = Readonly<Record<string, unknown>>;

export class BodyError extends Error {}

export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

export function object(value: unknown, path: string): Json {
  if (!isObject(value)) throw new BodyError(`${path} must be an object; found ${describe(value)}`);
  return value;
}

/** A required non-empty string (trimmed). */
export function text(value: unknown, path: string): string {
  if (typeof value !== "string" || value.trim() === "")
    throw new BodyError(`${path} must be a non-empty string; found ${describe(value)}`);
  return value.trim();
}

/** An optional string: absent, null or empty is null; numbers are taken as text. */
export function optionalText(value: unknown, path: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") throw new BodyError(`${path} must be a string; found ${describe(value)}`);
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** A map of strings (labels, annotations); absent is empty, a non-string value is an error. */
export function stringMap(value: unknown, path: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  const obj = object(value, path);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(obj)) {
    if (typeof v !== "string") throw new BodyError(`${path}.${key} must be a string; found ${describe(v)}`);
    out[key] = v;
  }
  return out;
}

export function status(value: unknown, path: string): "firing" | "resolved" {
  if (value === "firing" || value === "resolved") return value;
  throw new BodyError(`${path} must be "firing" or "resolved"; found ${describe(value)}`);
}

/** Runs a parser, turning its `BodyError` into a message (any other error is a bug and is thrown). */
export function attempt<T>(parse: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof BodyError) return { ok: false, message: error.message };
    throw error;
  }
}
