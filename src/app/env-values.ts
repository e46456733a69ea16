/**
 * Readers of one environment variable each, for `src/app/env.ts`: a value, or a problem that names
 * the variable and quotes what was found. An unset or blank variable takes its default.
 */

export type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (name: string, wanted: string, found: string): Read<never> => ({
  ok: false,
  problem: `${name} must be ${wanted}; found ${JSON.stringify(found)}`,
});

/** The variable's value, or `undefined` when it is unset or only blanks. */
export function given(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === "" ? undefined : raw.trim();
}

const isDigits = (text: string): boolean => {
  if (text.length === 0) return false;
  for (const ch of text) if (ch < "0" || ch > "9") return false;
  return true;
};

/** A whole number from `min` to `max` written in digits. */
export function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): Read<number> {
  const raw = given(env, name);
  if (raw === undefined) return ok(fallback);
  const n = Number(raw);
  if (isDigits(raw) && n >= min && n <= max) return ok(n);
  const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
  return bad(name, `a whole number ${range}`, env[name] ?? "");
}

/** A decimal number, 0 or more (more than 0 with `positive`); `fallback` when unset. */
export function amount<F extends number | undefined>(
  env: NodeJS.ProcessEnv,
  name: string,
  unit: string,
  fallback: F,
  positive = false,
): Read<number | F> {
  const raw = given(env, name);
  if (raw === undefined) return ok(fallback);
  const n = Number(raw);
  const decimal = isDecimal(raw);
  if (decimal && Number.isFinite(n) && (positive ? n > 0 : n >= 0)) return ok(n);
  return bad(name, `a number of ${unit}, ${positive ? "more than 0" : "0 or more"}`, env[name] ?? "");
}

/** Digits with at most one decimal point (no sign, exponent, hex or `Infinity`). */
function isDecimal(text: string): boolean {
  const dot = text.indexOf(".");
  if (dot === -1) return isDigits(text);
  const whole = text.slice(0, dot);
  const fraction = text.slice(dot + 1);
  return (whole === "" || isDigits(whole)) && isDigits(fraction);
}

/** A comma-separated list of whole milliseconds, 0 or more each. */
export function millisecondsList(env: NodeJS.ProcessEnv, name: string, fallback: number[]): Read<number[]> {
  const raw = given(env, name);
  if (raw === undefined) return ok(fallback);
  const parts = raw.split(",").map((part) => part.trim());
  if (parts.every(isDigits)) return ok(parts.map(Number));
  return bad(name, "whole numbers of milliseconds separated by commas (like 2000,10000,30000)", raw);
}

const ON = ["on", "true", "1", "yes"];
const OFF = ["off", "false", "0", "no"];

/** A switch: `on`, `true`, `1`, `yes` or `off`, `false`, `0`, `no` (any case). */
export function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): Read<boolean> {
  const raw = given(env, name);
  if (raw === undefined) return ok(fallback);
  const word = raw.toLowerCase();
  if (ON.includes(word)) return ok(true);
  if (OFF.includes(word)) return ok(false);
  return bad(name, `one of ${[...ON, ...OFF].join(", ")}`, env[name] ?? "");
}

/** One of `choices` (exactly as written). */
export function oneOf<const C extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  choices: readonly C[],
  fallback: C,
): Read<C> {
  const raw = given(env, name);
  if (raw === undefined) return ok(fallback);
  const found = choices.find((choice) => choice === raw);
  return found === undefined ? bad(name, `one of ${choices.join(", ")}`, env[name] ?? "") : ok(found);
}

/** An absolute URL whose scheme is one of `schemes` (like `https:`). */
export function url(
  env: NodeJS.ProcessEnv,
  name: string,
  schemes: readonly string[],
): Read<string | undefined> {
  const raw = given(env, name);
  if (raw === undefined) return ok(undefined);
  const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
  if (parsed !== undefined && schemes.includes(parsed.protocol)) return ok(raw);
  const names = schemes.map((s) => s.slice(0, -1)).join(" or ");
  return bad(name, `an absolute ${names} URL`, env[name] ?? "");
}

/** A URL path: starts with `/`, no spaces, query or fragment. */
export function urlPath(env: NodeJS.ProcessEnv, name: string, fallback: string): Read<string> {
  const raw = given(env, name);
  if (raw === undefined) return ok(fallback);
  const clean = raw.startsWith("/") && ![" ", "?", "#"].some((ch) => raw.includes(ch));
  return clean ? ok(raw) : bad(name, "a path starting with / (no spaces, ? or #)", env[name] ?? "");
}

/** A host name (or address), with an optional port: no scheme, path or spaces. */
export function hostName(env: NodeJS.ProcessEnv, name: string): Read<string | undefined> {
  const raw = given(env, name);
  if (raw === undefined) return ok(undefined);
  const clean = ![" ", "/", "?", "#", "@"].some((ch) => raw.includes(ch)) && URL.canParse(`https://${raw}`);
  return clean ? ok(raw) : bad(name, "a host name without scheme or path (like github.example.com)", raw);
}
