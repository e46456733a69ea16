// (6) Hostile input: 65,536-character bodies and comments built to make the patterns that used to
// backtrack blow up, through the real parsers: the form parser (as on every `issues` event and every
// run of an incident), the command parser, and the state derivation of one comment (by a member,
// who pays the parse, and by an outsider, refused before it).
import { loadavg } from "node:os";
import { History } from "./history.mjs";
import { HOSTILE_TEXTS } from "./hostile-texts.mjs";
import { heading, ms, percentile, table, verdict } from "./stats.mjs";

/** Budget per text and parser (issue 17: "well under 10 ms each"). */
const BUDGET_MS = 10;

/**
 * `runs` timings of `work` (after one warm-up), in ms: the fastest (the parser's own cost) and the
 * median (what a busy machine adds: GC, other processes).
 */
function timings(work, runs) {
  work();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return { fastest: Math.min(...times), median: percentile(times, 50) };
}

export function benchHostileInput(m, { runs = 21 } = {}) {
  const config = m.defaultConfig();
  const now = new Date("2026-11-21T12:00:00Z");
  const derivation = (text, association) => {
    const h = new History().label("incident");
    h.comment(text, association === "NONE" ? "mallory" : "alice", false, association);
    return () => m.deriveState(h.issue(), h.events, config, { now, self: "incident-workflow[bot]" });
  };
  const rows = [["text (65,536 characters), fastest / median", "form", "commands", "member", "outsider"]];
  let worst = 0;
  let worstMedian = 0;
  for (const [name, text] of HOSTILE_TEXTS) {
    const measured = [
      timings(() => {
        m.isIncidentForm(text);
        m.parseIncidentForm(text, config);
      }, runs),
      timings(() => m.parseCommands(text, config, { now }), runs),
      timings(derivation(text, "MEMBER"), runs),
      timings(derivation(text, "NONE"), runs),
    ];
    worst = Math.max(worst, ...measured.map((t) => t.fastest));
    worstMedian = Math.max(worstMedian, ...measured.map((t) => t.median));
    rows.push([name, ...measured.map((t) => `${ms(t.fastest)} / ${ms(t.median)}`)]);
  }
  heading(`(6) Hostile input: ${runs} runs per text and parser (load average ${loadavg()[0].toFixed(1)})`);
  table(rows);
  table([
    ["slowest, fastest run", ms(worst), `budget ${BUDGET_MS} ms each: ${verdict(worst < BUDGET_MS)}`],
    ["slowest, median run", ms(worstMedian), "(what a busy machine adds)"],
  ]);
}
