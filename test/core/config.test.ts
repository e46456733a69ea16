import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type ConfigProblem, defaultConfig, validateConfig } from "../../src/core/config/validate.js";

function problems(raw: unknown): ConfigProblem[] {
  const result = validateConfig(raw);
  if (result.ok) throw new Error("expected the config to be rejected");
  return result.problems;
}

function problemAt(raw: unknown, path: string): string {
  const found = problems(raw).find((p) => p.path === path);
  if (found === undefined) throw new Error(`no problem at ${path}: ${JSON.stringify(problems(raw))}`);
  return found.message;
}

describe("validateConfig: a missing or empty file", () => {
  for (const raw of [undefined, null, {}]) {
    it(`gives the built-in defaults for ${JSON.stringify(raw)}`, () => {
      const result = validateConfig(raw);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const { config } = result;
      expect(config.severities.map((s) => s.id)).toEqual(["SEV1", "SEV2", "SEV3", "SEV4"]);
      expect(config.severities.map((s) => s.label)).toEqual(["SEV1", "SEV2", "SEV3", "SEV4"]);
      expect(config.severities.map((s) => s.rank)).toEqual([1, 2, 3, 4]);
      expect(config.defaultSeverity).toBe("SEV3");
      expect(config.roles.map((r) => r.id)).toEqual([
        "commander",
        "lead",
        "decider",
        "comms",
        "scribe",
        "responder",
      ]);
      expect(config.roles.map((r) => r.label)).toEqual(config.roles.map((r) => `role:${r.id}`));
      expect(config.roles.find((r) => r.id === "responder")?.multiple).toBe(true);
      expect(config.labels).toEqual({
        incident: "incident",
        drill: "drill",
        postmortem: "postmortem",
        notAnIncident: "not-an-incident",
        dashboard: "incident-dashboard",
        maintenance: "maintenance",
        actionItem: "action-item",
        statusPrefix: "status:",
      });
      expect(config.oncall).toEqual([]);
      expect(config.reminders).toEqual({ updates: true, roleGraceMinutes: 15, postmortemDays: 7 });
      expect(config.dashboard).toEqual({ enabled: true, title: "Incident dashboard" });
      expect(config.commands.allow).toEqual(["OWNER", "MEMBER", "COLLABORATOR"]);
      expect(config.timeZone).toBe("UTC");
      expect(config).toEqual(defaultConfig());
    });
  }

  it("fills defaults inside a level the file gives", () => {
    const result = validateConfig({
      severities: [{ id: "P1" }, { id: "P2", label: "prio:2", notify: ["acme/sre"] }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [p1, p2] = result.config.severities;
    expect(p1).toMatchObject({ id: "P1", label: "P1", rank: 1, updateCadenceMinutes: 60, postmortem: true });
    expect(p2).toMatchObject({ label: "prio:2", notify: ["@acme/sre"] });
    expect(p1?.flow.length).toBeGreaterThan(0);
    // No SEV3 among the levels: the least severe level is the default.
    expect(result.config.defaultSeverity).toBe("P2");
  });
});

describe("validateConfig: wrong types", () => {
  it("names the path and what was found", () => {
    const raw = parse("severities:\n  - id: SEV1\n    updateCadenceMinutes: soon\n");
    expect(problems(raw)).toEqual([
      {
        path: "severities[0].updateCadenceMinutes",
        message: expect.stringMatching(/expected number.*; found "soon"$/),
      },
    ]);
  });

  it("reports every bad option at once, nested ones included", () => {
    const list = problems({
      labels: { incident: "" },
      commands: { allow: ["ADMIN"] },
      board: { timelineLimit: 1000 },
      roles: "commander",
      timeZone: 3,
    });
    expect(list.map((p) => p.path).sort()).toEqual([
      "board.timelineLimit",
      "commands.allow[0]",
      "labels.incident",
      "roles",
      "timeZone",
    ]);
    expect(list.find((p) => p.path === "roles")?.message).toMatch(/found "commander"$/);
    expect(list.find((p) => p.path === "commands.allow[0]")?.message).toMatch(/found "ADMIN"$/);
  });

  it("describes lists and mappings found where something else was expected", () => {
    expect(problemAt({ timeZone: ["UTC"] }, "timeZone")).toMatch(/found a list of 1$/);
    expect(problemAt({ defaultSeverity: { id: "SEV1" } }, "defaultSeverity")).toMatch(/found a mapping$/);
    expect(problemAt({ severities: [{ description: "no id" }] }, "severities[0].id")).toMatch(
      /found nothing$/,
    );
  });

  it("rejects a file that is not a mapping", () => {
    expect(problems(["SEV1"])).toEqual([
      { path: "(top level)", message: expect.stringMatching(/found a list of 1$/) },
    ]);
  });

  it("rejects a status prefix too long for GitHub's 50-character labels", () => {
    expect(problemAt({ labels: { statusPrefix: "x".repeat(38) } }, "labels.statusPrefix")).toMatch(/37/);
  });
});

describe("validateConfig: unknown options", () => {
  it("names each unknown key at the top level", () => {
    expect(problems({ severity: [], timezone: "UTC" })).toEqual([
      { path: "severity", message: "unknown option" },
      { path: "timezone", message: "unknown option" },
    ]);
  });

  it("names unknown keys inside levels, roles and mappings", () => {
    const list = problems({
      severities: [{ id: "SEV1", updateCadence: 10 }],
      roles: [{ id: "commander", dutes: "x" }],
      labels: { incidents: "inc" },
    });
    expect(list).toEqual([
      { path: "severities[0].updateCadence", message: "unknown option" },
      { path: "roles[0].dutes", message: "unknown option" },
      { path: "labels.incidents", message: "unknown option" },
    ]);
  });

  it("accepts _extends, which the config loader resolves", () => {
    expect(validateConfig({ _extends: "acme/.github:config/incidents.yml" }).ok).toBe(true);
    expect(problemAt({ _extends: "not a repo" }, "_extends")).toMatch(/found "not a repo"$/);
  });
});

describe("validateConfig: cross-checks", () => {
  it("rejects duplicate severity ids, case-insensitively", () => {
    expect(problemAt({ severities: [{ id: "SEV1" }, { id: "sev1" }] }, "severities[1].id")).toBe(
      'duplicate severity id "sev1"; also at severities[0].id',
    );
  });

  it("rejects duplicate role ids", () => {
    expect(problemAt({ roles: [{ id: "commander" }, { id: "commander" }] }, "roles[1].id")).toMatch(
      /duplicate role id "commander"; also at roles\[0\]\.id/,
    );
  });

  it("rejects a label given twice, wherever it comes from", () => {
    expect(
      problemAt({ severities: [{ id: "SEV1" }, { id: "SEV2", label: "SEV1" }] }, "severities[1].label"),
    ).toMatch(/already used by severities\[0\]\.id/);
    expect(problemAt({ labels: { drill: "Incident" } }, "labels.drill")).toMatch(
      /already used by labels\.incident/,
    );
    // Clashing with a built-in name is reported at the option the author wrote.
    expect(problemAt({ labels: { incident: "SEV1" } }, "labels.incident")).toMatch(
      /already used by \(built-in severities\)/,
    );
    expect(
      problemAt({ labels: { statusPrefix: "role:" }, roles: [{ id: "mitigated" }] }, "labels.statusPrefix"),
    ).toMatch(/"role:mitigated", already used by roles\[0\]\.id/);
  });

  it("rejects a role label longer than GitHub allows", () => {
    expect(problemAt({ roles: [{ id: "r".repeat(46) }] }, "roles[0].id")).toMatch(/longer than GitHub's 50/);
  });

  it("rejects an unknown role in requiredRoles, listing the roles", () => {
    const message = problemAt(
      { severities: [{ id: "SEV1", requiredRoles: ["captain"] }] },
      "severities[0].requiredRoles[0]",
    );
    expect(message).toBe(
      'unknown role; the roles are commander, lead, decider, comms, scribe, responder (built in); found "captain"',
    );
    expect(
      problemAt(
        { roles: [{ id: "ic" }], severities: [{ id: "SEV1", requiredRoles: ["ic", "commander"] }] },
        "severities[0].requiredRoles[1]",
      ),
    ).toBe('unknown role; the roles are ic; found "commander"');
  });

  it("says which roles the built-in levels need when the file renames the roles", () => {
    expect(problems({ roles: [{ id: "ic" }, { id: "comms" }] })).toEqual([
      {
        path: "roles",
        message:
          "the built-in severity levels require the roles commander, scribe; add them here or define `severities`",
      },
    ]);
  });

  it("fits the built-in flow to renamed roles instead of reporting options the author never wrote", () => {
    const result = validateConfig({ roles: [{ id: "ic" }], severities: [{ id: "SEV1" }] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const steps = result.config.severities[0]?.flow.map((f) => f.id);
    expect(steps).not.toContain("commander");
    expect(steps).toContain("mitigated");
  });

  it("rejects unknown roles in commands.sevRoles and flow steps", () => {
    expect(problemAt({ commands: { sevRoles: ["boss"] } }, "commands.sevRoles[0]")).toMatch(/found "boss"/);
    const flow = [{ id: "x", title: "X", auto: "role:captain" }];
    expect(problemAt({ severities: [{ id: "SEV1", flow }] }, "severities[0].flow[0].auto")).toMatch(
      /captain/,
    );
  });

  it("rejects a defaultSeverity that is not a level", () => {
    expect(problemAt({ defaultSeverity: "SEV5" }, "defaultSeverity")).toBe(
      'must be one of the severity ids (SEV1, SEV2, SEV3, SEV4); found "SEV5"',
    );
    expect(problemAt({ defaultSeverity: "not an id!" }, "defaultSeverity")).toMatch(/found "not an id!"/);
  });

  it("accepts IANA time zones and rejects others", () => {
    expect(validateConfig({ timeZone: "Europe/Berlin" }).ok).toBe(true);
    expect(problemAt({ timeZone: "Mars/Olympus" }, "timeZone")).toBe(
      'not an IANA time zone; found "Mars/Olympus"',
    );
    expect(problemAt({ timeZone: "" }, "timeZone")).toMatch(/not an IANA time zone/);
  });
});
