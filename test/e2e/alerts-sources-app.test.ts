// Issue 19: Grafana's and PagerDuty's bodies POSTed to the app as deployed (`node lib/start.js`), the
// same way as Alertmanager's (alerts-app.test.ts): one incident per key at its mapped level, repeats
// counted on it, resolved and firing again noted once, another key a second incident. And every
// source's refusals: a wrong credential → 401, not JSON, 5 MB, missing fields → 4xx naming what is
// wrong; nothing written, not even later.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import {
  aroundAlertApp,
  grafana,
  group,
  incidents,
  pagerduty,
  pdSignature,
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

type Body = Record<string, unknown>;
type Source = "grafana" | "pagerduty";

const read = () => readIncident(emu);

/** The same way for every source: what the incident holds after each kind of notification. */
async function sameWay(
  source: Source,
  [firing, resolved, again, another]: [Body, Body, Body, Body],
  level: string,
) {
  const before = incidents(emu).length;
  expect((await postAlert(app.url, source, firing)).status).toBe(202);
  await reached(
    `${source}: one new incident with its board`,
    () => incidents(emu).length === before + 1 && read().board(read().newest()) !== "",
    Boolean,
  );
  const number = read().newest();
  expect(emu.labels(number)).toContain(level);
  expect(read().board(number)).toContain("| **Alerts** | 🔥 firing since");

  const answers = await Promise.all(Array.from({ length: 20 }, () => postAlert(app.url, source, firing)));
  expect(answers.map((a) => a.status)).toEqual(Array(20).fill(202));
  await reached(
    `${source}: counted 21`,
    () => read().board(number),
    (b) => b.includes("(21 notifications)"),
  );
  await quiet(emu);
  expect(incidents(emu)).toHaveLength(before + 1);
  expect(emu.comments(number).length).toBeLessThanOrEqual(2); // the board and the count

  for (let i = 0; i < 2; i++) expect((await postAlert(app.url, source, resolved)).status).toBe(202);
  await reached(
    `${source}: the board says all resolved`,
    () => read().board(number),
    (b) => b.includes("✅ all resolved") && b.includes("(23 notifications)"),
  );
  for (let i = 0; i < 2; i++) expect((await postAlert(app.url, source, again)).status).toBe(202);
  await reached(
    `${source}: the board says firing again`,
    () => read().board(number),
    (b) => b.includes("Alerts firing again") && b.includes("(25 notifications)"),
  );
  await quiet(emu);
  expect([read().changes(number, "resolved"), read().changes(number, "firing")]).toEqual([1, 1]);
  expect(emu.issue(number).state).toBe("open"); // closing stays human

  expect((await postAlert(app.url, source, another)).status).toBe(202);
  await reached(
    `${source}: a second incident`,
    () => incidents(emu).length,
    (n) => n === before + 2,
  );
  await quiet(emu);
  expect(read().countOf(number)).toBe(25);
  return number;
}

describe("Grafana, as deployed, the same way", () => {
  it("one incident at the most severe alert's level; repeats counted; resolved and firing again noted once; another group a second incident", async () => {
    const notifications = [grafana("firing"), grafana("resolved"), grafana("firing")] as const;
    await sameWay("grafana", [...notifications, grafana("firing", "{}:{team=red}")], "SEV2");
  });

  it("all alerts resolved with `alerts.resolved: mitigate` sets mitigated; the incident stays open", async () => {
    emu.setFile("main", ".github/incidents.yml", "alerts:\n  resolved: mitigate\n");
    const key = "{}:{team=green}";
    const before = incidents(emu).length;
    expect((await postAlert(app.url, "grafana", grafana("firing", key))).status).toBe(202);
    await reached(
      "a new incident",
      () => incidents(emu).length,
      (n) => n === before + 1,
    );
    const number = read().newest();
    await reached(
      "its board",
      () => read().board(number),
      (b) => b.includes("🔥 firing"),
    );
    expect((await postAlert(app.url, "grafana", grafana("resolved", key))).status).toBe(202);
    await reached(
      "mitigated",
      () => emu.labels(number),
      (l) => l.includes("status:mitigated"),
    );
    await reached(
      "the board says so",
      () => read().board(number),
      (b) => b.includes("✅ all resolved"),
    );
    expect(emu.labels(number)).not.toContain("status:investigating");
    expect(emu.issue(number).state).toBe("open");
    emu.removeFile("main", ".github/incidents.yml");
  });
});

