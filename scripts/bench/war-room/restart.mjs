// Restart with a backlog: 10 incidents × 20 deliveries accepted (202) by `node lib/start.js` (write
// spacing on, limits enforced), SIGTERM at once, a new process started, then one more event per
// incident. Times from the restart until every incident has its board, and until every board, label
// and role is right; writes since the restart.
import { heading } from "../stats.mjs";
import { startApp } from "./app.mjs";
import { s, verdictRows } from "./report.mjs";

export async function benchRestart(m, { incidents = 10, perIncident = 20 } = {}) {
  heading(`(W) Restart with a backlog: ${incidents} incidents × ${perIncident} deliveries, SIGTERM, restart`);
  const emu = await m.startEmulator({
    owner: "acme",
    repo: "web",
    labels: m.labelSpecs(m.defaultConfig()),
    secondaryLimits: m.GITHUB_LIMITS,
  });
  m.seatPeople(emu);
  let first = await startApp(emu);
  let second;
  try {
    const plans = Array.from({ length: incidents }, (_, i) => {
      const declared = m.declareIncident(emu, `Backlog ${i + 1}: search is slow`);
      const plan = new m.WarRoomPlan(emu, declared.expected, `i${i}`);
      const hooks = [...declared.hooks];
      while (hooks.length < perIncident) hooks.push(plan.next().hook);
      return { plan, hooks };
    });
    const queue = [];
    for (let k = 0; k < perIncident; k++) for (const p of plans) queue.push(p.hooks[k]);
    let accepted = 0;
    for (const hook of queue) if ((await first.post(hook)) === 202) accepted++;
    await first.stop("SIGTERM");
    const firstOutput = first.output();
    first = undefined;
    const restartedAt = Date.now();
    const mark = emu.mark();
    second = await startApp(emu);
    for (const p of plans) await second.post(p.plan.next().hook);
    const xs = plans.map((p) => p.plan.expected);
    const boarded = await m.until(() => xs.every((x) => m.boardsOf(emu, x.number).length > 0), 400_000);
    const boardsAt = Date.now();
    const right = await m.until(() => xs.every((x) => m.problemsOf(emu, x).length === 0), 400_000);
    const rightAt = Date.now();
    const stats = emu.limitStats(mark, emu.botLogin);
    const problems = xs.flatMap((x) => m.problemsOf(emu, x));
    const errors = [...m.loggedErrors(firstOutput), ...m.loggedErrors(second.output())];
    verdictRows([
      [
        "deliveries accepted (202) before SIGTERM",
        `${accepted} of ${queue.length}`,
        `${queue.length}`,
        accepted === queue.length,
      ],
      [
        "every incident has its board, after the restart",
        boarded ? s(boardsAt - restartedAt) : "never",
        "≤ 45 s",
        boarded && boardsAt - restartedAt <= 45_000,
      ],
      [
        "every board, label and role right, after the restart",
        right ? s(rightAt - restartedAt) : "never",
        "≤ 150 s",
        right && rightAt - restartedAt <= 150_000,
      ],
      ["writes after the restart", `${stats.writes}`],
      [
        "content-creating requests, max in a minute",
        `${stats.maxContentPerMinute}`,
        "≤ 80",
        stats.maxContentPerMinute <= 80,
      ],
      ["refused by GitHub's secondary limits", `${stats.refusals}`, "0", stats.refusals === 0],
      [
        "still wrong at the end",
        problems.length ? problems.slice(0, 2).join("; ") : "nothing",
        "nothing",
        problems.length === 0,
      ],
      ["errors logged (both processes)", `${errors.length}`, "0", errors.length === 0],
    ]);
  } finally {
    await first?.stop();
    await second?.stop();
    await emu.close();
  }
}
