// The setup flow's guards on their own: which Hosts it answers (src/app/setup/request-guard.ts) and
// its one-time states' expiry and bound (src/app/setup/one-time-state.ts). Through the server as
// `npm start` runs it: test/e2e/setup-guard.test.ts.
import { describe, expect, it } from "vitest";
import { MAX_STATES, OneTimeStates, STATE_TTL_MS } from "../../src/app/setup/one-time-state.js";
import { allowedHosts } from "../../src/app/setup/request-guard.js";

describe("allowedHosts", () => {
  it("is the loopback names with the port, whatever the wildcard it listens on", () => {
    for (const host of ["0.0.0.0", "::", "localhost", "127.0.0.1"]) {
      expect([...allowedHosts({ port: 3000, host })].sort()).toEqual(
        ["127.0.0.1:3000", "[::1]:3000", "localhost:3000"].sort(),
      );
    }
  });

  it("adds the address it listens on, bracketed when IPv6; without a port on port 80", () => {
    expect(allowedHosts({ port: 3000, host: "10.0.0.5" })).toContain("10.0.0.5:3000");
    expect(allowedHosts({ port: 3000, host: "fd00::5" })).toContain("[fd00::5]:3000");
    expect(allowedHosts({ port: 80, host: "localhost" })).toContain("localhost");
  });

  it("adds PUBLIC_URL's host as browsers send it (no default port), and no other", () => {
    const allowed = allowedHosts({
      port: 3000,
      host: "localhost",
      publicUrl: "https://Incidents.Example.com:443/x",
    });
    expect(allowed).toContain("incidents.example.com");
    expect(allowedHosts({ port: 3000, host: "localhost", publicUrl: "http://a.example:8080" })).toContain(
      "a.example:8080",
    );
    expect(allowed.size).toBe(4);
  });
});

describe("OneTimeStates", () => {
  it("takes a state once, only before it expires", () => {
    let now = 0;
    const states = new OneTimeStates(() => now);
    const [a, b] = [states.mint(), states.mint()];
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(states.consume(a)).toBe(true);
    expect(states.consume(a)).toBe(false);
    now = STATE_TTL_MS;
    expect(states.consume(b)).toBe(false);
  });

  it("refuses what it never minted, and forgets the oldest beyond its bound", () => {
    const states = new OneTimeStates();
    const first = states.mint();
    for (let i = 0; i < MAX_STATES - 1; i++) states.mint();
    const kept = states.mint();
    expect(states.consume(first)).toBe(false);
    expect(states.consume(kept)).toBe(true);
    for (const forged of ["", null, undefined, "0".repeat(64), `${kept}0`]) {
      expect(states.consume(forged)).toBe(false);
    }
  });

  it("has none left to take once cleared", () => {
    const states = new OneTimeStates();
    const state = states.mint();
    states.clear();
    expect(states.consume(state)).toBe(false);
  });
});
