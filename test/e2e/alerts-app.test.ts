// Issue 19: alerts in. Alertmanager, Grafana and PagerDuty POST to the app as deployed; what the
// incidents, their comments and boards hold afterwards, and what a refused body leaves (nothing).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import {
  fixture,
  group,
  incidents,
  PD_SECRET,
  pdSignature,
  postAlert,
  TOKEN,
  writes,
} from "./alerts-harness.js";
import { boards } from "./probot-harness.js";
import { type AppProcess, eventually, startAppProcess } from "./server-harness.js";

let emu: Emulator;
let app: AppProcess;

beforeAll(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  app = await startAppProcess(emu, {
    INCIDENT_WORKFLOW_SWEEP: "off",
    INCIDENT_WORKFLOW_ALERT_TOKEN: TOKEN,
    INCIDENT_WORKFLOW_PAGERDUTY_SECRET: PD_SECRET,
  });
}, 60_000);
afterAll(async () => {
  await app.stop();
  expectNoViolations(emu);
  await emu.close();
});

/** The machine may be busy: waits are generous (they end as soon as the state is reached). */
const LONG = 90_000;
vi.setConfig({ testTimeout: 180_000 });

/** Resolves once the emulator has seen no request for `ms` (the app's accepted work is done). */
async function quiet(ms = 1500): Promise<void> {
  let seen = -1;
  for (;;) {
    const now = emu.requests.length;
    if (now === seen) return;
    seen = now;
    await new Promise((r) => setTimeout(r, ms));
  }
}

const numbered = (n: number) => emu.issue(n) as { number: number; state: string };
const bodies = (n: number) => emu.comments(n).map((c) => String(c.body));
const board = (n: number) => String(boards(emu, n)[0]?.body ?? "");
const countOf = (n: number) => {
  const body = bodies(n).find((b) => b.startsWith("<!-- incident-workflow:alert-count:"));
  return body === undefined
    ? 1
    : Number(body.slice("<!-- incident-workflow:alert-count:".length).split(" ")[0]);
};
const changes = (n: number, status: "firing" | "resolved") =>
  bodies(n).filter((b) => b.startsWith(`<!-- incident-workflow:alert-state:${status} -->`)).length;

