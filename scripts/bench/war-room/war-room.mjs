// The war room of issue 18: one SEV1, 20 people, `rate` events a second for WAR_ROOM_SECONDS
// (default 120), to `node lib/start.js` with GitHub's write spacing on, against the emulator
// enforcing GitHub's secondary limits (80 content-creating requests a minute, 500 an hour, 900 points).
import { heading } from "../stats.mjs";
import { startApp } from "./app.mjs";
import { quiet, verdictRows, warRoomFigures, warRoomRows } from "./report.mjs";

export const seconds = () => Number(process.env.WAR_ROOM_SECONDS) || 120;

export async function benchWarRoom(m, rate) {
  const duration = seconds();
  heading(
    `(W) War room: 1 SEV1, 20 people, ${rate} event/s for ${duration} s, write spacing on, limits enforced`,
  );
  const emu = await m.startEmulator({
    owner: "acme",
    repo: "web",
    labels: m.labelSpecs(m.defaultConfig()),
    secondaryLimits: m.GITHUB_LIMITS,
  });
  const app = await startApp(emu);
  try {
    const result = await m.runWarRoom(emu, {
      rate,
      seconds: duration,
      deliver: (hook) => app.post(hook),
      settleMs: 240_000,
    });
    await quiet(emu);
    const f = warRoomFigures(m, emu, result, app.output(), rate);
    const budget = rate <= 1 ? { p95: 5_000, max: 10_000, writesPerEvent: 0.7 } : { p95: 10_000 };
    verdictRows(warRoomRows(f, budget));
    if (process.env.WAR_ROOM_DETAIL) console.log(`  writes by kind: ${f.writesBy.join("; ")}`);
    return f;
  } finally {
    await app.stop();
    await emu.close();
  }
}
