// After an ambiguous create failure, the ports look for "their" comment or issue: only among what
// the tool itself wrote (issue 17). The markers and bodies they look for are predictable, so
// anyone could have written the same text first.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requestMarker } from "../../src/core/state/markers.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { knownIdentity } from "../../src/github/identity.js";
import { createPorts } from "../../src/github/octokit-ports.js";
import { createOnce } from "../../src/github/requester.js";
import { SupersededError } from "../../src/github/write-scheduler.js";
import { client } from "../emulator/test-client.js";

let emu: Emulator;
let n: number;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("mallory", "NONE");
  n = emu.as("mallory").openIssue({ title: "Checkout down" }).number;
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const ports = () =>
  createPorts(
    client(emu, emu.installationToken()),
    { owner: "acme", repo: "web" },
    { self: knownIdentity(emu.botLogin) },
  );

const author = (x: unknown) => (x as { user?: { login?: string } }).user?.login;

describe("createOnce looks only for the tool's own", () => {
  it("a comment: another account's identical comment is not taken for the tool's", async () => {
    const body = "<!-- incident-workflow:reply:1 -->\nthe reply";
    emu.as("other-app[bot]").comment(n, body);
    emu.fault({ method: "POST", pathPattern: /\/issues\/\d+\/comments$/, status: 502, times: 1 });
    const created = await ports().createComment(n, body);
    const mine = emu.comments(n).filter((c) => author(c) === emu.botLogin);
    expect(mine.map((c) => c.id)).toEqual([created.id]);
    expect(emu.comments(n)).toHaveLength(2);
  });

  it("a comment the tool stored before the 502 is found, not posted twice", async () => {
    const body = "<!-- incident-workflow:reply:2 -->\nthe reply";
    emu.fault({
      method: "POST",
      pathPattern: /\/issues\/\d+\/comments$/,
      status: 502,
      times: 1,
      applyThenFail: true,
    });
    const created = await ports().createComment(n, body);
    expect(emu.comments(n).map((c) => c.id)).toEqual([created.id]);
  });

  it("an issue: someone's issue carrying the request marker is not taken for the tool's", async () => {
    const marker = requestMarker("abc123");
    const forged = emu.as("mallory").openIssue({ title: "Forged", body: `${marker}\nnot the tool's` }).number;
    emu.fault({ method: "POST", pathPattern: /\/repos\/acme\/web\/issues$/, status: 502, times: 1 });
    const created = await ports().createIssue(
      { title: "Declared", body: `${marker}\nbody`, labels: [] },
      marker,
    );
    expect(created.number).not.toBe(forged);
    expect(author(emu.issue(created.number))).toBe(emu.botLogin);
  });
});

describe("createOnce and a write dropped before it was sent", () => {
  it("rethrows SupersededError at once: no lookup, no pause (the newer run writes it)", async () => {
    let lookups = 0;
    const failure = createOnce(
      () => Promise.reject(new SupersededError()),
      async () => {
        lookups += 1;
        return null;
      },
      { pauseMs: 60_000 },
    );
    await expect(failure).rejects.toBeInstanceOf(SupersededError);
    expect(lookups).toBe(0);
  });

  it("still looks for a create that failed with a 502, and tries again when it is not there", async () => {
    let lookups = 0;
    let attempts = 0;
    const created = await createOnce(
      async () => {
        attempts += 1;
        if (attempts === 1) throw Object.assign(new Error("Bad Gateway"), { status: 502 });
        return "created";
      },
      async () => {
        lookups += 1;
        return null;
      },
      { pauseMs: 0 },
    );
    expect([created, attempts, lookups]).toEqual(["created", 2, 1]);
  });
});
