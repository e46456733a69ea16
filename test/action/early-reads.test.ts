// The Action's engine loaded in two steps (src/action/main.ts): the client first, whose first reads
// go out before the handlers load. In process, with the real client and handlers, on the emulator.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { client } from "../../src/action/client.js";
import { type EngineHandlers, execute } from "../../src/action/execute.js";
import { handlers } from "../../src/action/run.js";
import { runnerHost } from "../../src/action/runner.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { CONFIG_READ } from "../helpers/requests.js";

let emu: Emulator;
let dir: string;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("bob", "MEMBER");
  // The client's Octokit reads the API's URL from the environment, as on a runner.
  vi.stubEnv("GITHUB_API_URL", emu.url);
  dir = mkdtempSync(join(tmpdir(), "iw-early-"));
});
afterEach(async () => {
  process.exitCode = 0;
  vi.unstubAllEnvs();
  expectNoViolations(emu);
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The runner's host for one event, its log kept in `log`. */
function host(hook: { name: string; payload: unknown }, log: string[]) {
  const event = join(dir, "event.json");
  writeFileSync(event, JSON.stringify(hook.payload));
  writeFileSync(join(dir, "out"), "");
  const env = {
    GITHUB_EVENT_NAME: hook.name,
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: "acme/web",
    GITHUB_OUTPUT: join(dir, "out"),
    "INPUT_GITHUB-TOKEN": emu.actionsToken,
    "INPUT_CONFIG-PATH": ".github/incidents.yml",
  };
  return runnerHost(env, (text) => void log.push(text));
}

/** Resolves once the emulator has received every request `wanted` names (or fails after 3 s). */
async function received(since: number, wanted: Array<(path: string) => boolean>): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!wanted.every((w) => emu.requestsSince(since).some((r) => w(r.path)))) {
    if (Date.now() > deadline) throw new Error("the early reads were not sent before the handlers loaded");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** An incident declared by Bob (`incident` + SEV2), each of its deliveries run; its number. */
async function declared(log: string[]): Promise<number> {
  const { number, payloads } = emu
    .as("bob")
    .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
  for (const p of payloads) await execute(host(p, log), { ...client, ...handlers });
  return number;
}

describe("the engine loaded in two steps", () => {
  it("sends the config, identity and history reads before the handlers load, and reads the history once", async () => {
    const log: string[] = [];
    const number = await declared(log);
    const mark = emu.mark();
    const timeline = (path: string) => path.endsWith(`/issues/${number}/timeline`);
    const loaded: string[] = [];
    await execute(host(emu.as("bob").label(number, "SEV1"), log), {
      client: async () => client,
      handlers: async (): Promise<EngineHandlers> => {
        // The handlers "load" only once the early reads have reached GitHub.
        await received(mark, [(p) => CONFIG_READ.test(p), (p) => p === "/graphql", timeline]);
        loaded.push("handlers");
        return handlers;
      },
    });
    expect(log.join("")).not.toContain("::error");
    expect(loaded).toEqual(["handlers"]);
    expect(emu.labels(number)).toContain("SEV1");
    expect(emu.labels(number)).not.toContain("SEV2");
    const paths = emu.requestsSince(mark).map((r) => r.path);
    expect(paths.filter(timeline)).toHaveLength(1);
    expect(paths.filter((p) => p === "/graphql")).toHaveLength(1);
  });

  it("asks only who it is for a bot's event, which may be the tool's own", async () => {
    const log: string[] = [];
    const number = await declared(log);
    const hook = emu.as("bob").label(number, "SEV1");
    const own = {
      ...hook,
      payload: { ...(hook.payload as object), sender: { login: "github-actions[bot]", type: "Bot" } },
    };
    const mark = emu.mark();
    await execute(host(own, log), { client: async () => client, handlers: async () => handlers });
    expect(emu.requestsSince(mark).map((r) => r.path)).toEqual(["/graphql"]);
    expect(log.join("")).toContain("Nothing to do: the tool's own change");
  });

  it("starts no read for an issue without the incident label", async () => {
    const { number } = emu.as("bob").openIssue({ title: "Typo in the docs", labels: [] });
    const mark = emu.mark();
    const log: string[] = [];
    const hook = emu.as("bob").comment(number, "/sev 2");
    let sentBeforeHandlers = -1;
    await execute(host(hook, log), {
      client: async () => client,
      handlers: async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        sentBeforeHandlers = emu.requestsSince(mark).length;
        return handlers;
      },
    });
    expect(sentBeforeHandlers).toBe(0);
    expect(log.join("")).toContain(`#${number} is not an incident`);
  });
});
