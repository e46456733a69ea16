import { createPrivateKey } from "node:crypto";

/** How the app reads a file (the private key's path): its text, or throws (ENOENT, EACCES…). */
export type ReadText = (path: string) => string;

export type KeyRead = { ok: true; pem: string } | { ok: false; problem: string };

/**
 * The GitHub App's private key from `PRIVATE_KEY` (the PEM itself, with real or `\n` line breaks,
 * or base64 of it, as Probot accepts it) or else `PRIVATE_KEY_PATH` (a file holding the PEM),
 * checked by parsing it: a problem names the variable and what is wrong, never the key itself.
 */
export function readPrivateKey(env: NodeJS.ProcessEnv, readText: ReadText): KeyRead {
  const inline = env.PRIVATE_KEY?.trim();
  if (inline) return parsed(normalized(inline), "PRIVATE_KEY");
  const path = env.PRIVATE_KEY_PATH?.trim();
  if (!path) return { ok: false, problem: "PRIVATE_KEY or PRIVATE_KEY_PATH must be set" };
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a directory" : (code ?? String(error));
    return {
      ok: false,
      problem: `PRIVATE_KEY_PATH must name a readable PEM file; found ${JSON.stringify(path)} (${why})`,
    };
  }
  return parsed(text, `PRIVATE_KEY_PATH (${path})`);
}

function parsed(pem: string, where: string): KeyRead {
  try {
    createPrivateKey(pem);
    return { ok: true, pem };
  } catch {
    const shape = pem.includes("-----BEGIN") ? "a PEM block that does not parse" : "no PEM block";
    return {
      ok: false,
      problem:
        `${where} must hold the GitHub App's private key (a PEM "-----BEGIN RSA PRIVATE KEY-----" …); ` +
        `found ${shape} (${pem.length} characters)`,
    };
  }
}

/** Base64 decoded, `\n` escapes made line breaks, a one-line PEM split into lines. */
function normalized(value: string): string {
  let text = value;
  if (!text.includes("-----") && Buffer.from(text, "base64").toString("base64") === text) {
    text = Buffer.from(text, "base64").toString("utf8");
  }
  text = text.replaceAll("\\n", "\n");
  if (text.includes("\n")) return text;
  const begin = text.indexOf("-----", text.indexOf("-----BEGIN") + 5);
  const end = text.lastIndexOf("-----END");
  if (begin === -1 || end === -1 || end < begin) return text;
  const body = text
    .slice(begin + 5, end)
    .split(" ")
    .filter((part) => part !== "");
  return `${text.slice(0, begin + 5)}\n${body.join("\n")}\n${text.slice(end)}\n`;
}
