// The war room's outside measurements that are pure text: mentions and logged errors.
import { describe, expect, it } from "vitest";
import { loggedErrors, mentionsIn } from "./war-room-check.js";

describe("mentionsIn: what GitHub would notify", () => {
  it("counts @login outside code, not the board's @\u2060login, e-mail addresses or code", () => {
    expect(mentionsIn("@alice and @bob-2, please")).toBe(2);
    expect(mentionsIn("held by @\u2060alice")).toBe(0);
    expect(mentionsIn("ops@example.com")).toBe(0);
    expect(mentionsIn("run `/role lead @carol` or ``@dave`` then @erin")).toBe(1);
    expect(mentionsIn("```\n@frank\n```\n@grace")).toBe(1);
    expect(mentionsIn("@ alone, and a trailing @")).toBe(0);
  });
});

describe("loggedErrors: pino JSON lines at error or fatal, and plain stacks", () => {
  it("keeps level ≥ 50 and uncaught errors, not info or warnings", () => {
    const output = [
      JSON.stringify({ level: 30, msg: "listening on http://127.0.0.1:3000" }),
      JSON.stringify({ level: 40, msg: "secondary rate limit on POST ...; retrying in 60 s (1/3)" }),
      JSON.stringify({ level: 50, msg: "reconcile failed" }),
      JSON.stringify({ level: 60, msg: "fatal" }),
      "TypeError: x is not a function",
      "",
    ].join("\n");
    expect(loggedErrors(output)).toHaveLength(3);
    expect(loggedErrors(output)[0]).toContain("reconcile failed");
  });
});
