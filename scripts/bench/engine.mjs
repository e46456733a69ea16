// Engine time per event without the network, and the board's size on a very long incident.
import { buildIncident } from "./history.mjs";
import { heading, ms, percentile, table, verdict } from "./stats.mjs";

const noop = () => {};

/** Ports that answer at once from memory: what is left of an event is the engine's own work. */
function memoryPorts() {
  let nextId = 9_000_000;
  const done = async () => {};
  return {
    repo: { owner: "acme", repo: "web" },
    readTimeline: async () => [],
    addLabels: done,
    removeLabel: done,
    removeAssignees: done,
    addAssignees: done,
    createIssue: async () => {
      throw new Error("not used");
    },
    closeIssue: done,
    createComment: async () => ({ id: nextId++, url: "https://github.com/acme/web/issues/7#c" }),
    updateComment: done,
    deleteComment: done,
    listComments: async () => [],
    addReaction: done,
    listRepoLabels: async () => [],
    createRepoLabel: done,
    listIssues: async () => [],
    readFile: async () => null,
    getDefaultBranch: async () => ({ name: "main", sha: "0".repeat(40) }),
    getBranch: async () => null,
    createBranch: done,
    putFile: done,
    findPulls: async () => [],
    createPull: async () => ({ number: 1, url: "" }),
    requestReviewers: done,
  };
}

const TRIGGERS = [
  { kind: "comment", body: (k) => `/update Error rate down to ${k % 100}% after the rollback` },
  { kind: "comment", body: (k) => `/note Checked replica lag on db-${k % 7}: fine` },
  { kind: "label", label: "SEV1" },
  { kind: "comment", body: (k) => `/role lead @${["bob", "carol", "dave"][k % 3]}` },
  { kind: "comment", body: (k) => `/followup Alert on checkout 5xx rate (${k})` },
];

/**
 * (1) One event on a 200-event incident, 1,000 times: what the app does between reading the
 * timeline and writing to GitHub — parse the trigger's commands, derive the state, plan the
 * effects, re-derive, render the board (`reconcile` over in-memory ports).
 */
export async function benchEngine(m, { events = 200, samples = 1000, warmup = 100 } = {}) {
  const config = m.defaultConfig();
  const base = buildIncident(
    events,
    (kind, i) => `${kind} ${i}: details of what we saw and did`,
    m.BOARD_MARKER,
  );
  const deps = {
    ports: memoryPorts(),
    loadConfig: async () => ({ ok: true, config }),
    now: () => base.now(),
    self: async () => "incident-workflow[bot]",
    log: { info: noop, warn: noop, error: noop },
    configPath: ".github/incidents.yml",
  };
  const template = m.builtInTemplate("status-board.md.hbs");

  const total = [];
  const derive = [];
  const render = [];
  for (let k = 0; k < warmup + samples; k++) {
    const trigger = TRIGGERS[k % TRIGGERS.length];
    const timeline = [...base.events];
    const issue = base.issue();
    const id = 5_000_000 + k;
    const at = base.now().toISOString();
    let t0;
    if (trigger.kind === "label") {
      issue.labels = [...issue.labels, trigger.label];
      timeline.push({ kind: "labeled", id, at, actor: { login: "bob", isBot: false }, label: trigger.label });
      t0 = performance.now();
    } else {
      const body = trigger.body(k);
      const url = `https://github.com/acme/web/issues/7#issuecomment-${id}`;
      const actor = { login: "bob", isBot: false };
      timeline.push({ kind: "commented", id, at, actor, body, association: "MEMBER", url });
      t0 = performance.now();
    }
    const result = await m.reconcile(issue, timeline, config, deps);
    const t1 = performance.now();
    if (result.outcome !== "handled")
      throw new Error(`engine did not handle the event: ${JSON.stringify(result)}`);
    const state = m.deriveState(issue, timeline, config, { now: base.now(), self: "incident-workflow[bot]" });
    const t2 = performance.now();
    m.renderBoard(state, config, template);
    const t3 = performance.now();
    if (k >= warmup) {
      total.push(t1 - t0);
      derive.push(t2 - t1);
      render.push(t3 - t2);
    }
  }

  heading(`(1) Engine time per event, no network (${events}-event incident, ${samples} events)`);
  const p99 = percentile(total, 99);
  table([
    ["parse + derive + plan + render (reconcile)", "", ""],
    ["  p50", ms(percentile(total, 50))],
    ["  p95", ms(percentile(total, 95))],
    ["  p99", ms(p99), `budget < 5 ms: ${verdict(p99 < 5)}`],
    ["  max", ms(Math.max(...total))],
    [
      "of which, alone: deriveState p50 / p99",
      `${ms(percentile(derive, 50))} / ${ms(percentile(derive, 99))}`,
    ],
    ["               renderBoard p50 / p99", `${ms(percentile(render, 50))} / ${ms(percentile(render, 99))}`],
  ]);
  console.log(
    `  (${warmup} warm-up events not counted; triggers: /update, /note, SEV1 label, /role, /followup)`,
  );
}

/** (4) The board of a 5,000-event incident whose updates are 70,000 characters each. */
export function benchBoardSize(m, { events = 5000, textLength = 70_000 } = {}) {
  const config = m.defaultConfig();
  const long = "x".repeat(textLength - 12);
  const text = (kind, i) =>
    kind === "update" || kind === "impact" ? `${String(i).padStart(10, "0")}: ${long}` : `${kind} ${i}`;
  const h = buildIncident(events, text, m.BOARD_MARKER);
  const issue = h.issue();
  const t0 = performance.now();
  const state = m.deriveState(issue, h.events, config, { now: h.now(), self: "incident-workflow[bot]" });
  const body = m.renderBoard(state, config, m.builtInTemplate("status-board.md.hbs"));
  const took = performance.now() - t0;
  const limit = 65_536;

  heading(`(4) Board size, ${events}-event incident, ${textLength.toLocaleString("en")}-character updates`);
  table([
    ["updates / timeline entries in the state", `${state.updates.length} / ${state.timeline.length}`],
    [
      "board length",
      `${body.length.toLocaleString("en")} chars`,
      `GitHub limit 65,536: ${verdict(body.length < limit)}`,
    ],
    ["derive + render time", ms(took)],
  ]);
}
