// Two replicas' sweeps posting reminders for one incident at the same moment, over real HTTP to the
// emulator: each run posts, lists, and gives way to an older comment by the tool that covers any
// key its own covers. Reminders due together share one comment, so the two runs may have seen
// different sets due; the incident still ends with each key reminded once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Effects } from "../../src/core/effects/types.js";
import { reminderMarker } from "../../src/core/state/markers.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { createPorts } from "../../src/github/octokit-ports.js";
import { applyAnswers } from "../../src/handlers/apply-effects.js";
import { client } from "../emulator/test-client.js";

let emu: Emulator;
let issue: number;
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  issue = emu.as("alice").openIssue({ title: "Payments down", labels: ["incident"] }).number;
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const self = () => `${emu.appSlug}[bot]`;
const ports = () =>
  createPorts(
    client(emu, emu.installationToken()),
    { owner: "acme", repo: "web" },
    { self: async () => self() },
  );
const remind = (keys: string[]) => `${reminderMarker(keys)}\n@alice incident needs attention\n`;
const effects = (comments: string[]): Effects => ({
  addLabels: [],
  removeLabels: [],
  addAssignees: [],
  removeAssignees: [],
  close: null,
  comments,
  reactions: [],
});
const reminders = () =>
  emu
    .comments(issue)
    .map((c) => String(c.body))
    .filter((b) => b.startsWith("<!-- incident-workflow:remind:"));

describe("a replica race on reminders that share a key", () => {
  it("the later comment gives way; the events returned are the older one's, so its keys count as reminded", async () => {
    // The other replica's sweep posted the update reminder alone, just after this run read the history.
    await ports().createComment(issue, remind(["update:declared:1"]));
    const added = await applyAnswers(
      ports(),
      issue,
      effects([remind(["update:declared:1", "role:comms:2026-11-21T09:00:00Z"])]),
      self(),
      "2026-11-21T09:40:00Z",
    );
    expect(reminders()).toEqual([remind(["update:declared:1"])]);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ kind: "commented", body: remind(["update:declared:1"]) });
  });

  it("a comment sharing no key with the older one stays", async () => {
    await ports().createComment(issue, remind(["role:scribe:2026-11-21T09:00:00Z"]));
    const mine = remind(["update:declared:1", "role:comms:2026-11-21T09:00:00Z"]);
    const added = await applyAnswers(ports(), issue, effects([mine]), self(), "2026-11-21T09:40:00Z");
    expect(reminders()).toEqual([remind(["role:scribe:2026-11-21T09:00:00Z"]), mine]);
    expect(added).toMatchObject([{ kind: "commented", body: mine }]);
  });
});
