// The orchestration behind the Action, with a fake runner and a fake engine.
import { describe, expect, it, vi } from "vitest";
import { type ActionHost, type Engine, execute } from "../../src/action/execute.js";
import type { InputName } from "../../src/action/inputs.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { renderStatusPage } from "../../src/core/status-page/files.js";
import { statusPageView } from "../../src/core/status-page/view-model.js";
import type { GateOutcome } from "../../src/handlers/gate.js";
import type { StatusPageBuilt } from "../../src/handlers/status-page.js";
import type { EngineDeps, EngineResult } from "../../src/handlers/types.js";

const incident = {
  number: 12,
  url: "https://github.com/o/r/issues/12",
  severity: "SEV2",
  status: "investigating" as const,
  postmortemPr: null,
};

function fakeHost(event: ActionHost["event"], inputs: Partial<Record<InputName, string>> = {}) {
  const record = {
    outputs: {} as Record<string, string>,
    failed: [] as string[],
    infos: [] as string[],
    warnings: [] as string[],
    annotations: [] as Array<[string, string]>,
    summaries: [] as string[],
  };
  const all: Partial<Record<InputName, string>> = { "github-token": "t0ken", ...inputs };
  const host: ActionHost = {
    getInput: (name) => all[name] ?? "",
    event,
    repo: () => ({ owner: "o", repo: "r" }),
    setOutput: (name, value) => {
      record.outputs[name] = value;
    },
    setFailed: (message) => record.failed.push(message),
    log: {
      info: (m) => record.infos.push(m),
      warn: (m) => record.warnings.push(m),
      error: (m) => record.failed.push(m),
    },
    annotate: (message, file) => record.annotations.push([message, file]),
    writeSummary: async (md) => {
      record.summaries.push(md);
    },
  };
  return { host, record };
}

function fakeEngine(result: EngineResult | Error) {
  const answer = () => (result instanceof Error ? Promise.reject(result) : Promise.resolve(result));
  const engine = {
    connect: vi.fn(
      (_inputs, _repo, log): EngineDeps =>
        ({ log, configPath: ".github/incidents.yml" }) as unknown as EngineDeps,
    ),
    handleWebhook: vi.fn(answer),
    declare: vi.fn(answer),
    alert: vi.fn(answer),
    handlePullRequest: vi.fn(answer),
    sweep: vi.fn(async () => ({ listed: 0, reconciled: 0, failed: [], results: [] })),
    gate: vi.fn(async (): Promise<GateOutcome> => ({ blockOn: "SEV2", blocking: [] })),
    setup: vi.fn(async () => ({ created: [], existing: 18 })),
    statusPage: vi.fn(async () => ({ invalid: "statusPage.historyDays: too big" })),
  } satisfies Engine;
  return engine;
}

const issuesEvent = { name: "issues", payload: { action: "opened", issue: { number: 12 } }, actor: "alice" };

