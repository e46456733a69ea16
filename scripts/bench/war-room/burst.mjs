// A burst across 100 incidents × 20 events with GitHub's write spacing off
// (INCIDENT_WORKFLOW_WRITE_INTERVAL_MS=0), 32 senders: writes per event and dashboard rewrites per
// minute. The emulator measures the secondary limits but does not enforce them here: with the
// spacing off the burst is about what the app writes, not how GitHub would pace it.
import { heading } from "../stats.mjs";
import { startApp } from "./app.mjs";
import { quiet, s, verdictRows } from "./report.mjs";

export async function benchBurst(m, { incidents = 100, perIncident = 20, senders = 32 } = {}) {
  heading(`(W) Burst: ${incidents} incidents × ${perIncident} events, write spacing off`);
  const emu = await m.startEmulator({ owner: "acme", repo: "web", labels: m.labelSpecs(m.defaultConfig()) });
  m.seatPeople(emu);
  const app = await startApp(emu, { INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "0", LOG_LEVEL: "warn" });
  try {
    const plans = Array.from({ length: incidents }, (_, i) => {
      const declared = m.declareIncident(emu, `Burst ${i + 1}: queue is backing up`);
      const plan = new m.WarRoomPlan(emu, declared.expected, `i${i}`);
      const hooks = [...declared.hooks];
      while (hooks.length < perIncident) hooks.push(plan.next().hook);
      return { plan, hooks };
    });
    const queue = [];
    for (let k = 0; k < perIncident; k++) for (const p of plans) queue.push(p.hooks[k]);
    const deliveries = queue.length;
    queue.reverse();
    const mark = emu.mark();
    const started = Date.now();
    let refused = 0;
    await Promise.all(
      Array.from({ length: senders }, async () => {
        for (let hook = queue.pop(); hook !== undefined; hook = queue.pop())
          if ((await app.post(hook)) !== 202) refused++;
      }),
    );
    const xs = plans.map((p) => p.plan.expected);
    const right = await m.until(() => xs.every((x) => m.problemsOf(emu, x).length === 0), 400_000, 500);
    const took = Date.now() - started;
    await quiet(emu);
    const requests = emu.requestsSince(mark);
    const stats = emu.limitStats(mark, emu.botLogin);
    // Rewrites of the dashboard issue (its creation, a POST, is not one).
    const dashboard = requests.filter((r) => r.method === "PATCH" && m.isDashboardRequest(r));
    const dashboards = emu.issues().filter((i) => m.isDashboardIssue(emu, i)).length;
    const perMinute = m.maxInWindow(
      dashboard.map((r) => ({ at: r.at, weight: 1 })),
      60_000,
    );
    verdictRows([
      ["deliveries (not answered 202)", `${deliveries} (${refused})`, "0 refused", refused === 0],
      ["every board, label and role right after", right ? s(took) : "never", "", right],
      ["writes per event", (stats.writes / deliveries).toFixed(2), "≤ 1.5", stats.writes / deliveries <= 1.5],
      [
        "dashboard rewrites, total / max in a minute",
        `${dashboard.length} / ${perMinute}`,
        "≤ 1 a minute",
        perMinute <= 1,
      ],
      ["dashboard issues at the end", `${dashboards}`, "1", dashboards === 1],
      ["content-creating requests, max in a minute (not enforced)", `${stats.maxContentPerMinute}`],
      [
        "errors logged",
        `${m.loggedErrors(app.output()).length}`,
        "0",
        m.loggedErrors(app.output()).length === 0,
      ],
    ]);
  } finally {
    await app.stop();
    await emu.close();
  }
}
