// The Action's message when GitHub cannot be reached: the request Octokit really made (its own
// RequestError, over a refused loopback connection), described and written as the runner reads it.
// The config file's path reads as the path, not `%2F` escaped again by the workflow command (`%252F`).
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { octokitFor } from "../../src/action/client.js";
import { describeError, readableUrl } from "../../src/action/describe-error.js";
import { runnerHost } from "../../src/action/runner.js";

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

describe("the Action's connection error", () => {
  it("names the file's path once, readable, in the runner's ::error:: line", async () => {
    const api = `http://127.0.0.1:${await closedPort()}`;
    const octokit = octokitFor("token", { GITHUB_API_URL: api });
    const error = await octokit
      .request("GET /repos/{owner}/{repo}/contents/{path}", {
        owner: "acme",
        repo: "web",
        path: ".github/incidents.yml",
        request: { retries: 0 },
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((error as { request?: { url?: string } }).request?.url).toContain(".github%2Fincidents.yml");
    const lines: string[] = [];
    runnerHost({}, (text) => lines.push(text)).setFailed(describeError(error));
    expect(lines.join("")).toContain(
      `::error::GitHub API request failed: 500 GET ${api}/repos/acme/web/contents/.github/incidents.yml: `,
    );
    expect(lines.join("")).not.toContain("%25");
  });

  it("readableUrl decodes each path segment, keeps the query, and leaves what does not decode", () => {
    expect(
      readableUrl("https://ghe.example/api/v3/repos/a/b/contents/docs%2Fpost%20mortems%2Fx.md?ref=main"),
    ).toBe("https://ghe.example/api/v3/repos/a/b/contents/docs/post mortems/x.md?ref=main");
    expect(readableUrl("https://api.github.com/repos/a/b/contents/bad%E0%A4%A")).toBe(
      "https://api.github.com/repos/a/b/contents/bad%E0%A4%A",
    );
    expect(readableUrl("?")).toBe("?");
  });
});
