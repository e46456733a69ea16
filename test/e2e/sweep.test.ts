// The app's sweep (issue 8): every installation's repositories, every open incident reconciled
// from its history; unchanged incidents skipped; unchanged lists and config answered 304.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepAll } from "../../src/app/sweep-all.js";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, describeRequests, startApp } from "./probot-harness.js";

let emu: Emulator;
let app: Awaited<ReturnType<typeof startApp>>;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web", labels: labelSpecs(defaultConfig()) });
  for (const m of ["alice", "bob"]) emu.setAssociation(m, "MEMBER");
  app = await startApp(emu);
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

async function declared(title: string): Promise<number> {
  const { number, payloads } = emu.as("alice").openIssue({ title, labels: ["incident", "SEV2"] });
  for (const p of payloads) await app.deliver(p);
  return number;
}

describe("the app's sweep", () => {
  it("applies, answers and shows commands whose deliveries were lost, on every incident", async () => {
    const a = await declared("Checkout down");
    const b = await declared("Search slow");
    const lost = emu.as("bob").comment(a, "/sev 1\n/update rolled back");
    emu.as("alice").label(b, "role:scribe"); // its delivery lost too
    emu.as("alice").close(b, "completed"); // and the close: the postmortem is owed
    const totals = await sweepAll(app.probot);
    expect(totals).toMatchObject({ repositories: 1, listed: 2, reconciled: 2, failed: 0 });
    expect(emu.labels(a)).toContain("SEV1");
    expect(emu.labels(a)).not.toContain("SEV2");
    expect(emu.reactions(lost.commentId).map((r) => r.content)).toEqual(["+1"]);
    expect(String(boards(emu, a)[0]?.body)).toContain("rolled back");
    expect((emu.issue(b).assignees as Array<{ login: string }>).map((x) => x.login)).toEqual(["alice"]);
    expect(emu.pulls()).toHaveLength(1);
    expect(String(boards(emu, b)[0]?.body)).toContain("✅ Resolved");
  });

  it("a second sweep with nothing new reads no history and costs no rate limit for the lists", async () => {
    // GitHub's clock a minute behind ours: `updated_at` is then safely in the past for the memo.
    emu.setTime(new Date(Date.now() - 60_000).toISOString());
    const a = await declared("Checkout down");
    await sweepAll(app.probot); // our writes moved updated_at: the next pass looks once more
    await sweepAll(app.probot);
    const mark = emu.mark();
    const totals = await sweepAll(app.probot);
    expect(totals).toMatchObject({ listed: 1, reconciled: 0, failed: 0 });
    const spent = emu.requestsSince(mark);
    expect(describeRequests(spent).filter((r) => r.includes("/timeline"))).toEqual([]);
    const lists = spent.filter((r) => r.method === "GET" && /\/repos\/acme\/web\/issues$/.test(r.path));
    // Open incidents, recently closed ones, the dashboard, overdue action items: all unchanged, so
    // 304, and nothing written.
    expect(lists.map((r) => [r.query.state, r.query.labels, r.status])).toEqual([
      ["open", "incident", 304],
      ["closed", "incident", 304],
      ["open", "incident-dashboard", 304],
      ["open", "action-item", 304],
    ]);
    expect(spent.filter((r) => r.method !== "GET")).toEqual(
      spent.filter((r) => r.path.startsWith("/app/installations/")),
    );
    // A new event on the incident: only that one is read again.
    emu.advance(2_000); // a later second than the incident's last change
    emu.as("bob").comment(a, "/note paged the DBA");
    const mark2 = emu.mark();
    expect(await sweepAll(app.probot)).toMatchObject({ reconciled: 1 });
    expect(describeRequests(emu.requestsSince(mark2)).filter((r) => r.includes("/timeline"))).toHaveLength(1);
  });
});
