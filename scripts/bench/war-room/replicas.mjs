// Two replicas sharing Redis (REDIS_URL), write spacing on, limits enforced: a war room on 5
// incidents at 1 event/s for WAR_ROOM_SECONDS, deliveries alternating between the replicas, one
// killed (SIGKILL) half-way (later deliveries go to the survivor, as a load balancer would send them).
import { heading } from "../stats.mjs";
import { startApp, startRedis } from "./app.mjs";
import { quiet, s, verdictRows, warRoomFigures } from "./report.mjs";
import { seconds } from "./war-room.mjs";

/** Incidents missing from the dashboard issue's rows (all of them when there is no dashboard). */
function missingRows(m, emu, numbers) {
  const dashboards = emu.issues().filter((i) => m.isDashboardIssue(emu, i));
  const body = dashboards.map((i) => String(i.body)).join("\n");
  return { dashboards: dashboards.length, missing: numbers.filter((n) => !body.includes(`[#${n}](`)) };
}

export async function benchReplicas(m, { incidents = 5, rate = 1 } = {}) {
  const duration = seconds();
  heading(
    `(W) Two replicas with Redis: ${incidents} incidents, ${rate} event/s for ${duration} s, one killed half-way`,
  );
  const redis = await startRedis();
  const emu = await m.startEmulator({
    owner: "acme",
    repo: "web",
    labels: m.labelSpecs(m.defaultConfig()),
    secondaryLimits: m.GITHUB_LIMITS,
  });
  const env = { REDIS_URL: redis.url };
  const apps = [await startApp(emu, env), await startApp(emu, env)];
  let killed = false;
  try {
    const result = await m.runWarRoom(emu, {
      rate,
      seconds: duration,
      incidents,
      deliver: (hook, i) => (killed ? apps[0] : apps[i % 2]).post(hook),
      halfway: () => {
        killed = true;
        void apps[1].stop("SIGKILL");
      },
      settleMs: 240_000,
    });
    const numbers = result.incidents.map((x) => x.number);
    const rows = await m.until(() => missingRows(m, emu, numbers).missing.length === 0, 120_000);
    const done = Math.max(
      result.convergedAt ?? Number.POSITIVE_INFINITY,
      rows ? Date.now() : Number.POSITIVE_INFINITY,
    );
    const output = apps.map((a) => a.output()).join("\n");
    await quiet(emu);
    const f = warRoomFigures(m, emu, result, output, rate);
    if (process.env.WAR_ROOM_DETAIL) {
      // Diagnosis: which texts were slow (event index; the kill comes at half the events).
      const slow = result.samples
        .filter((x) => x.lag > 4000)
        .map((x) => `#${x.event}@${x.number}:${s(x.lag)}`);
      console.log(`  killed at event ${Math.floor(result.events.length / 2)}; slow texts: ${slow.join(" ")}`);
      const { writeFileSync } = await import("node:fs");
      const t0 = result.startedAt;
      const reqs = emu
        .requestsSince(result.mark)
        .map((r) => `${((r.at ?? 0) - t0) / 1000} ${r.status} ${r.method} ${r.path} ${r.actor}`);
      writeFileSync(process.env.WAR_ROOM_DETAIL, `${reqs.join("\n")}\n---\n${output}\n`);
    }
    const dash = missingRows(m, emu, numbers);
    const boards = result.incidents.map((x) => m.boardsOf(emu, x.number).length);
    verdictRows([
      ["events (/update, /note, /followup among them)", `${f.events} (${f.texts})`],
      ["deliveries not answered 202 (to the killed replica)", `${f.refusedDeliveries}`],
      [
        "board lag p50 / p95 / max",
        `${s(f.p50)} / ${s(f.p95)} / ${s(f.max)}`,
        "p95 ≤ 10.0 s",
        f.p95 <= 10_000,
      ],
      ["boards per incident", boards.join(" "), "1 each", boards.every((b) => b === 1)],
      [
        "dashboard issues, incidents missing from its rows",
        `${dash.dashboards}, ${dash.missing.length}`,
        "1, 0",
        dash.dashboards === 1 && dash.missing.length === 0,
      ],
      [
        "nothing lost: every board, label and role right",
        f.problems.length === 0 ? "yes" : `no: ${f.problems.slice(0, 2).join("; ")}`,
        "yes",
        f.problems.length === 0,
      ],
      [
        "converged after the last event",
        s(done - result.lastEventAt),
        "≤ 60 s",
        done - result.lastEventAt <= 60_000,
      ],
      ["writes per event (both replicas)", f.writesPerEvent.toFixed(2)],
      [
        "content-creating requests, max in a minute (both)",
        `${f.maxContentPerMinute}`,
        "≤ 80",
        f.maxContentPerMinute <= 80,
      ],
      ["content-creating requests, projected per hour (both)", `${f.perHour}`, "≤ 500", f.perHour <= 500],
      ["refused by GitHub's secondary limits", `${f.refusals}`, "0", f.refusals === 0],
      ["errors logged (both replicas)", `${f.errors.length}`, "0", f.errors.length === 0],
    ]);
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
    redis.stop();
    await emu.close();
  }
}
