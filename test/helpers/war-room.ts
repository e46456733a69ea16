// The war-room driver shared by `npm run bench` (scripts/bench/war-room/) and the short war room in
// `npm test` (test/e2e/war-room.test.ts): people make events in the emulator at a fixed rate, each
// delivery is sent as GitHub would send it, and the board is polled from the emulator's state every
// ~100 ms to time how long each `/update`, `/note` and `/followup` takes to show on it. Everything is
// measured from the outside (the emulator's state and request record), so it fits any app.
import type { Emulator, Webhook } from "../../src/emulator/index.js";
import { boardsOf, problemsOf } from "./war-room-check.js";
import { declareIncident, type Expected, type MadeEvent, PEOPLE, WarRoomPlan } from "./war-room-plan.js";

/** How to run a war room. */
export interface WarRoomOptions {
  /** Events per second, across every incident. */
  rate: number;
  /** How long people keep making events. */
  seconds: number;
  /** Incidents worked at once (events go to each in turn); 1 for the war room. */
  incidents?: number;
  /** Sends one delivery to the app; resolves with the HTTP status it answered (202 when accepted). */
  deliver: (hook: Webhook, index: number) => Promise<number>;
  /** How long to wait after the last event for every board and label to be right (default 120 s). */
  settleMs?: number;
  /** How long to wait for each incident's first board before the events start (default 60 s). */
  declareMs?: number;
  /** Called (not awaited) once half the events are made: e.g. to kill a replica. */
  halfway?: () => void;
  /** Board polling interval (default 100 ms). */
  pollMs?: number;
}

/** What a war room measured. */
export interface WarRoomResult {
  events: MadeEvent[];
  incidents: Expected[];
  /** ms from each `/update`, `/note`, `/followup` being made to the board first showing its text. */
  lags: number[];
  /** The same lags with which event (its index in the run) and incident each was, for diagnosis. */
  samples: Array<{ event: number; number: number; lag: number }>;
  /** Texts the board never showed before the run ended. */
  unseen: string[];
  /** Texts the board came to show. */
  seen: Set<string>;
  /** Comment ids the board came to link as acknowledged commands ("Recent commands"). */
  acked: Set<number>;
  /** Deliveries the app did not answer 202 (or could not be reached for). */
  refusedDeliveries: number;
  /** `emu.mark()` when the first event was made (requests since then are the war room's). */
  mark: number;
  /** ms since the epoch: first event made, last event made, everything right (null: never). */
  startedAt: number;
  lastEventAt: number;
  convergedAt: number | null;
  /** What is still wrong at the end (empty when every board, label and role is right). */
  problems: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `done()` or `ms` pass; resolves with whether it got done. */
export async function until(done: () => boolean, ms: number, every = 100): Promise<boolean> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) return false;
    await sleep(every);
  }
  return true;
}

/** Makes every person of the war room a MEMBER of the repository (so their commands are authorised). */
export function seatPeople(emu: Emulator): void {
  for (const login of PEOPLE) emu.setAssociation(login, "MEMBER");
}

/** Runs a war room against an app reached through `deliver`; see WarRoomOptions. */
export async function runWarRoom(emu: Emulator, options: WarRoomOptions): Promise<WarRoomResult> {
  const { rate, seconds, deliver, settleMs = 120_000, declareMs = 60_000, pollMs = 100 } = options;
  seatPeople(emu);
  let sent = 0;
  let refusedDeliveries = 0;
  let chain: Promise<void> = Promise.resolve();
  // Deliveries go out in the order things happened, without holding up the people's schedule.
  const send = (hook: Webhook) => {
    const index = sent++;
    chain = chain.then(async () => {
      const status = await deliver(hook, index).catch(() => 0);
      if (status !== 202) refusedDeliveries++;
    });
  };
  const plans = Array.from({ length: options.incidents ?? 1 }, (_, i) => {
    const declared = declareIncident(emu, `War room ${i + 1}: checkout returns 500s`);
    for (const hook of declared.hooks) send(hook);
    return new WarRoomPlan(emu, declared.expected, options.incidents ? `i${i}` : "");
  });
  await chain;
  await until(() => plans.every((p) => boardsOf(emu, p.expected.number).length > 0), declareMs);

  const pending = new Map<string, { number: number; madeAt: number; event: number }>();
  const lags: number[] = [];
  const samples: WarRoomResult["samples"] = [];
  const seen = new Set<string>();
  const acked = new Set<number>();
  const poll = setInterval(() => {
    const now = Date.now();
    const boards = new Map(
      plans.map((p) => [p.expected.number, boardsOf(emu, p.expected.number).join("\n")]),
    );
    for (const board of boards.values()) for (const id of linkedComments(board)) acked.add(id);
    for (const [text, { number, madeAt, event }] of pending) {
      if (!boards.get(number)?.includes(text)) continue;
      lags.push(now - madeAt);
      samples.push({ event, number, lag: now - madeAt });
      seen.add(text);
      pending.delete(text);
    }
  }, pollMs);

  const events: MadeEvent[] = [];
  const total = Math.round(seconds * rate);
  const startedAt = Date.now();
  const mark = emu.mark();
  try {
    for (let k = 0; k < total; k++) {
      const due = startedAt + (k * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      const plan = plans[k % plans.length];
      if (!plan) break;
      const event = plan.next();
      events.push(event);
      if (event.text !== undefined)
        pending.set(event.text, { number: plan.expected.number, madeAt: event.madeAt, event: k });
      send(event.hook);
      if (k === Math.floor(total / 2)) options.halfway?.();
    }
    const lastEventAt = Date.now();
    await chain;
    const incidents = plans.map((p) => p.expected);
    const right = () => pending.size === 0 && incidents.every((x) => problemsOf(emu, x).length === 0);
    const converged = await until(right, settleMs, pollMs);
    return {
      events,
      incidents,
      lags,
      samples,
      unseen: [...pending.keys()],
      seen,
      acked,
      refusedDeliveries,
      mark,
      startedAt,
      lastEventAt,
      convergedAt: converged ? Date.now() : null,
      problems: incidents.flatMap((x) => problemsOf(emu, x)),
    };
  } finally {
    clearInterval(poll);
  }
}

/** The comment ids a board links (`…#issuecomment-<id>`), found without a pattern. */
function linkedComments(board: string): number[] {
  const ids: number[] = [];
  const anchor = "#issuecomment-";
  for (let at = board.indexOf(anchor); at >= 0; at = board.indexOf(anchor, at + anchor.length)) {
    let end = at + anchor.length;
    while (end < board.length && board.charCodeAt(end) >= 48 && board.charCodeAt(end) <= 57) end++;
    if (end > at + anchor.length) ids.push(Number(board.slice(at + anchor.length, end)));
  }
  return ids;
}
