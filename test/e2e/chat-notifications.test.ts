// Issue 19, item 4: chat channels hear about an incident, each fact once and in order, from the app
// as `npm start` runs it (its own process, signed webhooks over HTTP), with a redelivered webhook, a
// restart in the middle (and its start-up sweep) and the chat endpoint failing twice before it answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator, type Webhook } from "../../src/emulator/index.js";
import { type ChatReceipt, type ChatSink, startChatSink } from "../helpers/chat-sink.js";
import { boards } from "./probot-harness.js";
import { type AppProcess, eventually, startAppProcess } from "./server-harness.js";

const CONFIG = `notifications:
  channels:
    - kind: slack
      url: SLACK_WEBHOOK_URL
    - kind: teams
      url: TEAMS_WEBHOOK_URL
`;

let emu: Emulator;
let sink: ChatSink;
let app: AppProcess | undefined;

beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  for (const m of ["alice", "bob"]) emu.setAssociation(m, "MEMBER");
  emu.setFile("main", ".github/incidents.yml", CONFIG);
  sink = await startChatSink();
});
afterAll(async () => {
  await app?.stop();
  await sink.close();
  expectNoViolations(emu);
  await emu.close();
});

const env = () => ({
  SLACK_WEBHOOK_URL: `${sink.url}/slack`,
  TEAMS_WEBHOOK_URL: `${sink.url}/teams`,
  // A failed send waits for the next event or the sweep (every 5 minutes unless told otherwise).
  INCIDENT_WORKFLOW_SWEEP_INTERVAL_SECONDS: "2",
});

/** The app's log line at the end of each sweep. */
const SWEPT = /sweep: \d+ repositories, \d+ incidents listed/;

/** What a Slack or Teams message announces: its header line. */
function headline(r: ChatReceipt): string {
  const body = r.body as {
    blocks?: Array<{ text?: { text?: string } }>;
    attachments?: Array<{ content?: { body?: Array<{ text?: string }> } }>;
  };
  return body.blocks?.[0]?.text?.text ?? body.attachments?.[0]?.content?.body?.[0]?.text ?? "?";
}
const heard = (path: string) => sink.delivered(path).map(headline);

/** Posts a delivery; the app answers 202 at once and works after. */
async function post(hook: Webhook) {
  const res = await app?.post(hook);
  expect(res?.status).toBe(202);
}

/** Waits until both channels heard `n` messages. */
async function heardBoth(n: number) {
  for (const path of ["/slack", "/teams"]) {
    const got = await eventually(
      () => heard(path),
      (h) => h.length >= n,
    );
    expect(got.length, `${path}: ${got.join(" | ")}\n${app?.output().slice(-2000)}`).toBeGreaterThanOrEqual(
      n,
    );
  }
}

describe("chat notifications from the app as deployed", () => {
  it("a SEV2 declared, escalated, given a commander, updated, mitigated and resolved: each fact once per channel, in order", async () => {
    app = await startAppProcess(emu, env());
    // Slack's endpoint fails twice (503) before it answers: what it is owed is sent on a later run.
    sink.failNext(2, 503, "/slack");
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout errors", labels: ["incident", "SEV2"] });
    for (const p of payloads) await post(p);
    await eventually(
      () => String(boards(emu, number)[0]?.body ?? ""),
      (b) => b.includes("**SEV2**"),
    );
    const sev = emu.as("alice").comment(number, "/sev 1");
    await post(sev);
    await heardBoth(2);
    await post(sev); // redelivered
    await post(emu.as("alice").comment(number, "/commander @bob"));
    await heardBoth(3);
    const update = emu.as("bob").comment(number, "/update failing over the payments database");
    await post(update);
    await heardBoth(4);

    // A restart in the middle: the new process sweeps every open incident at start-up.
    await app.stop();
    app = await startAppProcess(emu, env());
    await app.waitFor(SWEPT);
    await post(update); // redelivered to the new process
    await post(emu.as("bob").comment(number, "/status mitigated"));
    await heardBoth(5);
    await post(emu.as("bob").comment(number, "/resolve failover done, errors gone"));
    await heardBoth(7);
    // Another restart, its start-up sweep and the next one: nothing more is sent.
    await app.stop();
    app = await startAppProcess(emu, env());
    await app.waitFor(new RegExp(`${SWEPT.source}[\\s\\S]*${SWEPT.source}`), 60_000);

    const expected = [
      "SEV2 incident declared",
      "Severity raised: SEV2 → SEV1",
      "@bob is the incident commander",
      "Update from @bob",
      "Status: mitigated",
      "Incident resolved",
      "Postmortem opened",
    ];
    expect(heard("/slack")).toEqual(expected);
    expect(heard("/teams")).toEqual(expected);
    const failed = sink.received.filter((r) => r.status >= 500);
    expect(failed.map((r) => [r.path, r.status, headline(r)])).toEqual([
      ["/slack", 503, "SEV2 incident declared"],
      ["/slack", 503, expect.any(String)],
    ]);
    // Nothing else reached the sink: each fact once per channel, the two failures aside.
    expect(sink.received.map((r) => r.path).sort()).toEqual([
      ...Array(9).fill("/slack"),
      ...Array(7).fill("/teams"),
    ]);
    // Native to each kind: Slack's blocks, a Teams Adaptive Card.
    const teams = sink.delivered("/teams").at(-1)?.body as { attachments: Array<{ contentType: string }> };
    expect(teams.attachments[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    // Every message links to the issue and carries the incident as it stood.
    const last = sink.delivered("/slack").at(-1)?.raw ?? "";
    expect(last).toContain(String(emu.issue(number).html_url));
    expect(last).toContain("failing over the payments database");
    expect(last).toContain("SEV1");
    expect(last).toContain("@bob");
    const board = String(boards(emu, number)[0]?.body);
    expect(board).toContain("<!-- incident-workflow:chat-sent slack:SLACK_WEBHOOK_URL ");
    expect(board).toContain("<!-- incident-workflow:chat-sent teams:TEAMS_WEBHOOK_URL ");
  }, 180_000);
});
