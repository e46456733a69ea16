// The sandbox's pages over HTTP, run in a repository with its own config: a fourth role and a board
// template of its own are what the board shows; a broken config shows its path-named errors.

import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type RunningSandbox, runSandbox } from "../../src/sandbox/run.js";

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "iw-sandbox-repo-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function withSandbox(dir: string, run: (s: RunningSandbox, url: string) => Promise<void>) {
  const running = await runSandbox({ dir, port: 0 });
  try {
    await run(running, running.web.url.replace("localhost", "127.0.0.1"));
  } finally {
    await running.close();
  }
}

const post = (url: string, fields: Record<string, string>, origin = new URL(url).origin) =>
  fetch(`${url}/act`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });

/** A GET naming another host (fetch does not let a caller set `Host`). */
const getAs = (url: string, host: string) =>
  new Promise<number>((resolve, reject) => {
    request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .once("error", reject)
      .end();
  });

const CONFIG = `roles:
  - id: commander
    name: Commander
  - id: comms
    name: Comms
  - id: scribe
    name: Scribe
  - id: liaison
    name: Customer liaison
    duties: Talks to the affected customers.
board:
  template: .github/board.md.hbs
`;
const TEMPLATE = `## Our war room for #{{number}}: {{title}}

{{#each roles}}- {{name}}: {{#if holders}}{{holders}}{{else}}nobody yet{{/if}}
{{/each}}`;

describe("the sandbox in a repository with its own config", () => {
  it("uses its roles and board template: the fourth role is on the board, rendered safely", async () => {
    const dir = repoWith({ ".github/incidents.yml": CONFIG, ".github/board.md.hbs": TEMPLATE });
    await withSandbox(dir, async ({ sandbox }, url) => {
      const home = await (await fetch(`${url}/`)).text();
      expect(home).toContain("Sandbox: an in-memory GitHub stand-in on this machine");
      expect(home).toContain(
        '<p id="config">Config: <code>.github/incidents.yml</code> from this directory, valid.</p>',
      );
      const declared = await post(url, {
        kind: "declare",
        title: "Incident: <b>queue</b> backlog",
        summary: "Jobs wait 10 minutes.",
      });
      expect(declared.status).toBe(303);
      expect(declared.headers.get("location")).toBe("/issues/1");
      expect((await post(url, { kind: "comment", issue: "1", body: "/role liaison @carol" })).status).toBe(
        303,
      );
      await sandbox.settled();
      const page = await (await fetch(`${url}/issues/1?live=1`)).text();
      const board = page.slice(page.indexOf('<div id="board">'), page.indexOf("<h2>Conversation</h2>"));
      expect(board).toContain("<h2>Our war room for #1: Incident: &lt;b&gt;queue&lt;/b&gt; backlog</h2>");
      expect(board).toContain("<li>Customer liaison: @\u2060carol</li>");
      expect(board).toContain("<li>Commander: nobody yet</li>");
      expect(page).not.toContain("<b>queue</b>");
    });
  });

  it("shows a broken config's path-named errors on the page and, as the app does, on the incident", async () => {
    const dir = repoWith({
      ".github/incidents.yml": "severities:\n  - id: SEV1\n    updateCadenceMinutes: soon\nroles: []\n",
    });
    await withSandbox(dir, async ({ sandbox }, url) => {
      const home = await (await fetch(`${url}/`)).text();
      expect(home).toContain("is <strong>invalid</strong>");
      expect(home).toContain("<li><code>severities[0].updateCadenceMinutes</code>:");
      expect(home).toContain("<li><code>roles</code>:");
      await post(url, { kind: "declare", title: "Incident: x", summary: "y" });
      await sandbox.settled();
      const page = await (await fetch(`${url}/issues/1?live=1`)).text();
      expect(page).toContain("<code>severities[0].updateCadenceMinutes</code>");
    });
  });
});

describe("the sandbox's web server", () => {
  it("refuses another host's name, a post from another site, and an action GitHub would refuse", async () => {
    await withSandbox(repoWith({}), async (_running, url) => {
      const port = new URL(url).port;
      expect(await getAs(`${url}/`, `attacker.example:${port}`)).toBe(421);
      expect(await getAs(`${url}/`, `localhost:${port}`)).toBe(200);
      const foreign = await post(
        url,
        { kind: "declare", title: "x", summary: "y" },
        "http://attacker.example",
      );
      expect(foreign.status).toBe(403);
      const missing = await post(url, { kind: "comment", issue: "7", body: "/sev 1" });
      expect(missing.status).toBe(400);
      expect(await missing.text()).toMatch(/<p class="error" id="error">.*7/);
      const stranger = await fetch(`${url}/act`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: url, cookie: "as=mallory" },
        body: "kind=declare&title=x&summary=y",
        redirect: "manual",
      });
      // An unknown person in the cookie is not trusted: the first seeded person acts.
      expect(stranger.status).toBe(303);
      const version = (await (await fetch(`${url}/api/version`)).json()) as { version: number };
      expect(version.version).toBeGreaterThan(0);
    });
  });
});
