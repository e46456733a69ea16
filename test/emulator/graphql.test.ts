import { generateKeyPairSync } from "node:crypto";
import { createAppAuth } from "@octokit/auth-app";
import { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { viewerFields } from "../../src/emulator/graphql.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { client } from "./test-client.js";

let emu: Emulator;
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
});
afterEach(() => emu.close());

const VIEWER = "query { viewer { login databaseId } }";

/** POSTs to /graphql with fetch; the status and JSON answer. */
async function post(body: unknown, authorization?: string, method = "POST") {
  const res = await fetch(`${emu.url}/graphql`, {
    method,
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    ...(method === "POST" ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe("POST /graphql viewer", () => {
  test("answers the token's login and user id: the App's bot, github-actions[bot], a person", async () => {
    const bot = await client(emu, emu.installationToken()).graphql<{ viewer: unknown }>(VIEWER);
    expect(bot.viewer).toEqual({ login: "incident-workflow[bot]", databaseId: 900001001 });
    const actions = await client(emu, emu.actionsToken).graphql<{ viewer: unknown }>(
      "query WhoAmI { viewer { databaseId, login } }",
    );
    expect(actions.viewer).toEqual({ databaseId: 41898282, login: "github-actions[bot]" });
    const alice = await client(emu, emu.registerToken("alice")).graphql<{ viewer: { login: string } }>(
      "{ viewer { login } }",
    );
    expect(alice.viewer).toEqual({ login: "alice" });
    expect(emu.requests.map((r) => `${r.method} ${r.path} ${r.operationId} ${r.actor} ${r.status}`)).toEqual([
      "POST /graphql graphql incident-workflow[bot] 200",
      "POST /graphql graphql github-actions[bot] 200",
      "POST /graphql graphql alice 200",
    ]);
    expectNoViolations(emu);
  });

  test("Probot's installation Octokit (JWT → installation token → GraphQL) sees the bot", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const probot = new Probot({
      appId: emu.appId,
      privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
      baseUrl: emu.url,
      logLevel: "fatal",
    });
    const octokit = await probot.auth(emu.installationId);
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>("{ viewer { login } }");
    expect(viewer.login).toBe(`${emu.appSlug}[bot]`);
    expect(emu.requests.map((r) => `${r.operationId} ${r.actor}`)).toEqual([
      "apps/create-installation-access-token app",
      "graphql incident-workflow[bot]",
    ]);
    expectNoViolations(emu);
  });

  test("credentials: none, unknown and an App JWT are 401 (not violations)", async () => {
    expect(await post({ query: VIEWER })).toEqual({
      status: 401,
      json: {
        message: "This endpoint requires you to be authenticated.",
        documentation_url: expect.any(String),
      },
    });
    expect(await post({ query: VIEWER }, "bearer ghs_unknown")).toMatchObject({
      status: 401,
      json: { message: "Bad credentials" },
    });
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    const { token: jwt } = await createAppAuth({ appId: emu.appId, privateKey: pem })({ type: "app" });
    const app = await post({ query: VIEWER }, `bearer ${jwt}`);
    expect(app.status).toBe(401);
    expect(app.json.message).toMatch(/JSON web token/);
    expect(emu.requests.map((r) => r.actor)).toEqual([null, null, "app"]);
    expectNoViolations(emu);
  });

  test("any other GraphQL request is answered with an error and recorded as a violation", async () => {
    const token = `bearer ${emu.installationToken()}`;
    const other = await post({ query: '{ repository(owner: "acme", name: "web") { id } }' }, token);
    expect(other).toMatchObject({ status: 200, json: { data: null, errors: [{ type: "EMULATOR" }] } });
    expect((await post({ variables: {} }, token)).status).toBe(400);
    expect((await post(undefined, token, "GET")).status).toBe(404);
    await expect(client(emu, emu.installationToken()).graphql("{ viewer { email } }")).rejects.toThrow(
      /only answers/,
    );
    expect(emu.violations.map((v) => `${v.method} ${v.operationId} ${v.error.split(":")[0]}`)).toEqual([
      "POST graphql POST /graphql",
      "POST graphql POST /graphql",
      "GET graphql GET /graphql",
      "POST graphql POST /graphql",
    ]);
    expect(emu.violations[0]?.error).toMatch(/query not emulated: \{ repository/);
  });

  test("the viewer query parser takes comments, commas, names and variables, nothing else", () => {
    expect(viewerFields("# who am I?\nquery Me($x: Int) {\n  viewer {\n    login\n  }\n}")).toEqual([
      "login",
    ]);
    expect(viewerFields("{viewer{login,databaseId}}")).toEqual(["login", "databaseId"]);
    expect(viewerFields("{ viewer { login } rateLimit { remaining } }")).toBeNull();
    expect(viewerFields("mutation { viewer { login } }")).toBeNull();
    expect(viewerFields("{ viewer { name } }")).toBeNull();
  });
});
