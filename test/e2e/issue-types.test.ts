import { afterEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import {
  type Emulator,
  expectNoViolations,
  type RecordedRequest,
  startEmulator,
} from "../../src/emulator/index.js";
import { TYPE_DROPPED_MARKER } from "../../src/handlers/issue-type.js";
import { boards, describeRequests, startApp, work } from "./probot-harness.js";

let emu: Emulator;

async function setup(options: {
  org?: { issueTypes?: string[]; dropsIssueTypes?: boolean };
  config?: string;
}) {
  emu = await startEmulator({
    owner: "acme",
    repo: "web",
    labels: labelSpecs(defaultConfig()),
    ...(options.config === undefined ? {} : { files: { ".github/incidents.yml": options.config } }),
  });
  if (options.org) emu.addOrg("acme", options.org);
  emu.setAssociation("alice", "MEMBER");
  return startApp(emu);
}

afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const typeReads = (requests: readonly RecordedRequest[]) =>
  requests.filter((r) => r.method === "GET" && r.path.startsWith("/orgs/"));
const typeWrites = (requests: readonly RecordedRequest[]) =>
  requests.filter((r) => r.method === "PATCH" && (r.body as { type?: unknown } | null)?.type !== undefined);
const typeOf = (n: number) => (emu.issue(n).type as { name?: string } | null)?.name ?? null;
const notes = (n: number) => emu.comments(n).filter((c) => String(c.body).startsWith(TYPE_DROPPED_MARKER));

describe("issue types, through the app", () => {
  it("an organisation with an Incident type: a declared incident has it (set, read back), once", async () => {
    const app = await setup({ org: { issueTypes: ["Bug", "Incident"] } });
    const { number, payloads } = emu.as("alice").openIssue({ title: "API down", labels: ["incident"] });
    const mark = emu.mark();
    for (const p of payloads) await app.deliver(p);
    const spent = emu.requestsSince(mark);
    expect(typeOf(number)).toBe("Incident");
    expect(typeReads(spent)).toHaveLength(1);
    expect(typeWrites(spent)).toHaveLength(1);
    // Read back after the set.
    const described = describeRequests(spent);
    const patched = described.indexOf(`PATCH /repos/acme/web/issues/${number}`);
    expect(described.slice(patched + 1)).toContain(`GET /repos/acme/web/issues/${number}`);
    // 9 without issue types (app-declare.test.ts: 7, + the recent changes' pulls and deployments
    // lists), +3 once per incident: the types, the set, the read back.
    expect(work(spent).length, described.join("\n")).toBeLessThanOrEqual(12);
    // The next event on the incident carries the type: nothing more is asked or set.
    const next = emu.mark();
    await app.deliver(emu.as("alice").label(number, "SEV2"));
    expect(typeReads(emu.requestsSince(next))).toEqual([]);
    expect(typeWrites(emu.requestsSince(next))).toEqual([]);
    // Another incident within the memo's lifetime: the organisation's types are not read again.
    const second = emu.as("alice").openIssue({ title: "Queue stuck", labels: ["incident"] });
    const again = emu.mark();
    for (const p of second.payloads) await app.deliver(p);
    expect(typeOf(second.number)).toBe("Incident");
    expect(typeReads(emu.requestsSince(again))).toEqual([]);
  });

  it("/declare in such an organisation creates the incident with the type: no PATCH for it", async () => {
    const app = await setup({ org: { issueTypes: ["Incident"] } });
    const { number: plain } = emu.as("alice").openIssue({ title: "Flaky test" });
    const mark = emu.mark();
    await app.deliver(emu.as("alice").comment(plain, "/declare SEV2 Checkout errors"));
    const spent = emu.requestsSince(mark);
    const created = spent.find((r) => r.method === "POST" && r.path === "/repos/acme/web/issues");
    expect((created?.body as { type?: string } | undefined)?.type).toBe("Incident");
    expect(typeWrites(spent)).toEqual([]);
    const incident = emu.issues().find((i) => i.title === "Checkout errors");
    expect((incident?.type as { name?: string } | null)?.name).toBe("Incident");
    // 7 before the recent changes (+ their pulls and deployments lists, once per incident).
    expect(work(spent).length, describeRequests(spent).join("\n")).toBeLessThanOrEqual(9);
  });

  it("an organisation without that type: its types are read, no PATCH", async () => {
    const app = await setup({ org: { issueTypes: ["Bug", "Task"] } });
    const { number, payloads } = emu.as("alice").openIssue({ title: "API down", labels: ["incident"] });
    const mark = emu.mark();
    for (const p of payloads) await app.deliver(p);
    expect(typeReads(emu.requestsSince(mark))).toHaveLength(1);
    expect(typeWrites(emu.requestsSince(mark))).toEqual([]);
    expect(typeOf(number)).toBeNull();
    expect(boards(emu, number)).toHaveLength(1);
  });

  it("a user-owned repository, or issueType: false: no request is made for types", async () => {
    for (const options of [{}, { org: { issueTypes: ["Incident"] }, config: "issueType: false\n" }]) {
      const app = await setup(options);
      const { number, payloads } = emu.as("alice").openIssue({ title: "API down", labels: ["incident"] });
      const mark = emu.mark();
      for (const p of payloads) await app.deliver(p);
      await app.deliver(emu.as("alice").comment(number, "/declare SEV1 Another outage"));
      expect(typeReads(emu.requestsSince(mark))).toEqual([]);
      expect(typeWrites(emu.requestsSince(mark))).toEqual([]);
      const posted = emu
        .requestsSince(mark)
        .filter((r) => r.method === "POST" && r.path === "/repos/acme/web/issues");
      expect(posted.map((r) => (r.body as { type?: unknown }).type)).toEqual([undefined]);
      expect(boards(emu, number)).toHaveLength(1);
      expectNoViolations(emu);
      await emu.close();
      emu = await startEmulator();
    }
  });

  it("a person gives an issue the Incident type: it becomes an incident, labelled, with its board", async () => {
    const app = await setup({ org: { issueTypes: ["Incident"] } });
    const { number } = emu.as("alice").openIssue({ title: "Payments failing" });
    const typed = emu.as("alice").setType(number, "Incident");
    const mark = emu.mark();
    await app.deliver(typed);
    expect(emu.labels(number)).toContain("incident");
    expect(emu.labels(number)).toContain("SEV3");
    expect(boards(emu, number)).toHaveLength(1);
    // The type is already there: nothing is asked or set for it.
    expect(typeReads(emu.requestsSince(mark))).toEqual([]);
    expect(typeWrites(emu.requestsSince(mark))).toEqual([]);
    // Redelivered: still one board, the label applied once.
    await app.deliver(typed);
    expect(boards(emu, number)).toHaveLength(1);
    expect(
      emu
        .timeline(number)
        .filter((e) => e.event === "labeled" && (e.label as { name: string }).name === "incident"),
    ).toHaveLength(1);
  });

  it("a person removes the incident label from a typed issue: it is not labelled again", async () => {
    const app = await setup({ org: { issueTypes: ["Incident"] } });
    const { number } = emu.as("alice").openIssue({ title: "Payments failing" });
    await app.deliver(emu.as("alice").setType(number, "Incident"));
    await app.deliver(emu.as("alice").unlabel(number, "incident"));
    await app.deliver(emu.as("alice").edit(number, { title: "Payments failing (not an incident)" }));
    expect(emu.labels(number)).not.toContain("incident");
  });

  it("GitHub drops the type silently: the incident says so once, and the tool stops trying", async () => {
    const app = await setup({ org: { issueTypes: ["Incident"], dropsIssueTypes: true } });
    const { number, payloads } = emu.as("alice").openIssue({ title: "API down", labels: ["incident"] });
    for (const p of payloads) await app.deliver(p);
    expect(typeOf(number)).toBeNull();
    expect(notes(number)).toHaveLength(1);
    expect(String(notes(number)[0]?.body)).toContain("**Incident** issue type");
    const mark = emu.mark();
    await app.deliver(emu.as("alice").label(number, "SEV1"));
    await app.deliver(emu.as("alice").comment(number, "/status identified"));
    expect(typeWrites(emu.requestsSince(mark))).toEqual([]);
    expect(notes(number)).toHaveLength(1);
    // Its board deleted by a person: the next run writes a new one (a declaration's run again), and
    // the note in the history still stops it from trying.
    const board = boards(emu, number)[0];
    await app.deliver(emu.as("alice").deleteComment(board?.id as number));
    const after = emu.mark();
    await app.deliver(emu.as("alice").comment(number, "/update still down"));
    expect(boards(emu, number)).toHaveLength(1);
    expect(typeWrites(emu.requestsSince(after))).toEqual([]);
    expect(notes(number)).toHaveLength(1);
  });
});
