// The shipped scenarios played against the real sandbox (the real app over loopback HTTP, the
// emulator), with every outbound connection recorded: nothing may leave 127.0.0.1.
import { mkdtempSync } from "node:fs";
import { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoViolations } from "../../src/emulator/index.js";
import { bootSandbox, type Sandbox } from "../../src/sandbox/boot.js";
import { isBoard } from "../../src/sandbox/pages.js";
import { playScenario } from "../../src/sandbox/play.js";
import { parseScenario, readScenario, ScenarioError } from "../../src/sandbox/scenario.js";

const root = join(import.meta.dirname, "../..");
const connections: string[] = [];
const connect = Socket.prototype.connect;

beforeAll(() => {
  // Every TCP connection this process opens (fetch, http, Octokit) goes through Socket#connect.
  Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
    const [first] = args;
    const options = (
      typeof first === "object" && first !== null ? first : { port: first, host: args[1] }
    ) as {
      host?: unknown;
      path?: unknown;
    };
    connections.push(
      options.path !== undefined ? `unix:${String(options.path)}` : String(options.host ?? "localhost"),
    );
    return (connect as (...a: unknown[]) => Socket).apply(this, args);
  } as typeof Socket.prototype.connect;
});
afterAll(() => {
  Socket.prototype.connect = connect;
});

const boardOf = (sandbox: Sandbox, n: number) =>
  String(sandbox.emu.comments(n).find((c) => isBoard(c as never))?.body ?? "");

async function play(file: string) {
  const sandbox = await bootSandbox({ dir: mkdtempSync(join(tmpdir(), "iw-sandbox-")) });
  const lines: string[] = [];
  try {
    const played = await playScenario(sandbox, readScenario(join(root, "scenarios", file)), {
      speed: 1e6,
      log: (l) => lines.push(l),
    });
    await sandbox.settled();
    expectNoViolations(sandbox.emu);
    expect(sandbox.deliver.failures()).toEqual([]);
    return { sandbox, played, lines };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

describe("shipped scenarios", () => {
  it("SEV1 outage: escalated, handed over, resolved; the postmortem pull request names both commanders", async () => {
    const { sandbox, played, lines } = await play("sev1-outage.yml");
    try {
      expect(played.steps).toBe(11);
      expect(lines.at(-1)).toContain("bob comments: /resolve");
      const issue = sandbox.emu.issue(played.issue) as { state: string; state_reason: string };
      expect([issue.state, issue.state_reason]).toEqual(["closed", "completed"]);
      const board = boardOf(sandbox, played.issue);
      expect(board).toContain("**SEV1**");
      expect(board).toContain("| **Status** | ✅ Resolved |");
      // Mentions on the board carry a word joiner (no notification on every re-render).
      expect(board).toContain("| Commander | @\u2060bob |");
      expect(board).toContain("| Comms | @\u2060carol |");
      expect(board).toContain("| @\u2060bob is Commander | @\u2060alice |");
      expect(board).toContain("Hand-over done");
      expect(sandbox.emu.labels(played.issue)).toEqual(expect.arrayContaining(["SEV1", "role:commander"]));
      expect(sandbox.emu.labels(played.issue)).not.toContain("SEV2");
      const [pull] = sandbox.emu.pulls() as Array<{ head: { ref: string }; title: string }>;
      expect(pull?.title).toContain("Postmortem");
      const files = sandbox.emu.tree(pull?.head.ref ?? "");
      const postmortem =
        Object.entries(files).find(([path]) => path.startsWith("docs/postmortems/2"))?.[1] ?? "";
      expect(postmortem).toContain(`severity: "SEV1"`);
      expect(postmortem).toContain(`commander: "bob"`);
      expect(postmortem).toContain("Add a canary check on the payment client's error rate");
      expect(postmortem).toContain("@alice");
      expect(postmortem).toContain("@bob");
    } finally {
      await sandbox.close();
    }
  });

  it("SEV3 not an incident: closed as not planned, no postmortem, the board says so", async () => {
    const { sandbox, played } = await play("sev3-not-an-incident.yml");
    try {
      expect(played.steps).toBe(5);
      const issue = sandbox.emu.issue(played.issue) as { state: string; state_reason: string };
      expect([issue.state, issue.state_reason]).toEqual(["closed", "not_planned"]);
      const board = boardOf(sandbox, played.issue);
      expect(board).toContain("**Not an incident.**");
      expect(board).toContain("**SEV3**");
      expect(sandbox.emu.labels(played.issue)).toContain("not-an-incident");
      expect(sandbox.emu.pulls()).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it("made no connection beyond loopback", () => {
    expect(connections.length).toBeGreaterThan(0);
    expect(connections.filter((h) => h !== "127.0.0.1" && h !== "localhost" && h !== "::1")).toEqual([]);
  });
});

describe("a scenario that does not fit", () => {
  it("is refused with every problem by path", () => {
    const text = [
      "name: broken",
      "steps:",
      "  - as: alice",
      "    comment: /sev 1",
      "  - as: mallory",
      "    lable: SEV1",
      "  - as: bob",
      "    after: soon",
      "    close: done",
    ].join("\n");
    let message = "";
    try {
      parseScenario(text, "broken.yml");
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      message = (error as Error).message;
    }
    expect(message).toContain("broken.yml is not a valid scenario:");
    expect(message).toContain("steps[1].as: one of the sandbox's people: alice, bob, carol, dave");
    expect(message).toMatch(/steps\[1\]: Unrecognized key: "lable"/);
    expect(message).toContain('steps[2].after: a pause in seconds ("30s", "2m" or a number), not "soon"');
    expect(message).toContain('steps[2].close: Invalid option: expected one of "completed"|"not_planned"');
  });

  it("must declare its incident first, and only once", () => {
    const steps = (first: string, second: string) =>
      `name: x\nsteps:\n  - as: alice\n    ${first}\n  - as: bob\n    ${second}\n`;
    const declare = "declare: { title: t, summary: s }";
    expect(() => parseScenario(steps("comment: /sev 1", declare), "a.yml")).toThrow(
      "steps: the first step must declare the incident (`declare:`)",
    );
    expect(() => parseScenario(steps(declare, declare), "b.yml")).toThrow(
      "steps: a scenario declares one incident: only the first step may `declare:`",
    );
    expect(() => parseScenario(steps(declare, "comment: x\n    label: SEV1"), "c.yml")).toThrow(
      "steps[1]: each step does exactly one of: declare, comment, label, unlabel, close, reopen",
    );
  });

  it("names a file it cannot read, and YAML it cannot parse", () => {
    expect(() => readScenario("/nonexistent/x.yml")).toThrow(
      "cannot read scenario /nonexistent/x.yml: ENOENT",
    );
    expect(() => parseScenario("name: [", "bad.yml")).toThrow(/^bad\.yml: not valid YAML/);
  });
});