describe("execute", () => {
  it("runs the webhook handler and sets every output and the summary", async () => {
    const { host, record } = fakeHost(issuesEvent);
    const engine = fakeEngine({ outcome: "handled", incident });
    await execute(host, engine);
    expect(engine.handleWebhook).toHaveBeenCalledWith("issues", issuesEvent.payload, expect.anything());
    expect(engine.connect.mock.calls[0]?.[1]).toEqual({ owner: "o", repo: "r" });
    expect(record.failed).toEqual([]);
    expect(record.outputs).toEqual({
      "incident-number": "12",
      severity: "SEV2",
      status: "investigating",
      "postmortem-pr": "",
    });
    expect(record.summaries[0]).toContain("[#12](https://github.com/o/r/issues/12)");
  });

  it("passes the payload's default branch to the engine when the payload is about this repository", async () => {
    const payload = { ...issuesEvent.payload, repository: { full_name: "O/R", default_branch: "trunk" } };
    const engine = fakeEngine({ outcome: "ignored", reason: "x" });
    await execute(fakeHost({ ...issuesEvent, payload }).host, engine);
    expect(engine.connect.mock.calls[0]?.[1]).toEqual({ owner: "o", repo: "r", defaultBranch: "trunk" });
    const other = { ...issuesEvent.payload, repository: { full_name: "x/y", default_branch: "trunk" } };
    await execute(fakeHost({ ...issuesEvent, payload: other }).host, engine);
    expect(engine.connect.mock.calls[1]?.[1]).toEqual({ owner: "o", repo: "r" });
  });

  it("declares from workflow_dispatch inputs", async () => {
    const { host, record } = fakeHost(
      { name: "workflow_dispatch", payload: { inputs: {} }, actor: "alice" },
      { title: "DB down", severity: "SEV1" },
    );
    const engine = fakeEngine({ outcome: "handled", incident: { ...incident, severity: "SEV1" } });
    await execute(host, engine);
    expect(engine.declare).toHaveBeenCalledWith(
      { title: "DB down", severity: "SEV1", declaredBy: "alice" },
      expect.anything(),
    );
    expect(record.outputs.severity).toBe("SEV1");
  });

  it("fails on an invalid config with the engine's message and one annotation per problem", async () => {
    const { host, record } = fakeHost(issuesEvent, { "config-path": ".github/ir.yml" });
    const problems = [
      { path: "severities[1].notify[0]", message: "expected string; found 3" },
      { path: "timeZone", message: "not an IANA time zone" },
    ];
    await execute(
      host,
      fakeEngine({
        outcome: "invalid-config",
        problems,
        message: "Invalid .github/ir.yml: severities[1].notify[0] ...",
      }),
    );
    expect(record.failed).toEqual(["Invalid .github/ir.yml: severities[1].notify[0] ..."]);
    expect(record.annotations).toEqual([
      ["severities[1].notify[0]: expected string; found 3", ".github/ir.yml"],
      ["timeZone: not an IANA time zone", ".github/ir.yml"],
    ]);
    expect(record.outputs).toEqual({});
  });

  it("fails with status, method, URL and GitHub's message when the API refuses", async () => {
    const error = Object.assign(new Error("Resource not accessible by integration"), {
      name: "HttpError",
      status: 403,
      request: { method: "POST", url: "http://127.0.0.1:9/repos/o/r/issues/12/labels" },
      response: { data: { message: "Resource not accessible by integration" }, headers: {} },
    });
    const { host, record } = fakeHost(issuesEvent);
    await execute(host, fakeEngine(error));
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toMatch(
      /^GitHub API request failed: 403 POST http:\/\/127\.0\.0\.1:9\/repos\/o\/r\/issues\/12\/labels: Resource not accessible by integration\. .*issues: write/,
    );
  });

  it("fails any other thrown error", async () => {
    const { host, record } = fakeHost(issuesEvent);
    await execute(host, fakeEngine(new TypeError("boom")));
    expect(record.failed).toEqual(["TypeError: boom"]);
  });

  it("fails a bad mode or an empty token without touching GitHub", async () => {
    for (const inputs of [{ mode: "page-everyone" }, { "github-token": " " }]) {
      const { host, record } = fakeHost(issuesEvent, inputs);
      const engine = fakeEngine({ outcome: "handled", incident });
      await execute(host, engine);
      expect(record.failed[0]).toMatch(/^Input `(mode|github-token)`/);
      expect(engine.connect).not.toHaveBeenCalled();
    }
  });

  it("mode gate fails naming the blocking incidents and sets `blocking`; passes with it empty", async () => {
    const blocked = fakeHost({ name: "push", payload: {}, actor: "" }, { mode: "gate", "block-on": "SEV2" });
    const engine = fakeEngine({ outcome: "handled", incident });
    engine.gate.mockResolvedValueOnce({
      blockOn: "SEV2",
      blocking: [{ number: 7, title: "Checkout down", url: "u", severity: "SEV1" }],
    });
    await execute(blocked.host, engine);
    expect(engine.gate).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ blockOn: "SEV2" }));
    expect(blocked.record.outputs).toEqual({ blocking: "7" });
    expect(blocked.record.failed).toEqual([
      'Blocked by open incidents at or above SEV2: #7 "Checkout down" (SEV1).',
    ]);
    const open = fakeHost({ name: "push", payload: {}, actor: "" }, { mode: "gate" });
    await execute(open.host, engine);
    expect(open.record.outputs).toEqual({ blocking: "" });
    expect(open.record.failed).toEqual([]);
  });

  it("succeeds quietly on an ignored repository_dispatch, logging why", async () => {
    const { host, record } = fakeHost({
      name: "repository_dispatch",
      payload: { action: "deploy" },
      actor: "bot",
    });
    const engine = fakeEngine({ outcome: "handled", incident });
    await execute(host, engine);
    expect(record.failed).toEqual([]);
    expect(record.infos.join("\n")).toMatch(/"deploy" is not "incident"/);
    expect(engine.connect).not.toHaveBeenCalled();
  });

  it("logs an engine 'ignored' result without failing", async () => {
    const { host, record } = fakeHost(issuesEvent);
    await execute(host, fakeEngine({ outcome: "ignored", reason: "not an incident issue" }));
    expect(record.failed).toEqual([]);
    expect(record.infos).toContain("Nothing to do: not an incident issue");
  });

  it("only warns when the job summary cannot be written", async () => {
    const { host, record } = fakeHost(issuesEvent);
    host.writeSummary = () => Promise.reject(new Error("EACCES"));
    await execute(host, fakeEngine({ outcome: "handled", incident }));
    expect(record.failed).toEqual([]);
    expect(record.warnings).toEqual([expect.stringContaining("EACCES")]);
  });

  it("mode status-page: the directory input reaches the engine; what was written is logged, skips warned", async () => {
    const view = statusPageView({
      incidents: [],
      maintenance: [],
      config: defaultConfig(),
      now: new Date("2026-11-21T12:00:00Z"),
      site: "o/r",
    });
    const built: StatusPageBuilt = {
      view,
      files: renderStatusPage(view),
      incidentsListed: 3,
      historiesRead: 2,
      maintenanceListed: 1,
      skipped: [{ number: 9, reason: "it ends before it starts; not published" }],
      directory: "/ws/site",
      written: [{ name: "index.html", bytes: 1234 }],
    };
    const { host, record } = fakeHost({ name: "schedule", payload: {}, actor: "" }, { mode: "status-page" });
    const engine = fakeEngine({ outcome: "handled", incident });
    engine.statusPage.mockResolvedValueOnce(built as never);
    await execute(host, engine);
    expect(engine.statusPage).toHaveBeenCalledWith(expect.anything(), "status-page");
    expect(record.failed).toEqual([]);
    expect(record.warnings).toEqual(["Maintenance #9: it ends before it starts; not published"]);
    expect(record.infos.join("\n")).toContain("Wrote index.html (1234 bytes) into /ws/site");
    expect(record.summaries[0]).toContain("**All systems operational**");

    const other = fakeHost(
      { name: "schedule", payload: {}, actor: "" },
      { mode: "status-page", directory: "site" },
    );
    await execute(other.host, engine);
    expect(engine.statusPage).toHaveBeenLastCalledWith(expect.anything(), "site");
    expect(other.record.failed).toEqual([
      "Invalid configuration in .github/incidents.yml: statusPage.historyDays: too big",
    ]);

    const broken = fakeHost({ name: "schedule", payload: {}, actor: "" }, { mode: "status-page" });
    engine.statusPage.mockRejectedValueOnce(new Error("EACCES: permission denied, mkdir '/ws/site'"));
    await execute(broken.host, engine);
    expect(broken.record.failed).toEqual([expect.stringContaining("EACCES")]);
  });
});
