import { describe, expect, it } from "vitest";
import { MemoryWriteBudget } from "../../src/github/write-budget.js";
import type { WriteClass } from "../../src/github/write-context.js";
import { SupersededError, WriteScheduler } from "../../src/github/write-scheduler.js";

const EDIT = { creates: false, points: 5 };
const CREATE = { creates: true, points: 5 };
const budget = (spacingMs: number, perMinute = 80) =>
  new MemoryWriteBudget({ spacingMs, perMinute, perHour: 500, pointsPerMinute: 900 });

/** Parks writes and records the order they are let through. */
function recorder(scheduler: WriteScheduler) {
  const order: string[] = [];
  const park = (
    name: string,
    cls: WriteClass,
    extra: { key?: string; signal?: AbortSignal; creates?: boolean } = {},
  ) =>
    scheduler
      .turn("1", { class: cls, cost: extra.creates ? CREATE : EDIT, signal: extra.signal, key: extra.key })
      .then(() => {
        order.push(name);
      });
  return { order, park };
}

describe("the installation's write scheduler", () => {
  it("lets the board go first, then labels and assignees, replies, 👍, the dashboard and reminders", async () => {
    const scheduler = new WriteScheduler(budget(30));
    const { order, park } = recorder(scheduler);
    const first = park("first", "background"); // takes the slot: the rest wait together
    const all = [
      park("dashboard", "background"),
      park("ack", "ack"),
      park("reply", "reply"),
      park("label", "state"),
      park("board", "board"),
    ];
    await Promise.all([first, ...all]);
    expect(order).toEqual(["first", "board", "label", "reply", "ack", "dashboard"]);
  });

  it("holds replies, 👍 and background writes while a run has not written its board", async () => {
    const scheduler = new WriteScheduler(budget(0));
    const { order, park } = recorder(scheduler);
    const release = scheduler.holdAnswers("1");
    const ack = park("ack", "ack");
    const reply = park("reply", "reply");
    await park("board", "state");
    await new Promise((r) => setTimeout(r, 30));
    expect(order).toEqual(["board"]);
    release();
    await Promise.all([ack, reply]);
    expect(order).toEqual(["board", "reply", "ack"]);
  });

  it("drops a write whose run was superseded while it waited: it is never let through", async () => {
    const scheduler = new WriteScheduler(budget(40));
    const { order, park } = recorder(scheduler);
    await park("earlier", "state");
    const newer = new AbortController();
    const stale = park("stale board", "state", { signal: newer.signal });
    newer.abort();
    await expect(stale).rejects.toBeInstanceOf(SupersededError);
    await park("fresh board", "state");
    expect(order).toEqual(["earlier", "fresh board"]);
    const aborted = new AbortController();
    aborted.abort();
    await expect(scheduler.turn("1", { class: "state", cost: EDIT, signal: aborted.signal })).rejects.toThrow(
      SupersededError,
    );
  });

  it("spaces one incident's board writes by the key interval, letting other writes go meanwhile", async () => {
    const scheduler = new WriteScheduler(budget(0), { keyIntervalMs: 80 });
    const { order, park } = recorder(scheduler);
    await park("board 1", "state", { key: "board:#1" });
    const again = park("board 1 again", "state", { key: "board:#1" });
    await park("other incident", "state", { key: "board:#2" });
    await again;
    expect(order).toEqual(["board 1", "other incident", "board 1 again"]);
  });

  it("lets an edit use the slot while a content-creating write waits for the minute's budget", async () => {
    const scheduler = new WriteScheduler(budget(0, 1));
    const { order, park } = recorder(scheduler);
    await park("reply", "reply", { creates: true });
    void park("second reply", "reply", { creates: true }); // waits a minute: never awaited here
    await park("dashboard edit", "background");
    expect(order).toEqual(["reply", "dashboard edit"]);
    expect(scheduler.waiting("1")).toEqual({ board: 0, state: 0, reply: 1, ack: 0, background: 0 });
  });

  it("has room for 👍 only within the reactions' pace", async () => {
    const scheduler = new WriteScheduler(budget(0), { ackPerMinute: 2 });
    expect(await scheduler.reactionsAllowed("1")).toBe(2);
    await scheduler.turn("1", { class: "ack", cost: CREATE });
    expect(await scheduler.reactionsAllowed("1")).toBe(1);
    await scheduler.turn("1", { class: "ack", cost: CREATE });
    expect(await scheduler.reactionsAllowed("1")).toBe(0);
    await scheduler.turn("1", { class: "background", cost: EDIT });
    expect(await scheduler.reactionsAllowed("1")).toBe(0);
    expect(await scheduler.reactionsAllowed("2")).toBe(2);
  });
});
