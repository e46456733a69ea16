import { generateKeyPairSync } from "node:crypto";
import { createAppAuth } from "@octokit/auth-app";
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { Webhooks } from "@octokit/webhooks";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { client, statusOf } from "./test-client.js";

let emu: Emulator;
const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const pem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", validateResponses: true });
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const PaginatingOctokit = Octokit.plugin(paginateRest);
const asApp = () =>
  new PaginatingOctokit({
    baseUrl: emu.url,
    authStrategy: createAppAuth,
    auth: { appId: emu.appId, privateKey: pem },
  });

describe("installations", () => {
  test("GET /app/installations (App JWT) lists the one installation on the first repo's owner", async () => {
    emu.addRepo("other", "lib");
    const { data } = await asApp().request("GET /app/installations");
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      id: emu.installationId,
      account: { login: "acme" },
      app_id: emu.appId,
      app_slug: "incident-workflow",
      repository_selection: "all",
    });
    const token = client(emu, emu.installationToken());
    expect(await statusOf(token.request("GET /app/installations"))).toBe(401);
  });

  test("GET /installation/repositories (installation token) pages through every repository", async () => {
    emu.addRepo("acme", ".github");
    emu.addRepo("acme", "api", { private: true });
    const gh = client(emu, emu.installationToken());
    const first = await gh.request("GET /installation/repositories", { per_page: 2 });
    expect(first.data).toMatchObject({ total_count: 3, repository_selection: "all" });
    expect(first.data.repositories.map((r) => r.full_name)).toEqual(["acme/web", "acme/.github"]);
    expect(first.headers.link).toMatch(/[?&]page=2[^>]*>; rel="next"/);
    const all = await gh.paginate("GET /installation/repositories", { per_page: 1 });
    expect(all.map((r) => r.full_name)).toEqual(["acme/web", "acme/.github", "acme/api"]);
    expect(all.map((r) => r.private)).toEqual([false, false, true]);
  });

  test("GET /installation/repositories refuses JWTs and people's tokens with GitHub's 403", async () => {
    const refusal = async (octokit: { request: Octokit["request"] }) => {
      try {
        await octokit.request("GET /installation/repositories");
        return "ok";
      } catch (err) {
        const e = err as { status: number; response: { data: { message: string } } };
        return `${e.status} ${e.response.data.message}`;
      }
    };
    const message =
      "403 You must authenticate with an installation access token in order to list repositories for an installation.";
    expect(await refusal(client(emu, emu.registerToken("alice")))).toBe(message);
    const jwt = (await createAppAuth({ appId: emu.appId, privateKey: pem })({ type: "app" })).token;
    expect(await refusal(client(emu, jwt))).toBe(message);
    expect(await statusOf(client(emu).request("GET /installation/repositories"))).toBe(401);
    // GITHUB_TOKEN is an installation token of the GitHub Actions app, scoped to the workflow's repository.
    emu.addRepo("acme", "api");
    const actions = await client(emu, emu.actionsToken).request("GET /installation/repositories");
    expect(actions.data).toMatchObject({ total_count: 1, repository_selection: "selected" });
  });
});

describe("installation webhooks", () => {
  test("installationEvent: installation.created / deleted with the full installation and every repository", async () => {
    emu.addRepo("acme", "api");
    const created = emu.installationEvent("created");
    expect(created.name).toBe("installation");
    expect(created.payload).toMatchObject({
      action: "created",
      installation: { id: emu.installationId, account: { login: "acme" }, app_id: emu.appId },
      repositories: [{ full_name: "acme/web" }, { full_name: "acme/api" }],
      sender: { login: "acme" },
    });
    expect(created.payload).not.toHaveProperty("repository");
    expect(created.payload.repositories?.[0]).toEqual({
      id: expect.any(Number),
      node_id: expect.any(String),
      name: "web",
      full_name: "acme/web",
      private: false,
    });
    expect(emu.installationEvent("deleted").payload.action).toBe("deleted");
  });

  test("installationRepositoriesEvent: added / removed name the repositories; routed by @octokit/webhooks", async () => {
    const api = emu.addRepo("acme", "api");
    const added = emu.installationRepositoriesEvent("added", [api]);
    expect(added.payload).toMatchObject({
      action: "added",
      repository_selection: "selected",
      repositories_added: [{ full_name: "acme/api" }],
      repositories_removed: [],
      installation: { id: emu.installationId, account: { login: "acme" } },
      sender: { login: "acme" },
    });
    expect(emu.installationRepositoriesEvent("removed", [emu]).payload).toMatchObject({
      repositories_added: [],
      repositories_removed: [{ full_name: "acme/web" }],
    });
    expect(() => emu.installationRepositoriesEvent("added", [{ owner: "x", name: "y" }])).toThrow(
      /no repo x\/y/,
    );
    const webhooks = new Webhooks({ secret: "s" });
    const seen: string[] = [];
    webhooks.on("installation.created", ({ payload }) => {
      seen.push(`installed on ${(payload.installation.account as { login?: string } | null)?.login}`);
    });
    webhooks.on("installation_repositories.added", ({ payload }) => {
      seen.push(`added ${payload.repositories_added.map((r) => r.full_name).join()}`);
    });
    for (const d of [emu.installationEvent("created"), added]) {
      await webhooks.receive({ id: d.id, name: d.name, payload: d.payload } as never);
    }
    expect(seen).toEqual(["installed on acme", "added acme/api"]);
  });
});
