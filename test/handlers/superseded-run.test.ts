// Issue 18: a run still waiting to write its board when a newer delivery for the incident arrives is
// dropped — the stale board is never sent — and the newer run, planned from the newest history,
// answers the callers of both.
import { describe, expect, it } from "vitest";
import { MemoryWriteBudget } from "../../src/github/write-budget.js";
import { WriteScheduler } from "../../src/github/write-scheduler.js";
import { KeyedQueue } from "../../src/handlers/work-queue.js";

const EDIT = { creates: false, points: 5 };

describe("a run superseded while its board write waits", () => {
  it("never sends the stale board; both callers get the newer run's result", async () => {
    const budget = new MemoryWriteBudget({ spacingMs: 0, perMinute: 80, perHour: 500, pointsPerMinute: 900 });
    const scheduler = new WriteScheduler(budget, { keyIntervalMs: 150 });
    const queue = new KeyedQueue();
    const sent: string[] = [];
    const latest = (_older: string, newer: string) => newer;
    const writeBoard = async (history: string, signal: AbortSignal) => {
      await scheduler.turn("1", { class: "state", cost: EDIT, signal, key: "board:#1" });
      sent.push(history);
      return history;
    };
    expect(await queue.run("#1", "h1", latest, writeBoard)).toBe("h1");
    const second = queue.run("#1", "h2", latest, writeBoard); // waits for the board interval
    await new Promise((r) => setTimeout(r, 20));
    const third = queue.run("#1", "h3", latest, writeBoard);
    expect(await second).toBe("h3");
    expect(await third).toBe("h3");
    expect(sent).toEqual(["h1", "h3"]);
  });

  it("a run that fails for another reason is still retried, not superseded", async () => {
    const queue = new KeyedQueue({ retryDelaysMs: [1] });
    let calls = 0;
    const flaky = async (hint: string) => {
      calls++;
      if (calls === 1) throw new Error("502");
      return hint;
    };
    expect(await queue.run<string, string>("#2", "h", (_a, b) => b, flaky)).toBe("h");
    expect(calls).toBe(2);
  });
});
