import { describe, expect, it } from "vitest";
import { authorize } from "../../src/core/commands/authorize.js";
import { validateConfig } from "../../src/core/config/validate.js";
import type { RepoPermission } from "../../src/core/state/trust.js";
import type { RoleState } from "../../src/core/state/types.js";

function config(raw: object) {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

describe("authorize", () => {
  const base = config({});
  it("allows OWNER, MEMBER and COLLABORATOR by default and refuses others with a reason", () => {
    for (const association of ["OWNER", "MEMBER", "COLLABORATOR"] as const) {
      expect(authorize({ kind: "update" }, { login: "a", association }, base, [])).toEqual({ ok: true });
    }
    const refused = authorize({ kind: "update" }, { login: "m", association: "NONE" }, base, []);
    expect(refused).toEqual({
      ok: false,
      reason:
        "only owner, member, collaborator accounts of this repository may run incident commands (you are none)",
    });
  });

  it("allows listed logins whatever their association", () => {
    const c = config({ commands: { allowUsers: ["Oncall-Bot"] } });
    expect(authorize({ kind: "sev" }, { login: "oncall-bot", association: "NONE" }, c, []).ok).toBe(true);
  });

  it("limits /sev to holders of sevRoles, and only /sev", () => {
    const c = config({ commands: { sevRoles: ["decider", "commander"] } });
    const roles: RoleState[] = c.roles.map((role) => ({
      role,
      holders:
        role.id === "decider"
          ? [
              {
                login: "pat",
                since: "2026-11-21T09:00:00.000Z",
                by: "pat",
                grantedAt: "2026-11-21T09:00:00.000Z",
              },
            ]
          : [],
      required: false,
    }));
    expect(
      authorize({ kind: "sev" }, { login: "pat", association: "MEMBER", permission: "write" }, c, roles).ok,
    ).toBe(true);
    expect(
      authorize({ kind: "sev" }, { login: "sam", association: "MEMBER", permission: "write" }, c, roles),
    ).toEqual({
      ok: false,
      reason: "only the decider or commander may change the severity",
    });
    expect(authorize({ kind: "update" }, { login: "sam", association: "MEMBER" }, c, roles).ok).toBe(true);
  });

  it("commands.requirePermission: triage or more for /sev, /resolve, /public…; association alone for the rest", () => {
    const c = config({});
    const member = (permission?: RepoPermission) => ({
      login: "rita",
      association: "MEMBER" as const,
      ...(permission === undefined ? {} : { permission }),
    });
    for (const kind of ["sev", "resolve", "public", "public-title", "component"]) {
      expect(authorize({ kind }, member("read"), c, [])).toEqual({
        ok: false,
        reason: `\`/${kind}\` needs triage permission or more on this repository (you have read)`,
      });
      expect(authorize({ kind }, member(), c, []).ok).toBe(false);
      for (const p of ["triage", "write", "maintain", "admin"] as const)
        expect(authorize({ kind }, member(p), c, []).ok).toBe(true);
    }
    expect(authorize({ kind: "update" }, member("read"), c, []).ok).toBe(true);
    expect(authorize({ kind: "status" }, member("none"), c, []).ok).toBe(true);
    // allowUsers are trusted by the config; [] turns the check off.
    const listed = config({ commands: { allowUsers: ["rita"] } });
    expect(authorize({ kind: "sev" }, member("read"), listed, []).ok).toBe(true);
    const off = config({ commands: { requirePermission: [] } });
    expect(authorize({ kind: "public" }, member("read"), off, []).ok).toBe(true);
  });
});
