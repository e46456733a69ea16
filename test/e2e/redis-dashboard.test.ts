// Two replicas with one REDIS_URL (issue 18, item 5): a replica killed while a dashboard write waits
// for the pace (the board already carries the incident's row, so no later run of the incident asks
// for it again) leaves the row recorded in Redis; the survivor writes it with no further event and
// no sweep, and the dashboard ends with every incident's row. So does a replica killed in a run
// after its board and before it asked for the dashboard: the adopted run writes the row.
import { afterAll, beforeAll, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { readRowsMarker } from "../../src/core/dashboard/row.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type RedisServer, startRedis, stopReplicas } from "../helpers/redis.js";
import { boards } from "./probot-harness.js";
import { type AppProcess, eventually, startAppProcess } from "./server-harness.js";

let redis: RedisServer;
let emu: Emulator;
const apps: AppProcess[] = [];
const env = () => ({
  REDIS_URL: redis.url,
  INCIDENT_WORKFLOW_SWEEP: "off",
  INCIDENT_WORKFLOW_LEASE_SECONDS: "3",
  INCIDENT_WORKFLOW_DASHBOARD_INTERVAL_SECONDS: "20",
});

beforeAll(async () => {
  redis = await startRedis();
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  emu.setAssociation("alice", "MEMBER");
  apps.push(await startAppProcess(emu, env()), await startAppProcess(emu, env()));
}, 60_000);

afterAll(() => stopReplicas(apps, redis, emu));

const dashboards = () => emu.issues().filter((i) => i.title === "Incident dashboard");
const rowsOnDashboard = () => readRowsMarker(String(dashboards()[0]?.body ?? "")).map((r) => r.n);
/** How many of `name`'s runs for issue `n` the replica has finished (its info log). */
const runsDone = (app: AppProcess, n: number) =>
  app
    .output()
    .split("\n")
    .filter((l) => l.includes(`acme/web#${n}: done`)).length;

/** Opens an incident through `app`; resolves once `app` has written its board. */
async function declare(app: AppProcess, title: string) {
  const incident = emu.as("alice").openIssue({ title, labels: ["incident", "SEV2"] });
  for (const p of incident.payloads) await app.post(p);
  await eventually(
    () => boards(emu, incident.number).length,
    (n) => n === 1,
    20_000,
  );
  return incident;
}

it("a replica killed with a dashboard write waiting for its turn: the other writes the row, with no further event", async () => {
  const first = await declare(apps[0]!, "Checkout down");
  await eventually(rowsOnDashboard, (rows) => rows.includes(first.number), 20_000);
  // Within the interval: the second incident's runs finish (board written), its dashboard row waits.
  const second = await declare(apps[0]!, "Search down");
  await eventually(
    () => runsDone(apps[0]!, second.number),
    (n) => n === second.payloads.length,
    20_000,
  );
  expect(runsDone(apps[0]!, second.number)).toBe(second.payloads.length);
  expect(rowsOnDashboard()).toEqual([first.number]);
  await apps[0]!.stop("SIGKILL");
  // Adopted once it falls due (the interval, 20 s, and its slack, 10 s) and the lease's grace.
  await eventually(rowsOnDashboard, (rows) => rows.includes(second.number), 60_000);
  expect(rowsOnDashboard()).toEqual([first.number, second.number]);
  expect(dashboards()).toHaveLength(1);
  await apps[1]!.waitFor(
    new RegExp(`acme/web#${second.number}#dashboard: finished work another replica`),
    10_000,
  );
  expect(apps[1]!.output()).not.toMatch(/"level":50/);
}, 120_000);

it("a replica killed after the board and before asking for the dashboard: the adopted run writes the row", async () => {
  apps[0] = await startAppProcess(emu, env());
  const before = rowsOnDashboard();
  // The replica dies in its run, after the board, holding its label write (the board comes first).
  const hang = emu.fault({ method: "POST", pathPattern: "/labels", delayMs: 60_000 });
  const third = emu.as("alice").openIssue({ title: "Login down", labels: ["incident", "SEV2"] });
  await apps[0]!.post(third.payloads[0]!);
  await eventually(
    () => hang.hits,
    (n) => n === 1,
    20_000,
  );
  expect(hang.hits).toBe(1);
  expect(boards(emu, third.number)).toHaveLength(1);
  expect(rowsOnDashboard()).toEqual(before);
  await apps[0]!.stop("SIGKILL");
  hang.cancel();
  await eventually(rowsOnDashboard, (rows) => rows.includes(third.number), 60_000);
  expect(rowsOnDashboard()).toEqual([...before, third.number]);
  expect(dashboards()).toHaveLength(1);
  await apps[1]!.waitFor(new RegExp(`acme/web#${third.number}: finished work another replica`), 10_000);
}, 120_000);
