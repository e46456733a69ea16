// Figures of a war room as the issue's "Must show" states them, and rows with a verdict each.
import { percentile, table } from "../stats.mjs";

export const s = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : "—");

/**
 * Waits until the app has sent nothing for `ms` (at most `bound`): the figures then count the writes
 * that trail the last visible change (the dashboard, acknowledgements). Returns the ms it waited.
 */
export async function quiet(emu, ms = 5_000, bound = 120_000) {
  const started = Date.now();
  for (let seen = emu.mark(), since = Date.now(); Date.now() - started < bound; ) {
    await new Promise((r) => setTimeout(r, 250));
    if (emu.mark() !== seen) [seen, since] = [emu.mark(), Date.now()];
    else if (Date.now() - since >= ms) break;
  }
  return Date.now() - started;
}

/** Prints rows of [figure, value, budget, ok]; ok undefined = informational. Returns whether all held. */
export function verdictRows(rows) {
  table(
    rows.map(([label, value, budget, ok]) => [
      label,
      value,
      budget ?? "",
      ok === undefined ? "" : ok ? "ok" : "OVER BUDGET",
    ]),
  );
  const all = rows.every((r) => r[3] !== false);
  console.log(`  verdict: ${all ? "within budget" : "OVER BUDGET"}`);
  return all;
}

/** The figures of one war room (see docs/performance.md, "War room", for what each means). */
export function warRoomFigures(m, emu, result, output, rate) {
  const { events, lags, unseen, seen, acked } = result;
  const requests = emu.requestsSince(result.mark);
  const stats = emu.limitStats(result.mark, emu.botLogin);
  const bot = m.botWrites(requests, emu.botLogin);
  const commands = events.filter((e) => e.commentId !== undefined);
  const withNumber = commands.map((e) => ({
    number: e.hook.payload.issue.number,
    commentId: e.commentId,
    ...(e.text === undefined ? {} : { text: e.text }),
  }));
  // Texts the board never showed count as lagging past the end of the run.
  const all = [...lags, ...unseen.map(() => Number.POSITIVE_INFINITY)];
  const contentPerEvent = stats.contentCreated / events.length;
  return {
    events: events.length,
    texts: lags.length + unseen.length,
    seen: seen.size,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    max: Math.max(...all),
    writesPerEvent: stats.writes / events.length,
    writes: stats.writes,
    // Which writes (method and path, numbers elided): where writes per event come from.
    writesBy: [
      ...requests
        .filter((r) => r.actor?.toLowerCase() === emu.botLogin.toLowerCase() && r.method !== "GET")
        .map((r) => `${r.method} ${r.operationId ?? r.path}`)
        .reduce((n, k) => n.set(k, (n.get(k) ?? 0) + 1), new Map()),
    ].map(([k, n]) => `${k}: ${n}`),
    maxContentPerMinute: stats.maxContentPerMinute,
    maxPointsPerMinute: stats.maxPointsPerMinute,
    perHour: Math.round(contentPerEvent * rate * 3600),
    refusals: stats.refusals,
    reactions: bot.reactions,
    botComments: bot.comments,
    replies: bot.replies,
    mentions: bot.mentions,
    commands: commands.length,
    unacknowledged: m.unacknowledged(emu, withNumber, seen, acked),
    problems: result.problems,
    converge:
      result.convergedAt === null ? Number.POSITIVE_INFINITY : result.convergedAt - result.lastEventAt,
    errors: m.loggedErrors(output),
    refusedDeliveries: result.refusedDeliveries,
  };
}

/** The rows every war room prints (lag budgets differ by scenario). */
export function warRoomRows(f, { p95, max, writesPerEvent }) {
  return [
    ["events (/update, /note, /followup among them)", `${f.events} (${f.texts})`],
    ["board lag p50", s(f.p50)],
    ["board lag p95", s(f.p95), `≤ ${s(p95)}`, f.p95 <= p95],
    [
      "board lag max",
      s(f.max),
      max === undefined ? "" : `≤ ${s(max)}`,
      max === undefined ? undefined : f.max <= max,
    ],
    ["texts never shown on the board", `${f.texts - f.seen}`, "0", f.texts === f.seen],
    [
      "writes per event",
      f.writesPerEvent.toFixed(2),
      writesPerEvent === undefined ? "" : `≤ ${writesPerEvent}`,
      writesPerEvent === undefined ? undefined : f.writesPerEvent <= writesPerEvent,
    ],
    [
      "content-creating requests, max in a minute",
      `${f.maxContentPerMinute}`,
      "≤ 80",
      f.maxContentPerMinute <= 80,
    ],
    ["content-creating requests, projected per hour", `${f.perHour}`, "≤ 500", f.perHour <= 500],
    ["refused by GitHub's secondary limits", `${f.refusals}`, "0", f.refusals === 0],
    ["acknowledgements: reactions + replies", `${f.reactions} + ${f.replies}`],
    ["bot comments (boards included), mentions", `${f.botComments}, ${f.mentions}`],
    [
      "commands not acknowledged in any way",
      `${f.unacknowledged} of ${f.commands}`,
      "0",
      f.unacknowledged === 0,
    ],
    [
      "final boards, labels and roles right",
      f.problems.length === 0 ? "yes" : `no: ${f.problems.slice(0, 2).join("; ")}`,
      "yes",
      f.problems.length === 0,
    ],
    ["time to converge after the last event", s(f.converge)],
    ["errors logged by the app", `${f.errors.length}`, "0", f.errors.length === 0],
    ["deliveries not answered 202", `${f.refusedDeliveries}`, "0", f.refusedDeliveries === 0],
  ];
}
