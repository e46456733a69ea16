// Steps for the issue-20 tests through `node lib/start.js` (server-harness.ts): a signed delivery
// POSTed over HTTP, then a wait until its effect is on the emulator (the app answers 202 first).
import { expect } from "vitest";
import { type Emulator, expectNoViolations, type Webhook } from "../../src/emulator/index.js";
import { loggedErrors } from "../helpers/war-room-check.js";
import { boards } from "./probot-harness.js";
import { type AppProcess, eventually } from "./server-harness.js";

export interface Steps {
  /** POSTs `hook` (accepted with 202), then waits until `done` holds; returns `read()`'s last value. */
  send<T>(hook: Webhook, read: () => T, done: (value: T) => boolean): Promise<T>;
  /** Posts every hook in order, waiting after the last until `done` holds. */
  sendAll(hooks: readonly Webhook[], done: () => boolean): Promise<void>;
  /** The incident's (one) board, once it contains `text`. */
  boardWith(n: number, text: string | RegExp): Promise<string>;
  /** What the process logged at level error or above. */
  errors(): string[];
  /** Stops the process, then fails on an error it logged or a request that broke GitHub's description. */
  stop(): Promise<void>;
}

export function steps(emu: () => Emulator, app: () => AppProcess): Steps {
  const post = async (hook: Webhook) => {
    const { status, text } = await app().post(hook);
    expect(status, text).toBe(202);
  };
  const send: Steps["send"] = async (hook, read, done) => {
    await post(hook);
    const value = await eventually(read, done);
    expect(done(value), `${hook.name} had no effect in time; output:\n${app().output().slice(-2000)}`).toBe(
      true,
    );
    return value;
  };
  const errors = () => loggedErrors(app().output());
  return {
    send,
    async sendAll(hooks, done) {
      for (const hook of hooks.slice(0, -1)) await post(hook);
      const last = hooks.at(-1);
      if (last) await send(last, done, (v) => v);
    },
    async boardWith(n, text) {
      const read = () => boards(emu(), n).map((c) => String(c.body));
      const has = (b: string[]) =>
        b.length === 1 && (typeof text === "string" ? (b[0] ?? "").includes(text) : text.test(b[0] ?? ""));
      const found = await eventually(read, has);
      expect(found, `board of #${n} never showed ${String(text)}: ${found.join("\n---\n")}`).toHaveLength(1);
      expect(has(found), `board of #${n} never showed ${String(text)}:\n${found[0] ?? ""}`).toBe(true);
      return found[0] ?? "";
    },
    errors,
    async stop() {
      await app()?.stop();
      expect(errors()).toEqual([]);
      expectNoViolations(emu());
      await emu().close();
    },
  };
}
