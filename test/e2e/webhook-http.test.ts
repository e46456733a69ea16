// The app behind Probot's real node middleware, as `npm start` serves it: a signed webhook POST over
// HTTP on loopback is verified, routed to the app and handled against the emulator.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { createNodeMiddleware } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator, type Webhook } from "../../src/emulator/index.js";
import app from "../../src/index.js";
import { boards, probotFor, writes } from "./probot-harness.js";
import { postDelivery, SECRET } from "./server-harness.js";

const PATH = "/api/github/webhooks";

let emu: Emulator;
let server: Server;
let url: string;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER"); // who labels her own issue `incident` must be on the team
  const middleware = await createNodeMiddleware(app, { probot: probotFor(emu, { secret: SECRET }) });
  server = createServer((req, res) => {
    void middleware(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`;
});
afterEach(async () => {
  expectNoViolations(emu);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await emu.close();
});

/** POSTs a delivery as GitHub does, to the middleware. */
const post = (hook: Webhook, secret = SECRET) => postDelivery(url, hook, secret);

/** The middleware answers 202 when handling outlasts its timeout; then the work finishes later. */
async function eventually<T>(read: () => T, done: (value: T) => boolean, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  let value = read();
  while (!done(value) && Date.now() < until) {
    await sleep(20);
    value = read();
  }
  return value;
}

describe("the app behind Probot's node middleware, over HTTP", () => {
  it("a signed issues.opened for an incident is accepted (2xx) and writes one board", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    const opened = payloads[0]!;
    expect(opened.name).toBe("issues");
    expect((opened.payload as { action: string }).action).toBe("opened");

    const { status, text } = await post(opened);
    expect(status, text).toBeGreaterThanOrEqual(200);
    expect(status, text).toBeLessThan(300);

    const found = await eventually(
      () => boards(emu, number),
      (list) => list.length > 0,
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.body).toContain("**SEV2**");
    expect((found[0]?.user as { login?: string } | undefined)?.login).toBe(emu.botLogin);
  });

  it("a POST signed with the wrong secret is rejected (4xx) and nothing is requested from GitHub", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    const mark = emu.mark();

    const { status, text } = await post(payloads[0]!, "not the secret");
    expect(status, text).toBeGreaterThanOrEqual(400);
    expect(status, text).toBeLessThan(500);
    expect(text).toContain("signature does not match");

    await sleep(100);
    expect(writes(emu.requestsSince(mark))).toEqual([]);
    expect(emu.requestsSince(mark)).toEqual([]);
    expect(emu.comments(number)).toEqual([]);
  });

  it("an unsigned POST is rejected (4xx)", async () => {
    const { payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] });
    const hook = payloads[0]!;
    const mark = emu.mark();
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": hook.name,
        "x-github-delivery": hook.id,
      },
      body: JSON.stringify(hook.payload),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(emu.requestsSince(mark)).toEqual([]);
  });
});
