import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { getValidator } from "../../src/emulator/openapi-validator.js";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };

describe("OpenAPI fixture and validator", () => {
  test("the fixture holds exactly the operations listed in scripts/openapi-operations.json", async () => {
    const wanted = JSON.parse(readFileSync("scripts/openapi-operations.json", "utf8")) as string[];
    const { routes } = await getValidator();
    const present = routes.map((r) => `${r.method.toUpperCase()} ${r.template}`).sort();
    expect(present).toEqual([...wanted].sort());
  });

  test("routes Octokit-style requests to GitHub's operation ids", async () => {
    const v = await getValidator();
    expect(
      v.validateRequest({ method: "GET", path: "/repos/acme/web/issues/7/timeline?per_page=100&page=2" }),
    ).toEqual({
      operationId: "issues/list-events-for-timeline",
      params: { owner: "acme", repo: "web", issue_number: "7" },
    });
    // Comments routes must not be mistaken for /issues/{issue_number}.
    expect(v.match("PATCH", "/repos/acme/web/issues/comments/12")?.operationId).toBe("issues/update-comment");
    expect(v.match("DELETE", "/repos/acme/web/issues/3/labels/sev%2F1%20hot")?.params.name).toBe("sev/1 hot");
  });

  test("multi-segment {path} and {ref} match both encoded and literal slashes", async () => {
    const v = await getValidator();
    const encoded = v.validateRequest({
      method: "GET",
      path: "/repos/acme/web/contents/.github%2Fincident.yml?ref=main",
      headers: { accept: "application/vnd.github.v3.raw" },
    });
    const literal = v.validateRequest({
      method: "GET",
      path: "/repos/acme/web/contents/.github/incident.yml",
    });
    expect(encoded).toMatchObject({
      operationId: "repos/get-content",
      params: { path: ".github/incident.yml" },
    });
    expect(literal).toMatchObject({
      operationId: "repos/get-content",
      params: { path: ".github/incident.yml" },
    });
    expect(v.match("GET", "/repos/acme/web/git/ref/heads/postmortem/incident-4")?.params.ref).toBe(
      "heads/postmortem/incident-4",
    );
  });

  test("bodies are validated against GitHub's schemas", async () => {
    const v = await getValidator();
    const ok = v.validateRequest({
      method: "POST",
      path: "/repos/acme/web/labels",
      headers: JSON_HEADERS,
      body: { name: "SEV1", color: "b60205" },
    });
    expect(ok).toMatchObject({ operationId: "issues/create-label" });
    const bad = v.validateRequest({
      method: "POST",
      path: "/repos/acme/web/labels",
      headers: JSON_HEADERS,
      body: { name: 5 },
    });
    expect(bad).toMatchObject({
      operationId: "issues/create-label",
      error: expect.stringContaining("/requestBody/name"),
    });
    const badReaction = v.validateRequest({
      method: "POST",
      path: "/repos/acme/web/issues/comments/1/reactions",
      headers: JSON_HEADERS,
      body: { content: "thumbsup" },
    });
    expect(badReaction).toHaveProperty("error");
    const missing = v.validateRequest({
      method: "POST",
      path: "/repos/acme/web/issues",
      headers: JSON_HEADERS,
      body: {},
    });
    expect(missing).toMatchObject({ error: expect.stringContaining("title") });
  });

  test("unknown routes, unknown methods and malformed parameters are errors", async () => {
    const v = await getValidator();
    expect(v.validateRequest({ method: "GET", path: "/repos/acme/web/issues/1/events" })).toEqual({
      error: "unknown operation: GET /repos/acme/web/issues/1/events",
    });
    expect(v.validateRequest({ method: "DELETE", path: "/repos/acme/web/issues/1" })).toHaveProperty("error");
    expect(v.validateRequest({ method: "GET", path: "/repos/acme/web/issues/abc" })).toHaveProperty("error");
    expect(v.validateRequest({ method: "GET", path: "/repos/acme/web/issues?per_page=lots" })).toHaveProperty(
      "error",
    );
  });

  test("component schemas can check single objects", async () => {
    const v = await getValidator();
    expect(v.validateSchema("label", { id: 1 })).toMatch(/must have required property/);
    expect(v.validateSchema("no-such-schema", {})).toBe("unknown schema no-such-schema");
  });
});
