// Issue 17 through the app: bidirectional controls in what people write never reach the board or the
// postmortem, and a reference from a private repository shows neither its title nor its repository.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { slugify } from "../../src/core/postmortem/paths.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, startApp } from "./probot-harness.js";

let emu: Emulator;
let app: Awaited<ReturnType<typeof startApp>>;

const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;
const board = (n: number) => String(boards(emu, n)[0]?.body ?? "");

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  for (const member of ["alice", "bob"]) emu.setAssociation(member, "MEMBER");
  app = await startApp(emu);
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

async function declared(title: string): Promise<number> {
  const opened = emu.as("alice").openIssue({ title, labels: ["incident", "SEV2"] });
  for (const p of opened.payloads) await app.deliver(p);
  return opened.number;
}

describe("bidirectional controls (Trojan Source)", () => {
  it("a /note and a title with U+202E and its kin reach neither the board nor the postmortem", async () => {
    const title = "Checkout \u202edown\u202c";
    const n = await declared(title);
    await app.deliver(
      emu.as("bob").comment(n, "/note access \u202e;nimda=resu\u202c \u2066granted\u2069 \u200fok"),
    );
    expect(board(n)).toContain("access ;nimda=resu granted ok");
    expect(board(n)).not.toMatch(BIDI);

    await app.deliver(emu.as("alice").close(n, "completed"));
    const date = new Date(String(emu.issue(n).created_at)).toISOString().slice(0, 10);
    const doc = emu.file(`postmortem/incident-${n}`, `docs/postmortems/${date}-${n}-${slugify(title)}.md`);
    expect(doc).not.toBeNull();
    expect(doc).toContain("access ;nimda=resu granted ok");
    expect(doc).not.toMatch(BIDI);
    const front = String(doc).split("---")[1] ?? "";
    expect(front).not.toMatch(/\\u(202[a-eA-E]|206[6-9]|200[eEfF]|061[cC])/);
    expect(parseYaml(front)).toMatchObject({ incident: n, title: "Checkout down" });
  });
});

describe("references from other repositories", () => {
  it("shows a private repository's issue without its title, number or repository; a public one's in full", async () => {
    const n = await declared("Login errors");
    const secret = emu.addRepo("acme", "secret", { private: true });
    const embargoed = secret.as("alice").openIssue({ title: "Auth bypass (embargoed CVE)" }).number;
    const open = emu.addRepo("acme", "docs", { private: false });
    const published = open.as("alice").openIssue({ title: "Document the login outage" }).number;
    const local = emu.as("bob").openIssue({ title: "Roll back auth change" }).number;
    emu.as("alice").addCrossReference(n, embargoed, "acme/secret");
    emu.as("alice").addCrossReference(n, published, "acme/docs");
    emu.as("bob").addCrossReference(n, local);
    await app.deliver(emu.as("bob").comment(n, "/update looking"));

    expect(board(n)).toContain("Referenced by an issue in a private repository");
    expect(board(n)).toContain("Document the login outage");
    expect(board(n)).toContain("Roll back auth change");
    expect(board(n)).not.toContain("embargoed");
    expect(board(n)).not.toContain("secret");

    await app.deliver(emu.as("alice").close(n, "completed"));
    const date = new Date(String(emu.issue(n).created_at)).toISOString().slice(0, 10);
    const doc = String(emu.file(`postmortem/incident-${n}`, `docs/postmortems/${date}-${n}-login-errors.md`));
    expect(doc).toContain("An issue in a private repository");
    expect(doc).toContain("Document the login outage");
    expect(doc).not.toContain("embargoed");
    expect(doc).not.toContain("acme/secret");
  });
});
