import { createHash } from "node:crypto";

/** Git-like object ids for the emulator's commits and blobs. */

/** Git's blob sha for a file's content. */
export function blobSha(content: string): string {
  const buf = Buffer.from(content, "utf8");
  return createHash("sha1")
    .update(Buffer.concat([Buffer.from(`blob ${buf.length}\0`), buf]))
    .digest("hex");
}

let commitCounter = 0;
/** A unique, plausible commit sha. */
export function commitSha(message: string, files: Map<string, string>): string {
  commitCounter++;
  const tree = [...files].map(([p, c]) => `${p}:${blobSha(c)}`).join("\n");
  return createHash("sha1").update(`${commitCounter}\n${message}\n${tree}`).digest("hex");
}
