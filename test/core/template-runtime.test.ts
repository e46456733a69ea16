// Built-in templates are precompiled and run on `handlebars/runtime`; the full compiler is loaded
// only for a repository's own template. (Each test file runs in its own process, so the module
// state below starts fresh.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderBoard } from "../../src/core/board/render.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { renderPostmortem } from "../../src/core/postmortem/render.js";
import { compileTemplate, TemplateError } from "../../src/core/render/handlebars.js";
import { compilerLoaded } from "../../src/core/render/load-compiler.js";
import { BUILT_IN_TEMPLATES } from "../../src/core/templates.generated.js";
import { builtInTemplate } from "../../src/handlers/templates.js";
import { incidentState, mitigatedIncidentState } from "../helpers/state-fixture.js";

const root = join(import.meta.dirname, "..", "..");
const NOW = new Date("2026-11-21T12:00:00Z");
const config = defaultConfig();

describe("built-in templates", () => {
  it("render without loading the Handlebars compiler", () => {
    expect(Object.keys(BUILT_IN_TEMPLATES).sort()).toEqual(["postmortem.md.hbs", "status-board.md.hbs"]);
    renderBoard(incidentState(), config, builtInTemplate("status-board.md.hbs"));
    renderPostmortem(mitigatedIncidentState(), config, NOW);
    expect(compilerLoaded()).toBe(false);
  });

  it("render exactly what the full compiler makes of templates/*.hbs", () => {
    for (const state of [incidentState(), mitigatedIncidentState()]) {
      const source = readFileSync(join(root, "templates", "status-board.md.hbs"), "utf8");
      const compiled = compileTemplate("status-board.md.hbs", source);
      expect(renderBoard(state, config, builtInTemplate("status-board.md.hbs"))).toBe(
        renderBoard(state, config, compiled),
      );
      const postmortem = readFileSync(join(root, "templates", "postmortem.md.hbs"), "utf8");
      expect(renderPostmortem(state, config, NOW)).toBe(renderPostmortem(state, config, NOW, postmortem));
    }
    expect(compilerLoaded()).toBe(true);
  });
});

describe("a repository's own template", () => {
  it("is compiled with the same options and helpers: no HTML escaping, eq and join", () => {
    const template = compileTemplate(
      ".github/board.md.hbs",
      "{{text}} {{#if (eq level 'SEV1')}}all hands{{/if}} {{join people ' & '}}",
    );
    expect(template({ text: "<b>&'\"", level: "SEV1", people: ["a", "b"] })).toBe("<b>&'\" all hands a & b");
  });

  it("cannot reach prototype properties, and fails with its name", () => {
    expect(compileTemplate("t", "[{{constructor.name}}]")({})).toBe("[]");
    expect(() => compileTemplate(".github/board.md.hbs", "{{#each x}}")).toThrow(TemplateError);
    expect(() => compileTemplate(".github/board.md.hbs", "{{#each x}}")).toThrow(
      /^template \.github\/board\.md\.hbs: /,
    );
  });
});
