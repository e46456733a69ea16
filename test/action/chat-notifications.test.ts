// The bundled Action (`node <runs.main>`) tells a Slack channel configured through the step's `env:`
// about a declared incident, once, however many runs the incident's events start: an issue labelled by
// hand, or a repository_dispatch forwarding an Alertmanager body (issue 19's Must show).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { fixture, group, incidents } from "../e2e/alerts-harness.js";
import { type ChatSink, startChatSink } from "../helpers/chat-sink.js";
import { type ActionRun, assertBundleFresh, runAction } from "./run-action.js";

let emu: Emulator;
let sink: ChatSink;

beforeAll(async () => {
  assertBundleFresh();
  sink = await startChatSink();
});
afterAll(() => sink.close());
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER");
  emu.setFile(
    "main",
    ".github/incidents.yml",
    "notifications:\n  channels:\n    - kind: slack\n      url: SLACK_WEBHOOK_URL\n",
  );
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const deliver = (hook: { name: string; payload: unknown }, env: Record<string, string>) =>
  runAction({
    repository: "acme/web",
    apiUrl: emu.url,
    event: hook.name,
    payload: hook.payload as object,
    inputs: { "github-token": emu.actionsToken },
    env,
  });

function succeeded(result: ActionRun): ActionRun {
  expect(result.errors, result.stdout + result.stderr).toEqual([]);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return result;
}

describe("the Action's chat channels", () => {
  it("a Slack channel in the step's env hears about a declared incident once", async () => {
    const env = { SLACK_WEBHOOK_URL: `${sink.url}/action-slack` };
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV1"] });
    for (const p of payloads) succeeded(await deliver(p, env));
    succeeded(await deliver(payloads[0]!, env)); // a re-run of the first event
    const heard = sink.delivered("/action-slack");
    expect(heard).toHaveLength(1);
    const body = heard[0]?.body as { text: string; blocks: Array<{ text?: { text?: string } }> };
    expect(body.blocks[0]?.text?.text).toBe("SEV1 incident declared");
    expect(body.text).toContain(`#${number} Checkout down`);
    expect(heard[0]?.raw).toContain(String(emu.issue(number).html_url));
  });

  it("a repository_dispatch with an Alertmanager body opens the incident; the step's Slack channel hears it once", async () => {
    const env = { SLACK_WEBHOOK_URL: `${sink.url}/action-alert-slack` };
    const dispatch = (clientPayload: unknown) =>
      deliver(
        {
          name: "repository_dispatch",
          payload: { action: "incident", client_payload: clientPayload, sender: { login: "alertbot" } },
        },
        env,
      );
    const first = succeeded(await dispatch(fixture("alertmanager-v4.json")));
    const number = Number(first.outputs["incident-number"]);
    expect(first.outputs.severity).toBe("SEV1");
    expect(emu.issue(number).title).toBe("API 5xx rate above 5%");
    // The relay forwards every notification of the group: the same firing body again, then resolved.
    succeeded(await dispatch(fixture("alertmanager-v4.json")));
    succeeded(await dispatch(group("resolved")));
    expect(incidents(emu).map((i) => i.number)).toEqual([number]);
    const heard = sink.delivered("/action-alert-slack");
    expect(
      heard.map((r) => (r.body as { blocks: Array<{ text?: { text?: string } }> }).blocks[0]?.text?.text),
    ).toEqual(["SEV1 incident declared"]);
    expect(heard[0]?.raw).toContain(String(emu.issue(number).html_url));
    expect(heard[0]?.raw).toContain("API 5xx rate above 5%");
  });

  it("a channel whose variable the step does not set fails the step, naming the option and the variable", async () => {
    const { payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] });
    const before = sink.received.length;
    const result = await deliver(payloads[0]!, {});
    expect(result.code).not.toBe(0);
    expect(result.errors.at(-1)).toMatch(
      /notifications\.channels\[0\]\.url: the environment variable SLACK_WEBHOOK_URL is not set/,
    );
    expect(sink.received.length).toBe(before);
  });
});
