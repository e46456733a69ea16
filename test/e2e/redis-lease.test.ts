// Two replicas (`npm start` twice) with one REDIS_URL, deliveries of one incident spread across both
// at once: with the per-incident lease, one replica reconciles the incident at a time — in the
// requests GitHub sees, a run of one replica (its history read, then its writes) is never interleaved
// with the other's — and the incident ends with every update and one board. Killed while holding the
// lease, a replica frees it within the lease's life, and the survivor finishes the incident.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, type RecordedRequest, startEmulator } from "../../src/emulator/index.js";
import { type RedisServer, startRedis, stopReplicas } from "../helpers/redis.js";
import { type AppProcess, eventually, startAppProcess } from "./server-harness.js";

const isBoard = (body: unknown) => String(body).startsWith("<!-- incident-workflow:board -->");

describe("REDIS_URL: one replica at a time per incident", () => {
  let redis: RedisServer;
  let emu: Emulator;
  const apps: AppProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
    emu.setAssociation("alice", "MEMBER");
    const env = {
      REDIS_URL: redis.url,
      INCIDENT_WORKFLOW_SWEEP: "off",
      INCIDENT_WORKFLOW_LEASE_SECONDS: "3",
    };
    apps.push(await startAppProcess(emu, env), await startAppProcess(emu, env));
  }, 60_000);

  afterAll(() => stopReplicas(apps, redis, emu));

  /** The incident's requests (its history, labels, assignees, comments; the only incident here), in the order GitHub saw them. */
  const incidentRequests = (since: number, n: number): RecordedRequest[] =>
    emu
      .requestsSince(since)
      .filter(
        (r) =>
          r.path.startsWith(`/repos/acme/web/issues/${n}/`) ||
          r.path.startsWith("/repos/acme/web/issues/comments/"),
      )
      .sort((a, b) => a.at - b.at);
  const replicaOf = (r: RecordedRequest) => String(r.headers.authorization ?? "");

  it("deliveries spread across two replicas: runs never interleave; all 16 updates, one board", async () => {
    const incident = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    await apps[0]!.post(incident.payloads[0]!);
    await eventually(() => emu.comments(incident.number).some((c) => isBoard(c.body)), Boolean, 20_000);
    const mark = emu.mark();
    const updates = Array.from({ length: 16 }, (_, i) => `/update step ${i + 1} of the rollback`);
    // Four waves of four, each wave spread across both replicas at once.
    for (let wave = 0; wave < 4; wave++) {
      const posts = updates
        .slice(wave * 4, wave * 4 + 4)
        .map((text, i) => apps[i % 2]!.post(emu.as("alice").comment(incident.number, text)));
      expect((await Promise.all(posts)).map((a) => a.status)).toEqual([202, 202, 202, 202]);
      await new Promise((r) => setTimeout(r, 300));
    }
    const board = () => String(emu.comments(incident.number).find((c) => isBoard(c.body))?.body ?? "");
    await eventually(board, (b) => updates.every((u) => b.includes(u.slice("/update ".length))), 40_000);
    // Then quiet: both replicas have finished what they were given.
    await eventually(
      () => emu.requestsSince(mark).at(-1)?.at ?? 0,
      (last) => Date.now() - last > 2_000,
      40_000,
    );
    expect(emu.comments(incident.number).filter((c) => isBoard(c.body))).toHaveLength(1);
    for (const u of updates) expect(board()).toContain(u.slice("/update ".length));
    // Both replicas worked on it, and the one to take over always began with a history read.
    const requests = incidentRequests(mark, incident.number);
    expect(
      new Set(requests.map(replicaOf)),
      JSON.stringify(emu.requestsSince(mark).map((r) => `${r.method} ${r.path} ${replicaOf(r).slice(-4)}`)),
    ).toHaveProperty("size", 2);
    requests.forEach((r, i) => {
      const before = requests[i - 1];
      if (before !== undefined && replicaOf(before) !== replicaOf(r))
        expect(`${r.method} ${r.path}`, `request ${i} follows the other replica's`).toMatch(
          /^GET .*\/timeline$/,
        );
    });
    for (const app of apps) expect(app.output()).not.toMatch(/"level":50/);
  }, 90_000);

  it("a replica killed while it holds an incident's lease: the other takes over once it expires; nothing lost", async () => {
    const incident = emu.as("alice").openIssue({ title: "Search down", labels: ["incident", "SEV2"] });
    await apps[1]!.post(incident.payloads[0]!);
    await eventually(() => emu.comments(incident.number).some((c) => isBoard(c.body)), Boolean, 20_000);
    // The first replica's run hangs on its acknowledgement, holding the lease, and is killed there.
    const hang = emu.fault({ method: "POST", pathPattern: "/reactions", delayMs: 60_000 });
    await apps[0]!.post(emu.as("alice").comment(incident.number, "/update failing over to the replica"));
    await eventually(
      () => hang.hits,
      (hits) => hits === 1,
      20_000,
    );
    expect(hang.hits).toBe(1);
    await apps[0]!.stop("SIGKILL");
    await apps[1]!.post(emu.as("alice").comment(incident.number, "/update replica serving"));
    const board = () => String(emu.comments(incident.number).find((c) => isBoard(c.body))?.body ?? "");
    await eventually(board, (b) => b.includes("replica serving") && b.includes("failing over"), 30_000);
    expect(board()).toContain("failing over to the replica");
    expect(board()).toContain("replica serving");
    expect(emu.comments(incident.number).filter((c) => isBoard(c.body))).toHaveLength(1);
    expect(apps[1]!.output()).not.toMatch(/"level":50/);
  }, 90_000);

  it("a replica killed with a delivery accepted and unfinished: the other finishes it with no further event", async () => {
    // The survivor of the previous test, and a new replica beside it.
    apps[0] = await startAppProcess(emu, {
      REDIS_URL: redis.url,
      INCIDENT_WORKFLOW_SWEEP: "off",
      INCIDENT_WORKFLOW_LEASE_SECONDS: "3",
    });
    const incident = emu.as("alice").openIssue({ title: "Login down", labels: ["incident", "SEV2"] });
    await apps[1]!.post(incident.payloads[0]!);
    const board = () => String(emu.comments(incident.number).find((c) => isBoard(c.body))?.body ?? "");
    await eventually(board, (b) => b !== "", 20_000);
    const mark = emu.mark();
    await eventually(
      () => emu.requestsSince(mark).at(-1)?.at ?? Date.now(),
      (last) => Date.now() - last > 2_000,
      20_000,
    );
    // The new replica accepts an update and hangs writing its board; it dies there.
    const hang = emu.fault({ method: "PATCH", pathPattern: "/issues/comments/", delayMs: 60_000 });
    expect(
      (await apps[0]!.post(emu.as("alice").comment(incident.number, "/update rolled back to 4.2"))).status,
    ).toBe(202);
    await eventually(
      () => hang.hits,
      (hits) => hits === 1,
      20_000,
    );
    expect(hang.hits).toBe(1);
    await apps[0]!.stop("SIGKILL");
    // No other event on the incident, no sweep: the survivor finds the unfinished work in Redis.
    await eventually(board, (b) => b.includes("rolled back to 4.2"), 30_000);
    expect(board()).toContain("rolled back to 4.2");
    await apps[1]!.waitFor(/finished work another replica had accepted/, 10_000);
  }, 90_000);
});
