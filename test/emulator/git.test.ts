import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type Client, client, statusOf } from "./test-client.js";

let emu: Emulator;
let gh: Client;
const repo = { owner: "acme", repo: "web" };
const CONFIG = ".github/incident-workflow.yml";

beforeEach(async () => {
  emu = await startEmulator({
    ...repo,
    validateResponses: true,
    files: { [CONFIG]: "severities: [SEV1]\n" },
  });
  gh = client(emu, emu.installationToken());
  emu.setPermission("alice", "write");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe("contents", () => {
  test("GET returns base64 JSON, or raw text with the raw media type", async () => {
    const json = await gh.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repo, path: CONFIG });
    const data = json.data as { type: string; content: string; encoding: string; sha: string };
    expect(data.type).toBe("file");
    expect(Buffer.from(data.content, "base64").toString()).toBe("severities: [SEV1]\n");
    const raw = await gh.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...repo,
      path: CONFIG,
      mediaType: { format: "raw" },
    });
    expect(raw.data).toBe("severities: [SEV1]\n");
    expect(emu.requests.at(-1)?.headers.accept).toBe("application/vnd.github.v3.raw");
  });

  test("missing files are 404 with GitHub's error JSON", async () => {
    try {
      await gh.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repo, path: ".github/nope.yml" });
      expect.unreachable();
    } catch (err) {
      const e = err as { status: number; response: { data: unknown } };
      expect(e.status).toBe(404);
      expect(e.response.data).toEqual({
        message: "Not Found",
        documentation_url: "https://docs.github.com/rest",
        status: "404",
      });
    }
    const otherRepo = gh.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: "acme",
      repo: ".github",
      path: CONFIG,
    });
    expect(await statusOf(otherRepo)).toBe(404);
    emu.addRepo("acme", ".github").setFile("main", CONFIG, "shared: true\n");
    const shared = await gh.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: "acme",
      repo: ".github",
      path: CONFIG,
      mediaType: { format: "raw" },
    });
    expect(shared.data).toBe("shared: true\n");
  });

  test("PUT creates (201), requires the current sha to update (422 without, 409 stale), then updates (200)", async () => {
    const put = (content: string, sha?: string) =>
      gh.request("PUT /repos/{owner}/{repo}/contents/{path}", {
        ...repo,
        path: "docs/postmortems/1.md",
        message: "postmortem",
        content: Buffer.from(content).toString("base64"),
        ...(sha ? { sha } : {}),
      });
    const created = await put("v1");
    expect(created.status).toBe(201);
    expect(await statusOf(put("v2"))).toBe(422);
    expect(await statusOf(put("v2", "0".repeat(40)))).toBe(409);
    const updated = await put("v2", created.data.content?.sha);
    expect(updated.status).toBe(200);
    expect(emu.file("main", "docs/postmortems/1.md")).toBe("v2");
  });
});

describe("refs and pulls", () => {
  test("refs: GET 404 when missing, POST creates, POST again is 422 Reference already exists", async () => {
    const missing = gh.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
      ...repo,
      ref: "heads/postmortem/1",
    });
    expect(await statusOf(missing)).toBe(404);
    const main = await gh.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repo, ref: "heads/main" });
    const sha = main.data.object.sha;
    const created = await gh.request("POST /repos/{owner}/{repo}/git/refs", {
      ...repo,
      ref: "refs/heads/postmortem/1",
      sha,
    });
    expect(created.status).toBe(201);
    expect(emu.branches()["postmortem/1"]).toBe(sha);
    try {
      await gh.request("POST /repos/{owner}/{repo}/git/refs", {
        ...repo,
        ref: "refs/heads/postmortem/1",
        sha,
      });
      expect.unreachable();
    } catch (err) {
      expect((err as { status: number }).status).toBe(422);
      expect((err as { response: { data: { message: string } } }).response.data.message).toBe(
        "Reference already exists",
      );
    }
  });

  test("pull creation validates branches and duplicates; head filter needs owner:branch", async () => {
    const sha = emu.branches().main!;
    await gh.request("POST /repos/{owner}/{repo}/git/refs", { ...repo, ref: "refs/heads/pm-1", sha });
    const create = () =>
      gh.request("POST /repos/{owner}/{repo}/pulls", {
        ...repo,
        title: "Postmortem",
        head: "pm-1",
        base: "main",
      });
    expect(await statusOf(create())).toBe(422); // no commits between main and pm-1
    emu.setFile("pm-1", "docs/pm.md", "# PM");
    const pr = await create();
    expect(pr.status).toBe(201);
    expect(pr.data).toMatchObject({
      head: { ref: "pm-1", label: "acme:pm-1" },
      base: { ref: "main" },
      state: "open",
    });
    expect(await statusOf(create())).toBe(422); // already exists
    const missing = gh.request("POST /repos/{owner}/{repo}/pulls", {
      ...repo,
      title: "x",
      head: "nope",
      base: "main",
    });
    expect(await statusOf(missing)).toBe(422);
    // Pulls share numbering with issues and are listed by the issues API with a pull_request key.
    const issue = emu.as("alice").openIssue({ title: "after" });
    expect(issue.number).toBe(pr.data.number + 1);
    const listedIssues = await gh.request("GET /repos/{owner}/{repo}/issues", { ...repo });
    expect(listedIssues.data.map((i) => Boolean(i.pull_request))).toEqual([false, true]);

    emu.setFile("other", "x.md", "x");
    emu.as("alice").openPull({ title: "other", head: "other" });
    const byHead = await gh.request("GET /repos/{owner}/{repo}/pulls", {
      ...repo,
      head: "acme:pm-1",
      state: "all",
    });
    expect(byHead.data.map((p) => p.number)).toEqual([pr.data.number]);
    const bare = await gh.request("GET /repos/{owner}/{repo}/pulls", { ...repo, head: "pm-1" });
    expect(bare.data).toHaveLength(2); // GitHub silently ignores a head without owner
  });

  test("reviewers: collaborators only, never the author", async () => {
    emu.setFile("pm-2", "docs/pm.md", "# PM");
    const pr = await gh.request("POST /repos/{owner}/{repo}/pulls", {
      ...repo,
      title: "PM",
      head: "pm-2",
      base: "main",
    });
    const request = (reviewers: string[]) =>
      gh.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
        ...repo,
        pull_number: pr.data.number,
        reviewers,
      });
    expect(await statusOf(request(["stranger"]))).toBe(422);
    expect(await statusOf(request(["incident-workflow[bot]"]))).toBe(422);
    expect((await request(["alice"])).status).toBe(201);
    expect(emu.pulls()[0]?.requested_reviewers).toMatchObject([{ login: "alice" }]);
  });

  test("collaborator permission comes from the users map", async () => {
    const perm = (username: string) =>
      gh.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { ...repo, username });
    expect((await perm("acme")).data).toMatchObject({
      permission: "admin",
      role_name: "admin",
      user: { login: "acme" },
    });
    expect((await perm("alice")).data.permission).toBe("write");
    emu.setPermission("tri", "triage");
    expect((await perm("tri")).data).toMatchObject({ permission: "read", role_name: "triage" });
    expect((await perm("nobody")).data.permission).toBe("none");
  });
});
