import { generateKeyPairSync } from "node:crypto";
import { Probot } from "probot";
import { afterEach, beforeEach, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";

/** The emulator as Probot uses it: App JWT → installation token, config reads, writes as the bot. */

let emu: Emulator;
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", files: { ".github/demo.yml": "greeting: hi\n" } });
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

test("a Probot app receiving emulator payloads writes back to the emulator as incident-workflow[bot]", async () => {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const probot = new Probot({
    appId: emu.appId,
    privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
    baseUrl: emu.url,
    logLevel: "fatal",
  });
  await probot.load((app) => {
    app.on("issues.labeled", async (context) => {
      const config = (await context.config<{ greeting: string }>("demo.yml")) ?? { greeting: "none" };
      await context.octokit.rest.issues.createComment(
        context.issue({ body: `${config.greeting} ${context.payload.label?.name}` }),
      );
    });
  });
  const { number } = emu.as("alice").openIssue({ title: "x" });
  const delivery = emu.as("alice").label(number, "SEV1");
  await probot.receive({ id: delivery.id, name: delivery.name, payload: delivery.payload } as never);
  expect(emu.comments(number)).toMatchObject([
    { body: "hi SEV1", user: { login: "incident-workflow[bot]" } },
  ]);
  expect(emu.requests.map((r) => `${r.method} ${decodeURIComponent(r.path)} ${r.status}`)).toEqual([
    "POST /app/installations/4242/access_tokens 201",
    "GET /repos/acme/web/contents/.github/demo.yml 200",
    "POST /repos/acme/web/issues/1/comments 201",
  ]);
});