describe("PagerDuty, as deployed, the same way", () => {
  it("a signed incident.triggered opens an incident at its priority's level (a rotation's second signature counts)", async () => {
    const body = JSON.stringify(pagerduty("incident.triggered", "PROTATE"));
    const rotation = `${pdSignature(body, "the-old-secret")},${pdSignature(body)}`;
    const before = incidents(emu).length;
    expect(await postAlert(app.url, "pagerduty", null, { raw: body, signature: rotation })).toMatchObject({
      status: 202,
    });
    await reached(
      "a new incident",
      () => incidents(emu).length,
      (n) => n === before + 1,
    );
    expect(emu.labels(read().newest())).toContain("SEV2");
    expect(emu.issue(read().newest()).title).toBe("Checkout latency above 2 s");
  });

  it("repeats counted; incident.resolved and incident.reopened noted once; another PagerDuty incident a second incident", async () => {
    const [triggered, resolved, reopened] = ["triggered", "resolved", "reopened"].map((t) =>
      pagerduty(`incident.${t}`),
    ) as [Body, Body, Body];
    const another = pagerduty("incident.triggered", "PANOTHER");
    const number = await sameWay("pagerduty", [triggered, resolved, reopened, another], "SEV2");
    const mark = emu.mark();
    expect(await postAlert(app.url, "pagerduty", pagerduty("incident.acknowledged"))).toEqual({
      status: 202,
      text: "ignored: event_type incident.acknowledged\n",
    });
    await quiet(emu);
    expect(writes(emu.requestsSince(mark))).toEqual([]);
    expect(read().countOf(number)).toBe(25);
  });
});

describe("refused, with nothing written", () => {
  let mark = 0;
  let before = 0;
  beforeAll(async () => {
    await quiet(emu);
    mark = emu.mark();
    before = incidents(emu).length;
  }, 60_000);
  const big = `{"a":"${"x".repeat(5 * 1024 * 1024)}"}`;
  const signedRaw = (raw: string) => ({ raw, signature: pdSignature(raw) });
  const noData = { event: { event_type: "incident.triggered", resource_type: "incident" } };
  const refusals: Array<[string, string, unknown, Parameters<typeof postAlert>[3], number, string]> = [
    ["a wrong token", "alertmanager", group("firing"), { token: "guess" }, 401, "Bearer"],
    ["a wrong token", "grafana", grafana("firing"), { token: "guess" }, 401, "Bearer"],
    ["no token", "grafana", grafana("firing"), { token: null }, 401, "Bearer"],
    ["a wrong token", "generic", { title: "x" }, { token: "guess" }, 401, "Bearer"],
    [
      "a wrong signature",
      "pagerduty",
      pagerduty("incident.triggered"),
      { signature: pdSignature("o") },
      401,
      "X-PagerDuty-Signature",
    ],
    [
      "a signature with another secret",
      "pagerduty",
      null,
      { ...signedRaw("{}"), signature: pdSignature("{}", "guess") },
      401,
      "X-PagerDuty-Signature",
    ],
    ["a body that is not JSON", "alertmanager", null, { raw: "{not json" }, 400, "not JSON"],
    ["a body that is not JSON", "grafana", null, { raw: "{not json" }, 400, "not JSON"],
    ["a body that is not JSON", "pagerduty", null, signedRaw("{not json"), 400, "not JSON"],
    ["a 5 MB body", "alertmanager", null, { raw: big }, 413, "larger than 1048576 bytes"],
    ["a 5 MB body", "grafana", null, { raw: big }, 413, "larger than 1048576 bytes"],
    ["a 5 MB body", "pagerduty", null, signedRaw(big), 413, "larger than 1048576 bytes"],
    [
      "a missing field",
      "alertmanager",
      { ...group("firing"), alerts: undefined },
      {},
      422,
      "alerts must be a list; found nothing",
    ],
    [
      "a missing groupKey",
      "alertmanager",
      { ...group("firing"), groupKey: undefined },
      {},
      422,
      "groupKey is missing",
    ],
    [
      "a missing field",
      "grafana",
      { ...grafana("firing"), alerts: undefined },
      {},
      422,
      "alerts must be a list; found nothing",
    ],
    ["a missing field", "pagerduty", noData, {}, 422, "event.data"],
    ["no repository", "generic", { title: "x" }, { repo: "" }, 400, "?repo=<owner>/<name>"],
    [
      "a repository the app is not installed on",
      "generic",
      { title: "x" },
      { repo: "acme/elsewhere" },
      404,
      "not installed on acme/elsewhere",
    ],
    ["an unknown source", "nagios", { title: "x" }, {}, 404, "not found"],
  ];
  it.each(refusals)("%s (%s)", async (_what, source, body, options, status, message) => {
    const answer = await postAlert(app.url, source, body, options);
    expect(answer.status, answer.text).toBe(status);
    expect(answer.text).toContain(message);
  });

  it("an invalid .github/incidents.yml: 422 naming the option and what was found", async () => {
    emu.setFile("main", ".github/incidents.yml", "alerts:\n  dedup: sometimes\n");
    try {
      const answer = await postAlert(app.url, "alertmanager", group("firing"));
      expect(answer.status, answer.text).toBe(422);
      expect(answer.text).toContain("no alert is taken");
      expect(answer.text).toContain("alerts.dedup");
      expect(answer.text).toContain("sometimes");
    } finally {
      emu.removeFile("main", ".github/incidents.yml");
    }
  });

  it("and nothing was written, not even after the app's accepted work is done", async () => {
    await quiet(emu);
    expect(writes(emu.requestsSince(mark))).toEqual([]);
    expect(incidents(emu)).toHaveLength(before);
  });
});
