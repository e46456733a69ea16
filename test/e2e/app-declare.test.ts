import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, describeRequests, startApp, work } from "./probot-harness.js";

let emu: Emulator;
let app: Awaited<ReturnType<typeof startApp>>;

beforeEach(async () => {
  // A repository that already has the tool's labels (a declaration after the first one).
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  emu.setAssociation("alice", "MEMBER");
  emu.setAssociation("mallory", "NONE");
  app = await startApp(emu);
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe("declaring", () => {
  // Each declaration reads the recent changes once (a page of closed pull requests, a page of
  // deployments: app-changes.test.ts): two requests more than before issue 20.
  it("an issue opened with the incident label costs at most 9 requests beyond config (one asks the opener's permission)", async () => {
    const { number, payloads } = emu.as("alice").openIssue({ title: "API latency", labels: ["incident"] });
    const mark = emu.mark();
    for (const p of payloads) await app.deliver(p);
    const spent = work(emu.requestsSince(mark));
    expect(spent.length, describeRequests(spent).join("\n")).toBeLessThanOrEqual(9);
    // A member labelling their own issue: only their permission says it is a decision.
    expect(describeRequests(spent).filter((r) => r.includes("/permission"))).toEqual([
      "GET /repos/acme/web/collaborators/alice/permission",
    ]);
    expect(emu.labels(number).sort()).toEqual(["SEV3", "incident", "status:investigating"]);
    expect(boards(emu, number)).toHaveLength(1);
  });

  it("opened with incident + SEV2, its three deliveries arriving at once: at most 9 requests in all", async () => {
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "API latency", labels: ["incident", "SEV2"] });
    const mark = emu.mark();
    await Promise.all(payloads.map((p) => app.deliver(p)));
    const spent = work(emu.requestsSince(mark));
    expect(spent.length, describeRequests(spent).join("\n")).toBeLessThanOrEqual(9);
    expect(spent.filter((r) => r.path.endsWith("/permission"))).toHaveLength(1);
    expect(boards(emu, number)).toHaveLength(1);
    expect(String(boards(emu, number)[0]?.body)).toContain("**SEV2**");
  });

  it("the issue form's severity answer is applied when no severity label is present", async () => {
    const body =
      "### Summary\n\nLogins fail\n\n### Severity\n\nSEV1 — Critical\n\n### Started at\n\n2026-11-21T08:50:00Z\n";
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Logins fail", body, labels: ["incident"] });
    for (const p of payloads) await app.deliver(p);
    expect(emu.labels(number)).toContain("SEV1");
    expect(String(boards(emu, number)[0]?.body)).toContain("| **Started** | 2026-11-21 08:50 UTC |");
  });

  it("/declare on a plain issue opens a new incident that links back, once, within 8 requests", async () => {
    const { number: plain } = emu.as("alice").openIssue({ title: "Flaky checkout test" });
    const c = emu.as("alice").comment(plain, "/declare SEV2 Checkout errors in production");
    const mark = emu.mark();
    await app.deliver(c);
    expect(work(emu.requestsSince(mark)).length).toBeLessThanOrEqual(8);
    await app.deliver(c); // redelivered
    const incidents = emu
      .issues()
      .filter((i) => (i.labels as Array<{ name: string }>).some((l) => l.name === "incident"));
    expect(incidents).toHaveLength(1);
    const incident = incidents[0]!;
    expect(incident.title).toBe("Checkout errors in production");
    expect((incident.labels as Array<{ name: string }>).map((l) => l.name).sort()).toEqual([
      "SEV2",
      "incident",
      "status:investigating",
    ]);
    expect(String(incident.body)).toContain(String(emu.issue(plain).html_url));
    expect(boards(emu, incident.number as number)).toHaveLength(1);
    const replies = emu
      .comments(plain)
      .filter((x) => String(x.body).includes(`declared incident #${incident.number}`));
    expect(replies).toHaveLength(1);
  });

  it("/declare by an outsider is refused with a reply and opens nothing", async () => {
    const { number: plain } = emu.as("alice").openIssue({ title: "Question" });
    await app.deliver(emu.as("mallory").comment(plain, "/declare SEV1 Everything is down"));
    expect(emu.issues()).toHaveLength(1);
    expect(emu.comments(plain).at(-1)?.body).toMatch(/was not run/);
  });

  it("/declare by an outsider is refused before its arguments are read, however long", async () => {
    const { number: plain } = emu.as("alice").openIssue({ title: "Another question" });
    await app.deliver(emu.as("mallory").comment(plain, `/declare SEV1 ${"x".repeat(65_000)}`));
    expect(emu.issues()).toHaveLength(1);
    expect(emu.comments(plain).at(-1)?.body).toMatch(
      /`\/declare` was not run: only owner, member, collaborator accounts .*\(you are none\)/,
    );
  });
});
