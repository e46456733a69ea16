// The bundled Action (`node <runs.main>`) against the GitHub emulator, as a runner would run it.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type Emulator,
  expectNoViolations,
  type RecordedRequest,
  startEmulator,
} from "../../src/emulator/index.js";
import { CONFIG_READ, isDashboardRequest } from "../helpers/requests.js";
import { type ActionRun, assertBundleFresh, type RunOptions, runAction } from "./run-action.js";

let emu: Emulator;

beforeAll(assertBundleFresh);

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER");
  emu.setAssociation("bob", "MEMBER");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const run = (options: RunOptions): Promise<ActionRun> =>
  runAction({
    repository: "acme/web",
    apiUrl: emu.url,
    ...options,
    inputs: { "github-token": emu.actionsToken, ...options.inputs },
  });

/** Runs the Action for a webhook the emulator produced for a person's action. */
const deliver = (hook: { name: string; payload: unknown }) =>
  run({ event: hook.name, payload: hook.payload as object });

const boards = (n: number) =>
  emu.comments(n).filter((c) => String(c.body).startsWith("<!-- incident-workflow:board -->"));
/**
 * Requests within the budget: not the config read, not the GraphQL question of who the token is,
 * not the dashboard's refresh (its own budget).
 */
const work = (requests: readonly RecordedRequest[]) =>
  requests.filter((r) => !CONFIG_READ.test(r.path) && r.path !== "/graphql" && !isDashboardRequest(r));

function succeeded(result: ActionRun): ActionRun {
  expect(result.errors, result.stdout + result.stderr).toEqual([]);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return result;
}

describe("the Action on issues and issue_comment", () => {
  it("declares an issue opened with incident + SEV2: one board, outputs and a job summary", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    let last: ActionRun | undefined;
    for (const p of payloads) last = succeeded(await deliver(p));
    expect(boards(number)).toHaveLength(1);
    expect((boards(number)[0]?.user as { login?: string } | undefined)?.login).toBe("github-actions[bot]");
    expect(emu.labels(number).sort()).toEqual(["SEV2", "incident", "status:investigating"]);
    expect(last?.outputs).toEqual({
      "incident-number": String(number),
      severity: "SEV2",
      status: "investigating",
      "postmortem-pr": "",
    });
    expect(last?.summary).toContain(`### Incident [#${number}](`);
    expect(last?.summary).toContain("| Severity | SEV2 |");
  });

  it("runs /sev 1 from a comment within the request budget", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    for (const p of payloads) succeeded(await deliver(p));
    const mark = emu.mark();
    const result = succeeded(await deliver(emu.as("bob").comment(number, "/sev 1")));
    expect(emu.labels(number)).toContain("SEV1");
    expect(emu.labels(number)).not.toContain("SEV2");
    expect(result.outputs.severity).toBe("SEV1");
    // The board first; then race-free labels: the new level added, the old one removed by name; then the 👍.
    // Each run asks GitHub, once per person, the permission of those whose association does not
    // settle it: alice labelled her own issue, bob ran /sev (commands.requirePermission).
    expect(work(emu.requestsSince(mark)).map((r) => `${r.method} ${r.path.replace(/\d{6,}/g, "N")}`)).toEqual(
      [
        `GET /repos/acme/web/issues/${number}/timeline`,
        "GET /repos/acme/web/collaborators/alice/permission",
        "GET /repos/acme/web/collaborators/bob/permission",
        "PATCH /repos/acme/web/issues/comments/N",
        `POST /repos/acme/web/issues/${number}/labels`,
        `DELETE /repos/acme/web/issues/${number}/labels/SEV2`,
        "POST /repos/acme/web/issues/comments/N/reactions",
      ],
    );
    expect(boards(number)).toHaveLength(1);
  });

  it("/commander me in a comment: the board names the commenter, who gets the label and the assignment", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    for (const p of payloads) succeeded(await deliver(p));
    succeeded(await deliver(emu.as("bob").comment(number, "/commander me")));
    expect(String(boards(number)[0]?.body)).toMatch(/\| Commander \| @\u2060bob \|/);
    expect(emu.labels(number)).toContain("role:commander");
    expect((emu.issue(number).assignees as Array<{ login: string }>).map((a) => a.login)).toEqual(["bob"]);
  });

  it("closing as completed opens the postmortem pull request and reports it", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    for (const p of payloads) succeeded(await deliver(p));
    const result = succeeded(await deliver(emu.as("alice").close(number)));
    const pulls = emu.pulls();
    expect(pulls).toHaveLength(1);
    expect(result.outputs.status).toBe("resolved");
    expect(result.outputs["postmortem-pr"]).toBe(pulls[0]?.html_url);
    expect(result.summary).toMatch(/\| Postmortem \| \[#\d+\]\(.+\/pull\/\d+\) \|/);
  });

  it("renders a repository's own board template (the Handlebars compiler, loaded only for it)", async () => {
    emu.setFile("main", ".github/incidents.yml", "board:\n  template: .github/board.md.hbs\n");
    emu.setFile("main", ".github/board.md.hbs", "Incident {{number}} is {{status}}\n");
    const { number, payloads } = emu.as("alice").openIssue({ title: "Search down", labels: ["incident"] });
    succeeded(await deliver(payloads[0]!));
    expect(String(boards(number)[0]?.body)).toContain(`Incident ${number} is 🔎 Investigating`);
  });

  it("succeeds without writing anything on an issue that is not an incident", async () => {
    const { payloads } = emu.as("alice").openIssue({ title: "Typo in footer", labels: ["bug"] });
    const mark = emu.mark();
    for (const p of payloads) {
      const result = succeeded(await deliver(p));
      expect(result.outputs).toEqual({});
    }
    expect(emu.requestsSince(mark).filter((r) => r.method !== "GET")).toEqual([]);
  });
});

