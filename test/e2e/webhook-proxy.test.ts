// Development through a webhook proxy: `npm start` (`node lib/start.js`) with WEBHOOK_PROXY_URL
// connects to the channel (a stand-in for smee.io) and forwards what GitHub posts there to its own
// webhook path, signature checked; a delivery posted to the channel ends in the incident's board.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type SmeeStandIn, startSmee } from "../helpers/smee-server.js";
import { type AppProcess, eventually, postDelivery, SECRET, startAppProcess } from "./server-harness.js";

let emu: Emulator;
let smee: SmeeStandIn;
let app: AppProcess;
const CHANNEL = "channel-dev";

beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER");
  smee = await startSmee();
  app = await startAppProcess(emu, {
    INCIDENT_WORKFLOW_SWEEP: "off",
    WEBHOOK_PROXY_URL: `${smee.url}/${CHANNEL}`,
  });
  await smee.listening(CHANNEL);
});
afterAll(async () => {
  await app.stop();
  await smee.close();
  expectNoViolations(emu);
  await emu.close();
});

/** What GitHub does: POST the delivery, signed, to the App's webhook URL (here: the channel). */
async function deliverToChannel(hook: { id: string; name: string; payload: unknown }, secret = SECRET) {
  const res = await postDelivery(`${smee.url}/${CHANNEL}`, hook, secret);
  expect(res.status).toBe(200);
}

describe("npm start with WEBHOOK_PROXY_URL", () => {
  it("says where GitHub delivers, and forwards the channel's deliveries to the app", async () => {
    expect(app.output()).toContain(`GitHub App webhook URL: ${smee.url}/${CHANNEL}`);
    const { number, payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] });
    await deliverToChannel(payloads[0]!);
    const boards = await eventually(
      () => emu.comments(number).filter((c) => String(c.body).includes("incident-workflow:board")),
      (b) => b.length === 1,
    );
    expect(boards).toHaveLength(1);
    await app.waitFor(/POST http:\/\/127\.0\.0\.1:\d+\/api\/github\/webhooks - 202/);
  });

  it("a delivery signed with another secret reaches the app and is refused there", async () => {
    const { number, payloads } = emu.as("alice").openIssue({ title: "Forged", labels: ["incident"] });
    await deliverToChannel(payloads[0]!, "not the secret");
    await app.waitFor(/webhooks - 401/);
    await new Promise((r) => setTimeout(r, 300));
    expect(emu.comments(number)).toEqual([]);
  });
});
