// The app's HTTP front as `npm start` runs it (issue 8): oversized bodies refused before they are
// buffered, unsigned ones refused, deliveries answered at once, health checks.

import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type AppProcess, startAppProcess, WEBHOOK_PATH } from "./server-harness.js";

let emu: Emulator;
let app: AppProcess;

beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  app = await startAppProcess(emu, { INCIDENT_WORKFLOW_SWEEP: "off" });
});
afterAll(async () => {
  await app.stop();
  expectNoViolations(emu);
  await emu.close();
});

/** Resident memory of the app's process, in MiB (Linux). */
function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(/(\d+)/.exec(line ?? "")?.[1] ?? 0) / 1024;
}

/**
 * Streams `total` bytes of junk as a webhook POST over a raw socket until the server answers or
 * hangs up; the status line is read from whatever the server sent.
 */
function flood(total: number, withLength: boolean): Promise<{ status: number | null; sent: number }> {
  return new Promise((resolve) => {
    const url = new URL(app.url);
    const socket = connect(Number(url.port), url.hostname);
    let sent = 0;
    let answer = "";
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1];
      resolve({ status: status === undefined ? null : Number(status), sent });
    };
    socket.on("data", (data) => {
      answer += data.toString("latin1");
      if (answer.includes("\r\n\r\n")) finish();
    });
    socket.on("error", finish);
    socket.on("close", finish);
    const head = [
      `POST ${WEBHOOK_PATH} HTTP/1.1`,
      `host: ${url.host}`,
      "content-type: application/json",
      "x-github-event: issues",
      "x-github-delivery: flood",
      "x-hub-signature-256: sha256=0000",
      withLength ? `content-length: ${total}` : "transfer-encoding: chunked",
      "",
      "",
    ].join("\r\n");
    const chunk = Buffer.alloc(1 << 16, 0x61);
    const framed = withLength
      ? chunk
      : Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
    socket.once("connect", () => {
      socket.write(head);
      const pump = () => {
        while (sent < total && !done) {
          sent += chunk.length;
          if (!socket.write(framed)) return void socket.once("drain", pump);
        }
      };
      pump();
    });
  });
}

describe("the app's HTTP front", () => {
  it("answers GET /ping with PONG and GET / with where webhooks go", async () => {
    const ping = await fetch(`${app.url}/ping`);
    expect([ping.status, await ping.text()]).toEqual([200, "PONG"]);
    const home = await fetch(`${app.url}/`);
    expect(await home.text()).toContain(`POST ${WEBHOOK_PATH}`);
    expect((await fetch(`${app.url}/nope`)).status).toBe(404);
  });

  it("refuses a 100 MB unsigned POST before buffering it, announced or chunked: memory stays flat", async () => {
    const pid = app.child.pid!;
    const before = rssMiB(pid);
    const announced = await flood(100 * 1024 * 1024, true);
    expect(announced.status, "announced").toBe(413);
    expect(announced.sent).toBeLessThan(100 * 1024 * 1024);
    const chunked = await flood(100 * 1024 * 1024, false);
    expect(chunked.status, "chunked").toBe(413);
    expect(chunked.sent).toBeLessThan(40 * 1024 * 1024);
    const after = rssMiB(pid);
    console.log(`app RSS: ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB after two 100 MB POSTs`);
    expect(after - before).toBeLessThan(80);
    // It still serves.
    expect((await fetch(`${app.url}/ping`)).status).toBe(200);
  });

  it("refuses unsigned and wrongly signed deliveries without asking GitHub anything", async () => {
    const { payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] });
    const mark = emu.mark();
    const wrong = await app.post(payloads[0]!, "not the secret");
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain("signature does not match");
    const unsigned = await fetch(`${app.url}${WEBHOOK_PATH}`, {
      method: "POST",
      headers: { "x-github-event": "issues", "x-github-delivery": "x" },
      body: "{}",
    });
    expect(unsigned.status).toBe(400);
    expect(emu.requestsSince(mark)).toEqual([]);
  });

  it("answers a signed delivery 202 at once; POST / is the webhook path too", async () => {
    const { payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] });
    const started = Date.now();
    const res = await app.post(payloads[0]!);
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(1000);
    const body = JSON.stringify(payloads[0]!.payload);
    const { sign } = await import("./server-harness.js");
    const root = await fetch(`${app.url}/`, {
      method: "POST",
      headers: { "x-github-event": "issues", "x-github-delivery": "root", "x-hub-signature-256": sign(body) },
      body,
    });
    expect(root.status).toBe(202);
  });
});
