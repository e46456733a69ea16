// The bundled Action run as the runner runs it, for the paths that need no GitHub API.
// (test/action/e2e.test.ts covers the API paths against the GitHub emulator.)
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { actionMain, assertBundleFresh, parseOutputFile, runAction } from "./run-action.js";

describe("node dist/index.js", () => {
  beforeAll(assertBundleFresh);

  it("logs and succeeds on a repository_dispatch it does not handle, touching nothing", async () => {
    const run = await runAction({
      event: "repository_dispatch",
      payload: { action: "deploy", client_payload: {} },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('event_type "deploy" is not "incident"');
    expect(run.outputs).toEqual({});
  });

  it("ignores a comment without commands without loading the engine (its files removed)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "iw-dist-"));
    try {
      cpSync(dirname(actionMain()), dir, { recursive: true });
      for (const f of ["client.js", "engine.js"]) rmSync(join(dir, f));
      const payload = {
        action: "created",
        issue: { number: 4, labels: [{ name: "incident" }] },
        comment: { id: 9, body: "Looking at the dashboards", user: { login: "alice", type: "User" } },
        sender: { login: "alice", type: "User" },
      };
      const run = await runAction({ event: "issue_comment", payload, main: join(dir, "index.js") });
      expect(run.errors, run.stdout + run.stderr).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Nothing to do: comment without commands");
      expect(run.summary).toContain("Nothing to do: comment without commands");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails an unknown mode, listing the modes", async () => {
    const bad = await runAction({
      event: "issues",
      payload: { issue: { number: 1 } },
      inputs: { mode: "panic" },
    });
    expect(bad.code).not.toBe(0);
    expect(bad.errors[0]).toContain("Input `mode` must be one of auto, declare, sweep, remind, gate, setup");
  });

  it("fails an unsupported event, listing the supported ones", async () => {
    const run = await runAction({ event: "push", payload: {} });
    expect(run.code).not.toBe(0);
    expect(run.errors[0]).toMatch(
      /"push" event is not supported.*issues, issue_comment, pull_request, workflow_dispatch/,
    );
  });

  it("fails an alert without a title before calling GitHub", async () => {
    const run = await runAction({
      event: "repository_dispatch",
      payload: { action: "incident", client_payload: { severity: "SEV1" } },
    });
    expect(run.code).not.toBe(0);
    expect(run.errors[0]).toContain("client_payload.title is missing");
  });

  it("fails with status, method, URL and GitHub's message when the API refuses", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ message: "Bad credentials", documentation_url: "https://docs.github.com/rest" }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const run = await runAction({
        event: "workflow_dispatch",
        payload: { inputs: {} },
        inputs: { title: "Checkout is down", severity: "SEV1" },
        apiUrl: `http://127.0.0.1:${port}`,
      });
      expect(run.code).not.toBe(0);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(
        new RegExp(
          `^GitHub API request failed: 401 (GET|POST|PUT|PATCH) http://127\\.0\\.0\\.1:${port}/\\S+: Bad credentials\\. Check the \`github-token\``,
        ),
      );
    } finally {
      server.close();
    }
  });
});

describe("node dist/index.js when GitHub cannot be reached", () => {
  it("one ::error:: line naming the request with the config file's path readable, never escaped twice", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const issue = {
      number: 7,
      title: "Checkout down",
      body: "",
      state: "open",
      labels: [{ name: "incident" }],
    };
    const run = await runAction({
      event: "issues",
      payload: {
        action: "labeled",
        issue,
        label: { name: "incident" },
        sender: { login: "alice", type: "User" },
      },
      apiUrl: `http://127.0.0.1:${port}`,
    });
    expect(run.code).not.toBe(0);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      new RegExp(`^GitHub API request failed: 500 GET http://127\\.0\\.0\\.1:${port}/\\S+: `),
    );
    expect(run.errors[0]).toContain("/contents/.github/incidents.yml");
    expect(run.errors[0]).not.toMatch(/%2F|%25/i);
  }, 60_000);
});

describe("parseOutputFile", () => {
  it("reads @actions/core's heredoc format and plain lines", () => {
    const text =
      "a<<ghadelimiter_1\nx\nghadelimiter_1\nb<<ghadelimiter_2\nline 1\nline 2\nghadelimiter_2\nc=3\n";
    expect(parseOutputFile(text)).toEqual({ a: "x", b: "line 1\nline 2", c: "3" });
  });
});
