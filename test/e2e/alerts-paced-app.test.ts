// Issue 19: "the same group 100 times in 10 s", spread over the 10 s (one every 100 ms, as a noisy
// group re-sent by several Alertmanager replicas arrives), to the app as deployed with GitHub's own
// write spacing (the defaults: 1 s between writes, 3 s between comments, one board write per
// incident every 2.5 s): one incident, at most 2 comments, every notification counted, and alert
// writes spaced like every other write (far fewer than notifications).
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import type { Emulator } from "../../src/emulator/index.js";
import {
  aroundAlertApp,
  group,
  incidents,
  postAlert,
  quiet,
  reached,
  readIncident,
  writes,
} from "./alerts-harness.js";
import type { AppProcess } from "./server-harness.js";

let emu: Emulator;
let app: AppProcess;

aroundAlertApp(
  (started, process) => {
    emu = started;
    app = process;
  },
  {
    // GitHub's spacing, as `npm start` uses it by default (the harness turns it off for speed).
    INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "1000",
  },
  { labels: labelSpecs(defaultConfig()) },
);

describe("a storm spread over 10 s, with GitHub's write spacing", () => {
  it("100 notifications of one group, one every 100 ms: one incident, at most 2 comments, all counted", async () => {
    const read = readIncident(emu);
    const key = '{}:{alertname="PagedTooOften"}';
    const mark = emu.mark();
    const answers: Array<Promise<{ status: number }>> = [];
    for (let i = 0; i < 100; i++) {
      answers.push(postAlert(app.url, "alertmanager", group("firing", key)));
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await Promise.all(answers)).map((a) => a.status)).toEqual(Array(100).fill(202));
    await reached(
      "one incident",
      () => incidents(emu).length,
      (n) => n === 1,
    );
    const number = read.newest();
    await reached(
      "the board says 100 notifications",
      () => read.board(number),
      (b) => b.includes("(100 notifications)"),
    );
    await quiet(emu, 4000); // longer than any spacing: nothing is still waiting to be written
    expect(incidents(emu)).toHaveLength(1);
    expect(read.countOf(number)).toBe(100);
    expect(emu.comments(number).length).toBeLessThanOrEqual(2); // the board and the count
    const written = writes(emu.requestsSince(mark));
    const listed = written.map((r) => `${r.method} ${r.path}`);
    // Measured: 13 (the incident and the dashboard, the board and the count, 9 edits of the two).
    expect(written.length, listed.join("\n")).toBeLessThanOrEqual(20);
    expect(listed.filter((r) => r === "POST /repos/acme/web/issues")).toHaveLength(2); // and the dashboard
    const created = listed.filter((r) => r.startsWith("POST") && r.endsWith("/comments"));
    expect(created).toEqual(Array(2).fill(`POST /repos/acme/web/issues/${number}/comments`));
  }, 240_000);
});
