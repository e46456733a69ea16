import { describe, expect, it } from "vitest";
import { fenceFor, splitText } from "../../src/core/postmortem/code-fence.js";
import {
  POSTMORTEM_FAILED_MARKER,
  postmortemFailureComments,
  postmortemPrBody,
  postmortemPrTitle,
} from "../../src/core/postmortem/pull-request.js";
import { postmortemMarker, readPostmortemMarker } from "../../src/core/state/markers.js";
import { getValidator } from "../../src/emulator/openapi-validator.js";
import { httpError } from "../helpers/fake-postmortem-ports.js";
import { incidentState } from "../helpers/state-fixture.js";

const NOW = new Date("2026-03-10T15:30:05Z");
const PATH = "docs/postmortems/2026-03-10-42-checkout-api-returning-500s.md";

describe("postmortem PR", () => {
  it("titles it `Postmortem: <title> (#n)` on one line, at most 256 characters", () => {
    expect(postmortemPrTitle(incidentState())).toBe("Postmortem: Checkout API returning 500s (#42)");
    expect(postmortemPrTitle(incidentState({ title: "DB\n  down\r\n\tagain\u0000" }))).toBe(
      "Postmortem: DB down again (#42)",
    );
    const long = postmortemPrTitle(incidentState({ title: "🔥 x".repeat(200) }));
    expect(long.length).toBeLessThanOrEqual(256);
    expect(long).toMatch(/… \(#42\)$/);
  });

  it("links the incident with its key figures, without notifying anyone", () => {
    const body = postmortemPrBody(incidentState(), PATH, NOW);
    expect(body).toContain("#42");
    expect(body).toContain("| **Severity** | SEV2 |");
    expect(body).toContain("| **Duration** | 1 h 40 min |");
    expect(body).toContain("| **Time to mitigate** | 52 min |");
    expect(body).toContain("| **Follow-ups** | 1 |");
    expect(body).toContain("@\u2060alice");
    expect(body).not.toMatch(/@[A-Za-z0-9]/);
  });

  it("sends a PR-create request GitHub's OpenAPI description accepts", async () => {
    const validator = await getValidator();
    const body = {
      title: postmortemPrTitle(incidentState()),
      body: postmortemPrBody(incidentState(), PATH, NOW),
      head: "postmortem/incident-42",
      base: "main",
      draft: false,
    };
    const result = validator.validateRequest({ method: "POST", path: "/repos/acme/shop/pulls", body });
    expect(result).toEqual({ operationId: "pulls/create", params: { owner: "acme", repo: "shop" } });
  });
});

describe("issue comments", () => {
  const failure = (document: string, status = 403) => ({
    issue: 42,
    step: "committing the file",
    error: httpError(status, "Resource not accessible by integration"),
    branch: "postmortem/incident-42",
    path: PATH,
    document,
  });

  /** The text of each fenced part, joined back. */
  function attached(comments: string[], fence: string): string {
    return comments
      .map((c) => {
        const start = c.indexOf(`${fence}markdown\n`) + fence.length + "markdown\n".length;
        return `${c.slice(start, c.indexOf(`\n${fence}\n`, start))}\n`;
      })
      .join("");
  }

  it("the failure comment says what failed and what to do, and carries the document intact", () => {
    const document = "# Doc\n\n```js\nx\n```\n\n````````\nrun of eight\n\n~~~\n| a | b |\n";
    const [comment, ...more] = postmortemFailureComments(failure(document));
    expect(more).toEqual([]);
    expect(comment!.startsWith(POSTMORTEM_FAILED_MARKER)).toBe(true);
    expect(comment).toContain(
      "Failed while committing the file: 403 Resource not accessible by integration.",
    );
    expect(comment).toContain("`contents: write` and `pull-requests: write`");
    expect(comment).toContain("open it by hand");
    expect(comment).toContain("<details>");
    expect(fenceFor(document)).toBe("`".repeat(9));
    expect(attached([comment!], "`".repeat(9))).toBe(document);
    expect(readPostmortemMarker(comment!)).toBeNull();
  });

  it("a temporary failure suggests trying again", () => {
    const [comment] = postmortemFailureComments(failure("# Doc\n", 502));
    expect(comment).toContain("This may be temporary");
  });

  it("keeps markers inside an attached document inert", () => {
    const document = `x\n${postmortemMarker(1, "https://evil.test")}\n`;
    const [comment] = postmortemFailureComments(failure(document));
    expect(readPostmortemMarker(comment!)).toBeNull();
  });

  it("splits a document too long for one comment over several, losing nothing", () => {
    const line = (i: number) => `| ${i} | ${"event text ".repeat(20)}| @carol |\n`;
    const document = Array.from({ length: 1500 }, (_, i) => line(i)).join("");
    const comments = postmortemFailureComments(failure(document));
    expect(comments.length).toBeGreaterThan(1);
    for (const c of comments) expect(c.length).toBeLessThanOrEqual(65_536);
    expect(attached(comments, "```")).toBe(document);
  });

  it("splitText keeps text whole across parts", () => {
    const text = `${"a".repeat(25)}\n${"🔥".repeat(30)}\nend\n`;
    const parts = splitText(text, 20);
    expect(parts.join("")).toBe(text);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(20);
    for (const p of parts) expect(p).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});
