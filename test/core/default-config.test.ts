// The built-in configuration is generated from the schema (scripts/gen-default-config.mjs) so that
// a repository without a config file loads no zod: it must be exactly what the schema resolves.
import { describe, expect, it } from "vitest";
import { builtInConfig } from "../../src/core/config/default-config.generated.js";
import { defaultConfig, validateConfig } from "../../src/core/config/validate.js";
import { createConfigLoader } from "../../src/github/load-config.js";

const notFound = () => Object.assign(new Error("Not Found"), { status: 404 });

describe("the generated built-in configuration", () => {
  it("is what the schema resolves for an empty file, property for property", () => {
    const fromSchema = validateConfig({});
    expect(fromSchema.ok).toBe(true);
    expect(builtInConfig()).toStrictEqual(fromSchema.ok ? fromSchema.config : undefined);
    expect(builtInConfig()).toStrictEqual(defaultConfig());
  });

  it("is a fresh copy on each call", () => {
    const a = builtInConfig();
    a.severities[0]!.notify.push("@someone");
    expect(builtInConfig().severities[0]!.notify).toEqual([]);
  });

  it("is what the loader gives a repository without a config file", async () => {
    const request = Object.assign(async () => Promise.reject(notFound()), {
      endpoint: (options: { url: string }) => ({ url: options.url }),
    });
    const octokit = { request };
    const load = createConfigLoader(
      octokit as never,
      { owner: "acme", repo: "web" },
      ".github/incidents.yml",
    );
    expect(await load()).toStrictEqual({ ok: true, config: defaultConfig() });
  });
});