describe("the Action declaring incidents", () => {
  it("reads the history and who it is while the config is read, not after it", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    for (const p of payloads) succeeded(await deliver(p));
    // Every config read (the repository's, then the owner's .github) held 300 ms.
    emu.fault({ method: "GET", pathPattern: CONFIG_READ, delayMs: 300, times: Infinity });
    const mark = emu.mark();
    succeeded(await deliver(emu.as("bob").label(number, "SEV1")));
    const requests = emu.requestsSince(mark);
    const first = (test: (r: RecordedRequest) => boolean) => {
      const found = requests.find(test);
      expect(found, requests.map((r) => `${r.method} ${r.path}`).join("\n")).toBeDefined();
      return found as RecordedRequest;
    };
    const config = first((r) => CONFIG_READ.test(r.path));
    const timeline = first((r) => r.path.endsWith(`/issues/${number}/timeline`));
    const identity = first((r) => r.path === "/graphql");
    // Both sent before the first config read was answered (it is held 300 ms).
    expect(timeline.at - config.at).toBeLessThan(250);
    expect(identity.at - config.at).toBeLessThan(250);
    expect(emu.labels(number)).toContain("SEV1");
    expect(emu.labels(number)).not.toContain("SEV2");
  });

  it("workflow_dispatch: creates the incident issue from the inputs", async () => {
    const result = succeeded(
      await run({
        event: "workflow_dispatch",
        payload: { inputs: { title: "ignored", severity: "SEV4" }, sender: { login: "alice" } },
        inputs: { title: "Payments API 5xx", severity: "SEV1", summary: "Error rate 12% since 14:02" },
      }),
    );
    const number = Number(result.outputs["incident-number"]);
    expect(number).toBeGreaterThan(0);
    const issue = emu.issue(number) as { title: string; body: string; user: { login: string } };
    expect(issue.title).toContain("Payments API 5xx");
    expect(issue.body).toContain("Error rate 12% since 14:02");
    expect(emu.labels(number)).toEqual(expect.arrayContaining(["incident", "SEV1"]));
    expect(result.outputs.severity).toBe("SEV1");
    expect(boards(number)).toHaveLength(1);
  });

  it("repository_dispatch: an alert storm with one dedup_key makes one incident", async () => {
    const alert = {
      action: "incident",
      client_payload: {
        title: "HighErrorRate checkout",
        severity: "SEV2",
        dedup_key: "HighErrorRate/checkout",
      },
      sender: { login: "alice" },
    };
    const mark = emu.mark();
    const first = succeeded(await run({ event: "repository_dispatch", payload: alert }));
    // Labels are created once per repository (a one-time cost beyond the budget).
    const once = (r: RecordedRequest) => r.method === "POST" && r.path === "/repos/acme/web/labels";
    // The dedup lookup, the labels check, the create, the check that no concurrent alert created
    // one first, the recent changes (the repository for its default branch, closed pull requests,
    // deployments), the board and its convergence check.
    expect(
      work(emu.requestsSince(mark))
        .filter((r) => !once(r))
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual([
      "GET /repos/acme/web/issues",
      "GET /repos/acme/web/labels",
      "POST /repos/acme/web/issues",
      "GET /repos/acme/web/issues",
      "GET /repos/acme/web",
      "GET /repos/acme/web/pulls",
      "GET /repos/acme/web/deployments",
      `POST /repos/acme/web/issues/${first.outputs["incident-number"]}/comments`,
      `GET /repos/acme/web/issues/${first.outputs["incident-number"]}/comments`,
    ]);
    const second = succeeded(await run({ event: "repository_dispatch", payload: alert }));
    expect(second.outputs["incident-number"]).toBe(first.outputs["incident-number"]);
    const incidents = emu
      .issues()
      .filter((i) => (i.labels as Array<{ name: string }>).some((l) => l.name === "incident"));
    expect(incidents).toHaveLength(1);
  });

  it("repository_dispatch: two alerts with one dedup_key at once (a group per run) leave one open incident", async () => {
    const alert = {
      action: "incident",
      client_payload: {
        title: "HighErrorRate checkout",
        severity: "SEV2",
        dedup_key: "HighErrorRate/checkout",
      },
      sender: { login: "alice" },
    };
    const runs = await Promise.all(
      [1, 2, 3].map(() => run({ event: "repository_dispatch", payload: alert })),
    );
    for (const r of runs) succeeded(r);
    const incidents = emu
      .issues()
      .filter((i) => (i.labels as Array<{ name: string }>).some((l) => l.name === "incident"));
    const open = incidents.filter((i) => i.state === "open");
    expect(open).toHaveLength(1);
    const kept = Number(open[0]?.number);
    expect(new Set(runs.map((r) => r.outputs["incident-number"]))).toEqual(new Set([String(kept)]));
    for (const dup of incidents.filter((i) => i.state === "closed")) {
      expect(dup.state_reason).toBe("not_planned");
      expect(emu.comments(Number(dup.number)).map((c) => String(c.body))).toContain(
        `Duplicate of #${kept}: the same alert opened it a moment earlier; it goes on there.\n`,
      );
    }
    expect(boards(kept)).toHaveLength(1);
  });
});

