import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Probot } from "probot";
import { describe, expect, it } from "vitest";
import { PRIVATE_KEY } from "./probot-harness.js";

const root = join(import.meta.dirname, "../..");

describe("the package entry", () => {
  it("exports['.'] is built JavaScript whose default export is the Probot app function", async () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.exports["."].default).toBe("./lib/index.js");
    // lib/ is built once for the whole run by test/global-setup.ts, as `npm start` builds it.
    // Self-reference by package name resolves through `exports`, as `probot run` or an embedder would.
    // (A variable specifier: lib/ exists only once built, so the typecheck must not resolve it.)
    const name: string = pkg.name;
    const entry = (await import(name)) as { default: unknown };
    expect(typeof entry.default).toBe("function");
    const probot = new Probot({ appId: 1, privateKey: PRIVATE_KEY, logLevel: "fatal" });
    await probot.load(entry.default as Parameters<Probot["load"]>[0]);
  });
});
