// vitest.config.ts drops only Vite's warning about dependencies' sourcemaps naming missing sources.
import { describe, expect, it } from "vitest";
import { isDependencySourcemapWarning } from "../../vitest.config.js";

describe("isDependencySourcemapWarning", () => {
  it("is Vite's warning for a file under node_modules", () => {
    expect(
      isDependencySourcemapWarning(
        'Sourcemap for "/work/x/node_modules/@actions/workflow-parser/dist/model/type-guards.js" points to missing source files',
      ),
    ).toBe(true);
  });

  it("keeps the same warning for the project's own files, and every other warning", () => {
    expect(
      isDependencySourcemapWarning('Sourcemap for "/work/x/src/start.ts" points to missing source files'),
    ).toBe(false);
    expect(isDependencySourcemapWarning('Failed to load source map for "/work/x/node_modules/a.js"')).toBe(
      false,
    );
    expect(isDependencySourcemapWarning("The above dynamic import cannot be analyzed by Vite.")).toBe(false);
  });
});
