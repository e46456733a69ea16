import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { boards, startApp } from "./probot-harness.js";

let emu: Emulator;

beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const CONFIG = `
severities:
  - id: SEV1
    responseMode: All hands
    updateCadenceMinutes: 15
    notify: ["@acme/oncall", "carol"]
  - id: SEV2
    responseMode: Drop other work
defaultSeverity: SEV2
`;

describe("config from the repository and the organisation", () => {
  it("raising to a level with people to notify mentions them once, even on redelivery", async () => {
    emu.setFile("main", ".github/incidents.yml", CONFIG);
    const app = await startApp(emu);
    const { number, payloads } = emu.as("alice").openIssue({ title: "Search down", labels: ["incident"] });
    for (const p of payloads) await app.deliver(p);
    expect(emu.labels(number)).toContain("SEV2");
    const raise = emu.as("alice").label(number, "SEV1");
    await app.deliver(raise);
    await app.deliver(raise);
    const notes = emu.comments(number).filter((c) => String(c.body).includes("@acme/oncall @carol"));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body).toContain(`incident #${number} is now **SEV1** (All hands)`);
    expect(String(boards(emu, number)[0]?.body)).toContain("every 15 min at SEV1");
  });

  it("without a file in the repository, the owner's .github repository supplies the config", async () => {
    emu.addRepo("acme", ".github").setFile("main", ".github/incidents.yml", CONFIG);
    const app = await startApp(emu);
    const { number, payloads } = emu.as("alice").openIssue({ title: "Search down", labels: ["incident"] });
    for (const p of payloads) await app.deliver(p);
    expect(emu.labels(number)).toContain("SEV2");
    expect(String(boards(emu, number)[0]?.body)).toContain("Drop other work");
  });

  it("a repository may override the board template; a broken one falls back to the built-in board", async () => {
    emu.setFile("main", ".github/incidents.yml", "board:\n  template: .github/board.md.hbs\n");
    emu.setFile(
      "main",
      ".github/board.md.hbs",
      "Incident {{number}} is {{status}} at {{#if severity}}{{severity.id}}{{/if}}\n",
    );
    const app = await startApp(emu);
    const { number, payloads } = emu
      .as("alice")
      .openIssue({ title: "Search down", labels: ["incident", "SEV2"] });
    for (const p of payloads) await app.deliver(p);
    expect(String(boards(emu, number)[0]?.body)).toContain(`Incident ${number} is 🔎 Investigating at SEV2`);
    emu.setFile("main", ".github/board.md.hbs", "{{#if}}broken");
    await app.deliver(emu.as("alice").label(number, "SEV1"));
    expect(String(boards(emu, number)[0]?.body)).toContain("## 🚨 Incident");
  });
});
