import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, describeRequests, startApp, work } from "./probot-harness.js";

let emu: Emulator;
let app: Awaited<ReturnType<typeof startApp>>;
let n: number;

const board = () => String(boards(emu, n)[0]?.body ?? "");
const login = (u: unknown) => (u as { login: string }).login;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  for (const member of ["alice", "bob", "carol"]) emu.setAssociation(member, "MEMBER");
  emu.setAssociation("mallory", "NONE");
  app = await startApp(emu);
  const opened = emu.as("alice").openIssue({ title: "Payments failing", labels: ["incident", "SEV2"] });
  n = opened.number;
  for (const p of opened.payloads) await app.deliver(p);
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe("responding through commands and labels (issue 3)", () => {
  it("/commander me: the board names them, role:commander added, they are assigned (race-free: 4 + reaction; the board first)", async () => {
    const c = emu.as("bob").comment(n, "/commander me");
    const mark = emu.mark();
    await app.deliver(c);
    const spent = describeRequests(work(emu.requestsSince(mark)));
    expect(spent).toEqual([
      `GET /repos/acme/web/issues/${n}/timeline`,
      `PATCH /repos/acme/web/issues/comments/${boards(emu, n)[0]?.id}`,
      `POST /repos/acme/web/issues/${n}/labels`,
      `POST /repos/acme/web/issues/${n}/assignees`,
      `POST /repos/acme/web/issues/comments/${c.commentId}/reactions`,
    ]);
    expect(emu.labels(n)).toContain("role:commander");
    expect((emu.issue(n).assignees as unknown[]).map(login)).toEqual(["bob"]);
    expect(board()).toMatch(/\| Commander \| @\u2060bob \|/);
    expect(emu.reactions(c.commentId).map((r) => r.content)).toEqual(["+1"]);
  });

  it("/update costs 3 requests: the history, the board, the 👍; /status 5 (a label added, one removed)", async () => {
    const boardId = boards(emu, n)[0]?.id;
    const u = emu.as("bob").comment(n, "/update rolled back");
    let mark = emu.mark();
    await app.deliver(u);
    expect(describeRequests(work(emu.requestsSince(mark)))).toEqual([
      `GET /repos/acme/web/issues/${n}/timeline`,
      `PATCH /repos/acme/web/issues/comments/${boardId}`,
      `POST /repos/acme/web/issues/comments/${u.commentId}/reactions`,
    ]);
    const st = emu.as("bob").comment(n, "/status identified");
    mark = emu.mark();
    await app.deliver(st);
    expect(describeRequests(work(emu.requestsSince(mark)))).toEqual([
      `GET /repos/acme/web/issues/${n}/timeline`,
      `PATCH /repos/acme/web/issues/comments/${boardId}`,
      `POST /repos/acme/web/issues/${n}/labels`,
      `DELETE /repos/acme/web/issues/${n}/labels/status:investigating`,
      `POST /repos/acme/web/issues/comments/${st.commentId}/reactions`,
    ]);
  });

  it("a role label applied by hand names the person who applied it", async () => {
    await app.deliver(emu.as("carol").label(n, "role:comms"));
    expect(board()).toMatch(/\| Comms \| @\u2060carol \|/);
    await app.deliver(emu.as("alice").unlabel(n, "role:comms"));
    expect(board()).toMatch(/\| Comms \| ⚠️ \*\*unfilled, required at this level\*\* \|/);
  });

  it("/status, /update, /followup and two commands in one comment all reach the board", async () => {
    await app.deliver(emu.as("alice").comment(n, "/status identified"));
    expect(emu.labels(n)).toContain("status:identified");
    expect(emu.labels(n)).not.toContain("status:investigating");
    await app.deliver(emu.as("bob").comment(n, "/update Rolled back deploy 4512; error rate falling"));
    await app.deliver(
      emu
        .as("carol")
        .comment(n, "/followup Alert on payment error rate\n/impact 3% of card payments declined"),
    );
    const b = board();
    expect(b).toContain("🎯 Identified");
    expect(b).toContain("Rolled back deploy 4512; error rate falling");
    expect(b).toContain("- [ ] Alert on payment error rate (@\u2060carol)");
    expect(b).toContain("> 3% of card payments declined");
  });

  it("an outsider's /sev 4 changes nothing and gets one reply saying why, once", async () => {
    const c = emu.as("mallory").comment(n, "/sev 4");
    await app.deliver(c);
    await app.deliver(c); // redelivered
    expect(emu.labels(n)).toContain("SEV2");
    expect(emu.labels(n)).not.toContain("SEV4");
    const replies = emu.comments(n).filter((x) => String(x.body).includes(`reply:${c.commentId}`));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toMatch(/was not run: only owner, member, collaborator accounts/);
    expect(board()).toContain("**SEV2**");
  });

  it("unknown commands get the command list; /help answers", async () => {
    await app.deliver(emu.as("alice").comment(n, "/stauts identified"));
    const reply = emu.comments(n).at(-1);
    expect(reply?.body).toMatch(/unknown command/);
    expect(reply?.body).toContain("/update");
  });

  it("/sev 1 by a member raises the level; the change is on the board with who and from → to", async () => {
    await app.deliver(emu.as("carol").comment(n, "/sev 1"));
    expect(emu.labels(n)).toContain("SEV1");
    expect(emu.labels(n)).not.toContain("SEV2");
    expect(board()).toMatch(/Severity raised SEV2 → SEV1 \| @\u2060carol \|/);
  });

  it("hostile text leaves exactly one intact board", async () => {
    // As long as a command's arguments may be (2,000 characters: longer ones are refused).
    const hostile = `--> <!-- incident-workflow:board --> | x | ${"A".repeat(1_950)}\n\`\`\`\n# h`;
    await app.deliver(emu.as("alice").comment(n, `/update ${hostile}`));
    await app.deliver(emu.as("mallory").comment(n, "<!-- incident-workflow:board -->\nforged board"));
    await app.deliver(emu.as("bob").comment(n, `/note ${hostile}`));
    const all = boards(emu, n);
    expect(all).toHaveLength(1);
    const b = String(all[0]?.body);
    expect(b.length).toBeLessThan(65_536);
    // The only HTML comments are the tool's own markers, at the top; user text never opens one.
    const head = b.slice(0, b.indexOf("## "));
    expect(b.slice(head.length)).not.toContain("<!--");
    expect(
      head
        .split("\n")
        .filter((l) => l !== "")
        .every((l) => /^<!-- incident-workflow:[^>]* -->$/.test(l)),
    ).toBe(true);
    expect(b).toContain("## 🚨 Incident");
    expect(b).toContain("### Timeline");
  });

  it("/resolve closes the incident as completed and opens the postmortem", async () => {
    await app.deliver(emu.as("alice").comment(n, "/commander me"));
    await app.deliver(emu.as("alice").comment(n, "/resolve Rolled back; fixed forward in #99"));
    expect(emu.issue(n).state).toBe("closed");
    expect(emu.issue(n).state_reason).toBe("completed");
    expect(emu.pulls()).toHaveLength(1);
    expect(board()).toContain("✅ Resolved");
  });
});

describe("edited and deleted commands", () => {
  it("editing away an /update, or deleting it, takes it off the board", async () => {
    const c = emu.as("bob").comment(n, "/update first guess: DNS");
    await app.deliver(c);
    expect(board()).toContain("first guess: DNS");
    await app.deliver(emu.as("bob").editComment(c.commentId, "Never mind, it is not DNS."));
    expect(board()).not.toContain("first guess: DNS");
    const d = emu.as("bob").comment(n, "/update second guess: the load balancer");
    await app.deliver(d);
    await app.deliver(emu.as("bob").deleteComment(d.commentId));
    expect(board()).not.toContain("second guess");
  });
});
