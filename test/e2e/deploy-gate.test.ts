// Issue 20, item 1: the app as a custom deployment protection rule. Deliveries through Probot,
// answers recorded by the emulator's callback route (validated against GitHub's description).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/validate.js";
import { labelSpecs } from "../../src/core/labels.js";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, describeRequests, startApp } from "./probot-harness.js";

const CONFIG = "gate:\n  environments: [production]\n";

let emu: Emulator;
let app: Awaited<ReturnType<typeof startApp>>;

beforeEach(async () => {
  emu = await startEmulator({
    owner: "acme",
    repo: "web",
    labels: labelSpecs(defaultConfig()),
    files: { ".github/incidents.yml": CONFIG },
  });
  for (const m of ["alice", "bob"]) {
    emu.setAssociation(m, "MEMBER");
    emu.setPermission(m, "write");
  }
  app = await startApp(emu);
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

async function declare(title: string, labels: string[]): Promise<number> {
  const { number, payloads } = emu.as("alice").openIssue({ title, labels: ["incident", ...labels] });
  for (const p of payloads) await app.deliver(p);
  return number;
}

/** A run waiting on `environment`: delivered to the app; returns the reviews GitHub recorded. */
async function deploy(environment: string, pulls: number[] = []) {
  const hook = emu.requestDeployment({ environment, pulls, sender: "bob" });
  await app.deliver(hook);
  return { reviews: emu.deploymentReviews(hook.payload.deployment_callback_url ?? ""), hook };
}

const gateRecords = (n: number) =>
  emu.comments(n).filter((c) => String(c.body).startsWith("<!-- incident-workflow:gate:"));

describe("deployment protection rule", () => {
  it("SEV1 open: production is rejected naming the incident, recorded once under redelivery; mitigated, then closed: approved", async () => {
    const n = await declare("Checkout down", ["SEV1"]);
    const mark = emu.mark();
    const first = await deploy("production");
    expect(first.reviews).toHaveLength(1);
    expect(first.reviews[0]).toMatchObject({
      environment: "production",
      state: "rejected",
      by: emu.botLogin,
    });
    expect(first.reviews[0]?.comment).toContain(`#${n} (SEV1: Checkout down)`);
    // Requests: config, open incidents, the answer, the incident's comments, the record, then the
    // incident's own run (timeline, board).
    expect(describeRequests(emu.requestsSince(mark)).filter((r) => !r.includes("incidents.yml"))).toEqual([
      "GET /repos/acme/web/issues",
      "POST /repos/acme/web/actions/runs/" +
        new URL(first.hook.payload.deployment_callback_url ?? "").pathname.split("/")[6] +
        "/deployment_protection_rule",
      `GET /repos/acme/web/issues/${n}/comments`,
      `POST /repos/acme/web/issues/${n}/comments`,
      `GET /repos/acme/web/issues/${n}`,
      `GET /repos/acme/web/issues/${n}/timeline`,
      expect.stringMatching(`^PATCH /repos/acme/web/issues/comments/\\d+$`),
    ]);
    await app.deliver(first.hook); // redelivered: answered again, recorded once
    await deploy("production");
    expect(gateRecords(n)).toHaveLength(2);
    const board = String(boards(emu, n)[0]?.body);
    expect(board).toMatch(/\| \*\*Deploys\*\* \| production deploys held since [^|]+, 2 rejected \|/);
    expect(board).toContain("Deployment to production held (run ");

    await app.deliver(emu.as("alice").comment(n, "/status mitigated"));
    expect((await deploy("production")).reviews[0]).toMatchObject({ state: "approved" });
    await app.deliver(emu.as("alice").close(n, "completed"));
    const closed = await deploy("production");
    expect(closed.reviews[0]?.state).toBe("approved");
    expect(closed.reviews[0]?.comment).toContain("No open incident at or above SEV2");
    expect(gateRecords(n)).toHaveLength(2);
    expect(String(boards(emu, n)[0]?.body)).toMatch(
      /\| \*\*Deploys\*\* \| production deploys were held from [^|]+, 2 rejected \|/,
    );
  });

  it("staging, a SEV3, or only a drill: approved, nothing recorded", async () => {
    const drill = await declare("Game day", ["SEV1", "drill"]);
    const minor = await declare("Slow search", ["SEV3"]);
    expect((await deploy("production")).reviews[0]?.state).toBe("approved");
    const real = await declare("Checkout down", ["SEV1"]);
    const staging = await deploy("staging");
    expect(staging.reviews[0]).toMatchObject({ state: "approved" });
    expect(staging.reviews[0]?.comment).toContain("not in gate.environments");
    for (const n of [drill, minor, real]) expect(gateRecords(n)).toHaveLength(0);
  });

  it("a pull request that references the open incident is let through, saying why, on the run and the board", async () => {
    const n = await declare("Checkout down", ["SEV1"]);
    emu.setFile("fix-checkout", "src/pay.ts", "fixed\n");
    const pull = emu
      .as("bob")
      .openPull({ title: "Roll back payment-client", head: "fix-checkout", body: `Fixes #${n}` });
    const { reviews } = await deploy("production", [pull.number]);
    expect(reviews[0]).toMatchObject({ state: "approved" });
    expect(reviews[0]?.comment).toContain(`pull request #${pull.number} references the open incident #${n}`);
    expect(String(gateRecords(n)[0]?.body)).toContain("as a fix going forward");
    expect(String(boards(emu, n)[0]?.body)).toContain(
      "| **Deploys** | production deploys: 1 let through as a fix |",
    );
    // A pull request about something else is held.
    emu.setFile("feature", "src/new.ts", "new\n");
    const other = emu.as("bob").openPull({ title: "New feature", head: "feature", body: "Closes #999" });
    expect((await deploy("production", [other.number])).reviews[0]?.state).toBe("rejected");
  });

  it("an issue an outsider labelled incident and SEV1 holds nothing; declared by a member at SEV1, it holds", async () => {
    emu.setAssociation("mallory", "NONE");
    const { number: n, payloads } = emu
      .as("mallory")
      .openIssue({ title: "Checkout down", labels: ["incident", "SEV1"] });
    for (const p of payloads) await app.deliver(p);
    const open = await deploy("production");
    expect(open.reviews[0]?.state).toBe("approved");
    expect(gateRecords(n)).toHaveLength(0);
    // A maintainer declares it (the label again, README "outsider forms"), then sets its level.
    await app.deliver(emu.as("alice").unlabel(n, "incident"));
    await app.deliver(emu.as("alice").label(n, "incident"));
    await app.deliver(emu.as("alice").comment(n, "/sev 1"));
    const held = await deploy("production");
    expect(held.reviews[0]?.state).toBe("rejected");
    expect(held.reviews[0]?.comment).toContain(`#${n} (SEV1: Checkout down)`);
  });

  it("an invalid config rejects, naming the problem", async () => {
    emu.setFile("main", ".github/incidents.yml", "gate:\n  blockOn: SEV9\n");
    const { reviews } = await deploy("production");
    expect(reviews[0]?.state).toBe("rejected");
    expect(reviews[0]?.comment).toContain("gate.blockOn");
  });
});