describe("the Action failing loudly", () => {
  it("an invalid config fails the step, naming each bad option and annotating the file", async () => {
    emu.setFile(
      "main",
      ".github/incidents.yml",
      "severities:\n  - id: SEV1\n    notify: 3\ntimeZone: Mars/Base\n",
    );
    const { payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] });
    const result = await deliver(payloads[0]!);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(
      /::error title=Invalid incident configuration,file=\.github\/incidents\.yml::severities\[0\]\.notify/,
    );
    expect(result.errors.at(-1)).toMatch(/severities\[0\]\.notify/);
    // zod's own English message survives the bundle's tree-shaking of the schema library.
    expect(result.errors.at(-1)).toMatch(/expected array, received number/);
    expect(result.outputs).toEqual({});
  });

  it("a refused write fails the step with status, method, URL and GitHub's message", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    emu.fault({
      method: "POST",
      pathPattern: `/issues/${number}/comments`,
      status: 403,
      times: Infinity,
      body: { message: "Resource not accessible by integration" },
    });
    let failed: ActionRun | undefined;
    for (const p of payloads) {
      const result = await deliver(p);
      if (result.code !== 0) failed ??= result;
    }
    expect(failed?.errors.at(-1)).toMatch(
      new RegExp(
        `^GitHub API request failed: 403 POST ${emu.url.replace(/\./g, "\\.")}/repos/acme/web/issues/${number}/comments: Resource not accessible by integration\\.`,
      ),
    );
  });

  it("a bad token fails the step and says to check github-token", async () => {
    const { payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident"] });
    const result = await run({
      event: "issues",
      payload: payloads[0]!.payload as object,
      inputs: { "github-token": "ghs_revoked" },
    });
    expect(result.code).not.toBe(0);
    expect(result.errors.at(-1)).toMatch(
      /^GitHub API request failed: 401 .*Bad credentials\. Check the `github-token` input/,
    );
  });
});
