// Issue 19: the bundled Action (`node <runs.main>`) takes an Alertmanager or Grafana body forwarded
// as a repository_dispatch `client_payload`, mapped like the app's alert endpoints.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { fixture, group, incidents } from "../e2e/alerts-harness.js";
import { type ActionRun, assertBundleFresh, runAction } from "./run-action.js";

let emu: Emulator;

beforeAll(assertBundleFresh);
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const dispatch = (clientPayload: unknown): Promise<ActionRun> =>
  runAction({
    repository: "acme/web",
    apiUrl: emu.url,
    event: "repository_dispatch",
    payload: { action: "incident", client_payload: clientPayload, sender: { login: "alertbot" } },
    inputs: { "github-token": emu.actionsToken },
  });

function succeeded(result: ActionRun): ActionRun {
  expect(result.errors, result.stdout + result.stderr).toEqual([]);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return result;
}

const bodies = (n: number) => emu.comments(n).map((c) => String(c.body));

describe("repository_dispatch with an alerting system's body", () => {
  it("an Alertmanager body opens the incident at its label's level; repeats are counted, resolved noted once", async () => {
    const first = succeeded(await dispatch(fixture("alertmanager-v4.json")));
    const number = Number(first.outputs["incident-number"]);
    expect(first.outputs.severity).toBe("SEV1");
    expect(emu.issue(number).title).toBe("API 5xx rate above 5%");
    expect(emu.labels(number).sort()).toEqual(["SEV1", "incident", "status:investigating"]);
    succeeded(await dispatch(fixture("alertmanager-v4.json")));
    succeeded(await dispatch(group("resolved")));
    succeeded(await dispatch(group("resolved")));
    expect(incidents(emu)).toHaveLength(1);
    const said = bodies(number);
    expect(said.filter((b) => b.startsWith("<!-- incident-workflow:alert-state:resolved -->"))).toHaveLength(
      1,
    );
    expect(said.filter((b) => b.startsWith("<!-- incident-workflow:alert-count:4 -->"))).toHaveLength(1);
    const board = said.find((b) => b.startsWith("<!-- incident-workflow:board -->")) ?? "";
    expect(board).toContain("✅ all resolved");
    expect(board).toContain("(4 notifications)");
  });

  it("a Grafana body (its relay dropped the fields past GitHub's 10) opens the incident", async () => {
    const body = fixture("grafana.json");
    for (const field of ["title", "message", "receiver", "truncatedAlerts"]) delete body[field];
    expect(Object.keys(body)).toHaveLength(10);
    const run = succeeded(await dispatch(body));
    expect(run.outputs.severity).toBe("SEV2");
    expect(emu.issue(Number(run.outputs["incident-number"])).title).toBe("High memory usage, High CPU usage");
  });

  it("a recognised body missing a field fails the step naming it, and writes nothing", async () => {
    const mark = emu.mark();
    const run = await dispatch({ ...fixture("alertmanager-v4.json"), status: "pending" });
    expect(run.code).not.toBe(0);
    expect(run.errors.join("\n")).toContain(
      'client_payload (alertmanager): status must be "firing" or "resolved"; found "pending"',
    );
    expect(emu.requestsSince(mark).filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("the generic payload without status still opens an incident as before", async () => {
    const run = succeeded(await dispatch({ title: "Queue stuck", severity: "SEV2", dedup_key: "q" }));
    expect(run.outputs.severity).toBe("SEV2");
  });
});
