// Issue 20's "Must show", items 1 and 4, from outside: the app as `npm start` runs it (`node
// lib/start.js`, its own process), signed webhooks POSTed over HTTP, the emulator as GitHub.
// deploy-gate.test.ts and issue-types.test.ts hold the details (request lists, redelivery) in-process.
import { afterEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards } from "./probot-harness.js";
import { steps } from "./process-steps.js";
import { type AppProcess, eventually, startAppProcess } from "./server-harness.js";

let emu: Emulator;
let app: AppProcess;
const { send, sendAll, boardWith, errors, stop } = steps(
  () => emu,
  () => app,
);

async function start(options: { config?: string; org?: { issueTypes: string[] } } = {}) {
  emu = await startEmulator({
    owner: "acme",
    repo: "web",
    labels: labelSpecs(defaultConfig()),
    ...(options.config === undefined ? {} : { files: { ".github/incidents.yml": options.config } }),
  });
  if (options.org) emu.addOrg("acme", options.org);
  for (const m of ["alice", "bob"]) {
    emu.setAssociation(m, "MEMBER");
    emu.setPermission(m, "write");
  }
  app = await startAppProcess(emu);
}

afterEach(stop);

/** Opens an incident and waits for its board. */
async function declare(title: string, labels: string[]): Promise<number> {
  const { number, payloads } = emu.as("alice").openIssue({ title, labels: ["incident", ...labels] });
  await sendAll(payloads, () => boards(emu, number).length === 1);
  return number;
}

/** A run waiting on `environment`, delivered to the app: GitHub's one recorded answer. */
async function deploy(environment: string, pulls: number[] = []) {
  const hook = emu.requestDeployment({ environment, pulls, sender: "bob" });
  const url = hook.payload.deployment_callback_url ?? "";
  const reviews = await send(
    hook,
    () => emu.deploymentReviews(url),
    (r) => r.length > 0,
  );
  expect(reviews).toHaveLength(1);
  expect(reviews[0]?.by).toBe(emu.botLogin);
  return reviews[0];
}

describe("deployment protection rule, through `npm start`", () => {
  it("SEV1: production rejected naming it, the board shows what was held; staging, a drill, a fix, mitigated, closed: approved", async () => {
    await start({ config: "gate:\n  environments: [production]\n" });
    const drill = await declare("Game day", ["SEV1", "drill"]);
    const onlyDrill = await deploy("production");
    expect(onlyDrill?.state).toBe("approved");

    const n = await declare("Checkout down", ["SEV1"]);
    const held = await deploy("production");
    expect(held?.state).toBe("rejected");
    expect(held?.comment).toContain(`#${n} (SEV1: Checkout down)`);
    expect(held?.comment).not.toContain(`#${drill}`);
    expect((await deploy("production"))?.state).toBe("rejected");
    await boardWith(n, "production deploys held since ");
    const board = await boardWith(n, ", 2 rejected");
    expect(board).toMatch(/\| \*\*Deploys\*\* \| production deploys held since [^|]+, 2 rejected \|/);

    const staging = await deploy("staging");
    expect(staging?.state).toBe("approved");
    expect(staging?.comment).toContain("not in gate.environments");

    emu.setFile("fix-checkout", "src/pay.ts", "fixed\n");
    const fix = emu
      .as("bob")
      .openPull({ title: "Roll back payment-client", head: "fix-checkout", body: `Fixes #${n}` });
    const forward = await deploy("production", [fix.number]);
    expect(forward?.state).toBe("approved");
    expect(forward?.comment).toContain(`pull request #${fix.number} references the open incident #${n}`);
    await boardWith(n, "1 let through as a fix");

    await send(
      emu.as("alice").comment(n, "/status mitigated"),
      () => emu.labels(n),
      (l) => l.includes("status:mitigated"),
    );
    expect((await deploy("production"))?.state).toBe("approved");
    await send(
      emu.as("alice").comment(n, "/status identified"),
      () => emu.labels(n),
      (l) => !l.includes("status:mitigated"),
    );
    expect((await deploy("production"))?.state).toBe("rejected");
    await send(
      emu.as("alice").close(n, "completed"),
      () => emu.pulls().length,
      (count) => count > 1, // the fix's pull request, then the postmortem's
    );
    const closed = await deploy("production");
    expect(closed?.state).toBe("approved");
    expect(closed?.comment).toContain("No open incident at or above SEV2");
  }, 60_000);

  it("no gate.environments (the default): approved, even during a SEV1", async () => {
    await start();
    await declare("Checkout down", ["SEV1"]);
    expect((await deploy("production"))?.state).toBe("approved");
  }, 30_000);
});

describe("issue types, through `npm start`", () => {
  const typeOf = (n: number) => (emu.issue(n).type as { name?: string } | null)?.name ?? null;
  const typeWrites = () =>
    emu
      .requestsSince(0)
      .filter((r) => r.method !== "GET" && (r.body as { type?: unknown } | null)?.type !== undefined);

  it("an organisation with an Incident type: a declared incident has it, by /declare too", async () => {
    await start({ org: { issueTypes: ["Bug", "Incident"] } });
    const n = await declare("API down", []);
    // The type is set after the board is first written: wait for it (set, then read back).
    expect(
      await eventually(
        () => typeOf(n),
        (t) => t !== null,
      ),
    ).toBe("Incident");
    const issueRequests = () =>
      emu
        .requestsSince(0)
        .filter((r) => r.path === `/repos/acme/web/issues/${n}`)
        .map((r) => r.method);
    const readBack = await eventually(issueRequests, (m) => m.lastIndexOf("GET") > m.indexOf("PATCH"));
    expect(readBack.indexOf("PATCH")).toBeGreaterThanOrEqual(0);
    expect(readBack.lastIndexOf("GET")).toBeGreaterThan(readBack.indexOf("PATCH"));
    const { number: plain } = emu.as("alice").openIssue({ title: "Flaky test" });
    const declared = await send(
      emu.as("alice").comment(plain, "/declare SEV2 Checkout errors"),
      () => emu.issues().find((i) => i.title === "Checkout errors"),
      (i) => i !== undefined,
    );
    expect((declared?.type as { name?: string } | null)?.name).toBe("Incident");
  }, 30_000);

  it("an organisation without one: no request sets a type; a user's repository: no request at all", async () => {
    await start({ org: { issueTypes: ["Bug", "Task"] } });
    const n = await declare("API down", []);
    const { number: plain } = emu.as("alice").openIssue({ title: "Flaky test" });
    await send(
      emu.as("alice").comment(plain, "/declare SEV2 Checkout errors"),
      () => emu.issues().find((i) => i.title === "Checkout errors"),
      (i) => i !== undefined && boards(emu, Number(i.number)).length === 1,
    );
    expect(typeOf(n)).toBeNull();
    expect(typeWrites()).toEqual([]);
    await app.stop();
    expect(errors()).toEqual([]);
    expectNoViolations(emu);
    await emu.close();

    await start();
    await declare("API down", []);
    expect(emu.requestsSince(0).filter((r) => r.path.startsWith("/orgs/"))).toEqual([]);
    expect(typeWrites()).toEqual([]);
  }, 30_000);
});