describe("Alertmanager, as deployed", () => {
  let number = 0;

  it("a firing group opens one incident at the level its labels map to", async () => {
    expect(await postAlert(app.url, "alertmanager", fixture("alertmanager-v4.json"))).toMatchObject({
      status: 202,
    });
    const [incident] = await eventually(
      () => incidents(emu),
      (list) => list.length === 1 && board(list[0]?.number as number) !== "",
      LONG,
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
    await eventually(
      () => countOf(number),
      (n) => n === 101,
      LONG,
    );
    await eventually(
      () => board(number),
      (b) => b.includes("(101 notifications)"),
      LONG,
    );
    expect(incidents(emu)).toHaveLength(1);
    expect(emu.comments(number).length).toBeLessThanOrEqual(2); // the board and the count
    await quiet();
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
    await eventually(
      () => board(number),
      (b) =>
        b.includes("✅ all resolved") &&
        b.includes("All alerts resolved") &&
        b.includes("(104 notifications)"),
      LONG,
    );
    expect(changes(number, "resolved")).toBe(1);
    expect(numbered(number).state).toBe("open");
    expect(emu.labels(number)).toContain("status:investigating"); // `note` (the default) sets no status
  });

  it("firing again while the incident is open: noted once", async () => {
    for (let i = 0; i < 2; i++) await postAlert(app.url, "alertmanager", group("firing"));
    await eventually(
      () => board(number),
      (b) =>
        b.includes("🔥 firing") && b.includes("Alerts firing again") && b.includes("(106 notifications)"),
      LONG,
    );
    expect(changes(number, "firing")).toBe(1);
    expect(changes(number, "resolved")).toBe(1);
    expect(incidents(emu)).toHaveLength(1);
  });

  it("another group opens a second incident", async () => {
    await postAlert(app.url, "alertmanager", group("firing", '{}:{alertname="DiskFull"}'));
    const list = await eventually(
      () => incidents(emu),
      (l) => l.length === 2,
      LONG,
    );
    expect(list.map((i) => i.number)).toContain(number);
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
    const list = await eventually(
      () => incidents(emu),
      (l) => l.length > before,
      LONG,
    );
    const number = Math.max(...list.map((i) => Number(i.number)));
    await eventually(
      () => countOf(number),
      (n) => n === 10,
      LONG,
    );
    await quiet();
    const open = incidents(emu).filter((i) => i.state === "open");
    expect(incidents(emu)).toHaveLength(before + 1);
    expect(open.map((i) => Number(i.number))).toContain(number);
  });
});

describe("Grafana, as deployed", () => {
  it("opens one incident at the most severe firing alert's level; resolved with `mitigate` sets mitigated", async () => {
    emu.setFile("main", ".github/incidents.yml", "alerts:\n  resolved: mitigate\n");
    const before = incidents(emu).length;
    expect((await postAlert(app.url, "grafana", fixture("grafana.json"))).status).toBe(202);
    const list = await eventually(
      () => incidents(emu),
      (l) => l.length === before + 1,
      LONG,
    );
    const number = Math.max(...list.map((i) => Number(i.number)));
    expect(emu.labels(number)).toContain("SEV2");
    const resolved = fixture("grafana.json");
    resolved.status = "resolved";
    resolved.alerts = (resolved.alerts as Array<Record<string, unknown>>).map((a) => ({
      ...a,
      status: "resolved",
    }));
    await postAlert(app.url, "grafana", resolved);
    await eventually(
      () => emu.labels(number),
      (l) => l.includes("status:mitigated"),
      LONG,
    );
    await eventually(
      () => board(number),
      (b) => b.includes("✅ all resolved"),
      LONG,
    );
    expect(emu.labels(number)).not.toContain("status:investigating");
    expect(numbered(number).state).toBe("open"); // closing stays human
    emu.removeFile("main", ".github/incidents.yml");
  });
});

describe("PagerDuty, as deployed", () => {
  it("a signed incident.triggered opens an incident at its priority's level; a rotation's second signature counts", async () => {
    const body = JSON.stringify(fixture("pagerduty-v3.json"));
    const before = incidents(emu).length;
    const rotation = `${pdSignature(body, "the-old-secret")},${pdSignature(body)}`;
    expect(await postAlert(app.url, "pagerduty", null, { raw: body, signature: rotation })).toMatchObject({
      status: 202,
    });
    const list = await eventually(
      () => incidents(emu),
      (l) => l.length === before + 1,
      LONG,
    );
    const number = Math.max(...list.map((i) => Number(i.number)));
    expect(emu.labels(number)).toContain("SEV2");
    expect(emu.issue(number).title).toBe("Checkout latency above 2 s");
  });

  it("an acknowledgement is answered and changes nothing", async () => {
    const body = fixture("pagerduty-v3.json");
    (body.event as Record<string, unknown>).event_type = "incident.acknowledged";
    const mark = emu.mark();
    expect(await postAlert(app.url, "pagerduty", body)).toEqual({
      status: 202,
      text: "ignored: event_type incident.acknowledged\n",
    });
    expect(writes(emu.requestsSince(mark))).toEqual([]);
  });
});

describe("refused, with nothing written", () => {
  beforeAll(() => quiet(), 60_000);
  const refusals: Array<[string, () => Promise<{ status: number; text: string }>, number, string]> = [
    [
      "a wrong token",
      () => postAlert(app.url, "alertmanager", group("firing"), { token: "guess" }),
      401,
      "Bearer",
    ],
    [
      "no token",
      () => postAlert(app.url, "grafana", fixture("grafana.json"), { token: null }),
      401,
      "Bearer",
    ],
    [
      "a wrong signature",
      () =>
        postAlert(app.url, "pagerduty", fixture("pagerduty-v3.json"), { signature: pdSignature("other") }),
      401,
      "X-PagerDuty-Signature",
    ],
    [
      "a body that is not JSON",
      () => postAlert(app.url, "alertmanager", null, { raw: "{not json" }),
      400,
      "not JSON",
    ],
    [
      "a 5 MB body",
      () => postAlert(app.url, "alertmanager", null, { raw: `{"a":"${"x".repeat(5 * 1024 * 1024)}"}` }),
      413,
      "larger than 1048576 bytes",
    ],
    [
      "a missing field",
      () => postAlert(app.url, "alertmanager", { ...group("firing"), alerts: undefined }),
      422,
      "alerts must be a list; found nothing",
    ],
    [
      "a missing groupKey",
      () => postAlert(app.url, "alertmanager", { ...group("firing"), groupKey: undefined }),
      422,
      "groupKey is missing",
    ],
    [
      "no repository",
      () => postAlert(app.url, "generic", { title: "x" }, { repo: "" }),
      400,
      "?repo=<owner>/<name>",
    ],
    [
      "a repository the app is not installed on",
      () => postAlert(app.url, "generic", { title: "x" }, { repo: "acme/elsewhere" }),
      404,
      "not installed on acme/elsewhere",
    ],
    ["an unknown source", () => postAlert(app.url, "nagios", { title: "x" }), 404, "not found"],
  ];
  it.each(refusals)("%s", async (_what, send, status, message) => {
    const before = incidents(emu).length;
    const mark = emu.mark();
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.text).toContain(message);
    expect(writes(emu.requestsSince(mark))).toEqual([]);
    expect(incidents(emu)).toHaveLength(before);
  });
});
