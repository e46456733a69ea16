// Issue 19: alerts in. Alertmanager POSTs to the app as deployed (`node lib/start.js`); what the
// incidents, their comments and boards hold afterwards. Grafana, PagerDuty and the refusals:
// alerts-sources-app.test.ts.
import { describe, expect, it, vi } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import {
  aroundAlertApp,
  fixture,
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

aroundAlertApp((started, process) => {
  emu = started;
  app = process;
});

vi.setConfig({ testTimeout: 180_000 }); // the machine may be busy: waits end once the state is reached

const numbered = (n: number) => emu.issue(n) as { number: number; state: string };
const board = (n: number) => readIncident(emu).board(n);
const countOf = (n: number) => readIncident(emu).countOf(n);
const changes = (n: number, status: "firing" | "resolved") => readIncident(emu).changes(n, status);

describe("Alertmanager, as deployed", () => {
  let number = 0;

  it("a firing group opens one incident at the level its labels map to", async () => {
    expect(await postAlert(app.url, "alertmanager", fixture("alertmanager-v4.json"))).toMatchObject({
      status: 202,
    });
    const [incident] = await reached(
      "one incident with its board",
      () => incidents(emu),
      (list) => list.length === 1 && board(list[0]?.number as number) !== "",
    );
    number = incident?.number as number;
    expect(emu.labels(number).sort()).toEqual(["SEV1", "incident", "status:investigating"]);
    expect(incident?.title).toBe("API 5xx rate above 5%");
    expect(board(number)).toContain("| **Alerts** | 🔥 firing since");
  });

  it("the same group 100 times in 10 s: still one incident, at most 2 comments, counts summarised", async () => {
    const mark = emu.mark();
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => postAlert(app.url, "alertmanager", fixture("alertmanager-v4.json"))),
    );
    expect(answers.every((a) => a.status === 202)).toBe(true);
    await reached(
      "the count comment says 101",
      () => countOf(number),
      (n) => n === 101,
    );
    await reached(
      "the board says 101 notifications",
      () => board(number),
      (b) => b.includes("(101 notifications)"),
    );
    await quiet(emu);
    expect(incidents(emu)).toHaveLength(1);
    expect(emu.comments(number).length).toBeLessThanOrEqual(2); // the board and the count
    // Notifications for one key arriving together share a run: far fewer writes than notifications.
    const written = writes(emu.requestsSince(mark));
    const listed = written.map((r) => `${r.method} ${r.path}`);
    const created = listed.filter((r) => r.startsWith("POST") && r.endsWith("/comments"));
    expect(created, listed.join("\n")).toEqual([`POST /repos/acme/web/issues/${number}/comments`]); // the count
    expect(written.length, listed.join("\n")).toBeLessThanOrEqual(50);
  });

  it("resolved: noted once on the timeline and the board; the incident stays open", async () => {
    for (let i = 0; i < 3; i++)
      expect((await postAlert(app.url, "alertmanager", group("resolved"))).status).toBe(202);
    await reached(
      "the board says all resolved, after 104 notifications",
      () => board(number),
      (b) =>
        b.includes("✅ all resolved") &&
        b.includes("All alerts resolved") &&
        b.includes("(104 notifications)"),
    );
    await quiet(emu);
    expect(changes(number, "resolved")).toBe(1);
    expect(numbered(number).state).toBe("open");
    expect(emu.labels(number)).toContain("status:investigating"); // `note` (the default) sets no status
  });

  it("firing again while the incident is open: noted once", async () => {
    for (let i = 0; i < 2; i++)
      expect((await postAlert(app.url, "alertmanager", group("firing"))).status).toBe(202);
    await reached(
      "the board says firing again, after 106 notifications",
      () => board(number),
      (b) =>
        b.includes("🔥 firing") && b.includes("Alerts firing again") && b.includes("(106 notifications)"),
    );
    await quiet(emu);
    expect(changes(number, "firing")).toBe(1);
    expect(changes(number, "resolved")).toBe(1);
    expect(incidents(emu)).toHaveLength(1);
  });

  it("another group opens a second incident", async () => {
    const other = group("firing", '{}:{alertname="DiskFull"}');
    expect((await postAlert(app.url, "alertmanager", other)).status).toBe(202);
    const list = await reached(
      "a second incident",
      () => incidents(emu),
      (l) => l.length === 2,
    );
    const second = Math.max(...list.map((i) => Number(i.number)));
    expect(second).not.toBe(number);
    expect(emu.labels(second)).toContain("SEV1");
    await quiet(emu);
    expect(countOf(number)).toBe(106); // the first incident did not count the other group
  });
});

describe("concurrent first notifications", () => {
  it("10 at once for a new group open one incident, counted on it", async () => {
    const key = '{}:{alertname="QueueBacklog"}';
    const before = incidents(emu).length;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => postAlert(app.url, "alertmanager", group("firing", key))),
    );
    expect(answers.every((a) => a.status === 202)).toBe(true);
    const list = await reached(
      "a new incident",
      () => incidents(emu),
      (l) => l.length > before,
    );
    const number = Math.max(...list.map((i) => Number(i.number)));
    await reached(
      "the count comment says 10",
      () => countOf(number),
      (n) => n === 10,
    );
    await quiet(emu);
    const open = incidents(emu).filter((i) => i.state === "open");
    expect(incidents(emu)).toHaveLength(before + 1);
    expect(open.map((i) => Number(i.number))).toContain(number);
  });
});
