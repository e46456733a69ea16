// Chat channels through the app loaded into Probot (in process): the board is written before any
// channel is told, a dead channel neither delays the others nor loses what it is owed, a hanging
// one is tried once and then left alone for a while, the request
// budget of an event with a channel, PagerDuty's trigger and resolve, the signed generic webhook.
import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { settingsFromEnv } from "../../src/app/runtime.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { createIncidentWorkflow } from "../../src/probot.js";
import { type ChatSink, startChatSink } from "../helpers/chat-sink.js";
import { boards, describeRequests, startApp, work } from "./probot-harness.js";

let emu: Emulator;
let sink: ChatSink;
/** The board's body each time the sink received something (what a person saw at that moment). */
let boardWhenHeard: string[];

const CONFIG = `notifications:
  channels:
    - kind: slack
      url: SLACK_URL
    - kind: pagerduty
      url: PD_ROUTING_KEY
      levels: [SEV1]
    - kind: webhook
      url: HOOK_URL
      on: [declared, update]
`;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  emu.setAssociation("alice", "MEMBER");
  emu.setFile("main", ".github/incidents.yml", CONFIG);
  boardWhenHeard = [];
  sink = await startChatSink(() => boardWhenHeard.push(String(boards(emu, 1)[0]?.body ?? "")));
});
afterEach(async () => {
  expectNoViolations(emu);
  await sink.close();
  await emu.close();
});

const env = (over: Record<string, string> = {}) => ({
  SLACK_URL: `${sink.url}/slack`,
  PD_ROUTING_KEY: "R0UTINGKEY",
  INCIDENT_WORKFLOW_PAGERDUTY_EVENTS_URL: `${sink.url}/v2/enqueue`,
  HOOK_URL: `${sink.url}/hook`,
  HOOK_URL_SECRET: "hook-secret",
  ...over,
});
const appWith = (vars: Record<string, string>) =>
  startApp(emu, { app: createIncidentWorkflow({ ...settingsFromEnv(), env: vars }) });

describe("chat channels in the app", () => {
  it("tell each channel after the board is written, PagerDuty triggers and resolves, the webhook is signed", async () => {
    const app = await appWith(env());
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Payments down", labels: ["incident", "SEV1"] });
    for (const p of payloads) await app.deliver(p);
    expect(number).toBe(1);
    // Each message went out when the board already showed the incident at its level.
    expect(boardWhenHeard.length).toBe(3);
    for (const board of boardWhenHeard) expect(board).toContain("**SEV1**");

    const update = emu.as("alice").comment(number, "/update card payments failing over");
    const mark = emu.mark();
    await app.deliver(update);
    const spent = work(emu.requestsSince(mark));
    // An ordinary event's 3 (history, board, 👍) and the board once more: the record of what was sent.
    expect(spent.length, describeRequests(spent).join("\n")).toBeLessThanOrEqual(4);
    await app.deliver(emu.as("alice").comment(number, "/resolve fixed"));

    const pd = sink.delivered("/v2/enqueue").map((r) => r.body as Record<string, unknown>);
    expect(pd.map((b) => [b.event_action, b.dedup_key, b.routing_key])).toEqual([
      ["trigger", "acme/web#1", "R0UTINGKEY"],
      ["resolve", "acme/web#1", "R0UTINGKEY"],
    ]);
    const hook = sink.delivered("/hook");
    expect(hook.map((r) => (r.body as { fact: { kind: string } }).fact.kind)).toEqual(["declared", "update"]);
    for (const r of hook) {
      const expected = `sha256=${createHmac("sha256", "hook-secret").update(r.raw).digest("hex")}`;
      expect(r.headers["x-incident-workflow-signature"]).toBe(expected);
    }
    expect(sink.delivered("/slack").length).toBeGreaterThanOrEqual(4);
  });

  it("a dead channel does not hold the others back, and is told everything, in order, once it answers", async () => {
    // Slack's URL points at a closed port: every send to it fails at once.
    const dead = await appWith(env({ SLACK_URL: "http://127.0.0.1:9/slack" }));
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Search slow", labels: ["incident", "SEV1"] });
    for (const p of payloads) await dead.deliver(p);
    await dead.deliver(emu.as("alice").comment(number, "/update reindexing"));
    expect(boards(emu, number)).toHaveLength(1);
    expect(sink.delivered("/hook")).toHaveLength(2);
    expect(sink.delivered("/slack")).toHaveLength(0);
    // The same channel answering again (the URL fixed): the next event tells it what it missed, in order.
    const fixed = await appWith(env());
    await fixed.deliver(emu.as("alice").comment(number, "/status mitigated"));
    const heard = sink
      .delivered("/slack")
      .map((r) => (r.body as { blocks: Array<{ text: { text: string } }> }).blocks[0]?.text.text);
    expect(heard).toEqual(["SEV1 incident declared", "Update from @alice", "Status: mitigated"]);
    expect(sink.delivered("/hook")).toHaveLength(2);
  });

  it("a channel that hangs is tried once, then left alone for a while: later runs do not wait for it", async () => {
    sink.delay("/slack", 30_000); // longer than a send may take (5 s)
    const app = await appWith(env());
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Queue stuck", labels: ["incident", "SEV2"] });
    for (const p of payloads) await app.deliver(p);
    const tried = () => sink.received.filter((r) => r.path === "/slack");
    expect(tried()).toHaveLength(1);
    // Three more runs within the pause: none tries Slack; the webhook hears each update; the board shows them.
    for (const text of ["draining", "replaying", "caught up"])
      await app.deliver(emu.as("alice").comment(number, `/update ${text}`));
    expect(tried()).toHaveLength(1);
    expect(sink.delivered("/hook")).toHaveLength(4);
    expect(String(boards(emu, number)[0]?.body)).toContain("caught up");
  }, 30_000);

  it("a channel whose variable is not set is reported on the incident like other config problems", async () => {
    const vars = env();
    delete (vars as Record<string, string | undefined>).SLACK_URL;
    const app = await appWith(vars);
    const { number, payloads } = emu.as("alice").openIssue({ title: "Login loop", labels: ["incident"] });
    for (const p of payloads) await app.deliver(p);
    const problems = emu
      .comments(number)
      .map((c) => String(c.body))
      .filter((b) => b.includes("notifications.channels[0].url"));
    expect(problems).toHaveLength(1);
    // The comment escapes Markdown in what it quotes (`_`).
    expect(problems[0]).toContain("the environment variable SLACK\\_URL is not set");
    expect(sink.received).toHaveLength(0);
  });
});
