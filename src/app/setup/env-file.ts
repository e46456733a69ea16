import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * A value as `.env` holds it for Node's loader (`process.loadEnvFile`): bare when it can be;
 * double-quoted with newlines as `\n` (PEM keys); single-quoted (read literally) when it holds a
 * double quote. Node's format has no escape for a quote, so a value with both kinds is refused.
 */
function quoted(key: string, value: string): string {
  if (/^[\w.:/@+=,-]*$/.test(value)) return value;
  if (!value.includes('"')) return `"${value.replace(/\r?\n/g, "\\n")}"`;
  if (!value.includes("'") && !/[\r\n]/.test(value)) return `'${value}'`;
  throw new Error(`${key} cannot be written to .env: it holds both kinds of quote or a quote and a newline`);
}

/** `.env` holds the app's private key and secrets: readable and writable by its owner only. */
export const ENV_FILE_MODE = 0o600;

/**
 * Sets variables in a `.env` file (created if missing): a line `KEY=…` already there is replaced,
 * others are appended; comments and other variables are kept. Also sets them in `env`. The file is
 * made 0600 before it is written (a copy of `.env.example` is often 0644) and again after, so a
 * secret is never written into a file others can read.
 */
export function updateEnvFile(
  path: string,
  values: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const lines = existsSync(path) ? readFileSync(path, "utf8").split(/\r?\n/) : [];
  if (lines.at(-1) === "") lines.pop();
  for (const [key, value] of Object.entries(values)) {
    const line = `${key}=${quoted(key, value)}`;
    const at = lines.findIndex((l) => new RegExp(`^\\s*(export\\s+)?${key}\\s*=`).test(l));
    if (at >= 0) lines[at] = line;
    else lines.push(line);
    env[key] = value;
  }
  if (existsSync(path)) chmodSync(path, ENV_FILE_MODE);
  writeFileSync(path, `${lines.join("\n")}\n`, { mode: ENV_FILE_MODE });
  chmodSync(path, ENV_FILE_MODE);
}
