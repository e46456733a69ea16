// (2) GitHub API calls per event: the real app in a real Probot against the emulator, counting the
// requests each delivery makes (config reads and installation tokens listed apart, as in the tests).
import { generateKeyPairSync } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import { heading, table, verdict } from "./stats.mjs";

const CONFIG_READ = /^\/repos\/[^/]+\/[^/]+\/contents\/\.github(%2F|\/)incidents\.yml/;
const isOverhead = (r) => CONFIG_READ.test(r.path) || r.path.startsWith("/app/installations/");

async function startProbot(emu, app) {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const probot = new Probot({
    appId: emu.appId,
    privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
    baseUrl: emu.url,
    logLevel: "fatal",
    // After Probot's own options: no 1 s write spacing and no retries against a loopback emulator.
    Octokit: ProbotOctokit.defaults((o) => ({
      ...o,
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
  });
  await probot.load(app);
  return (hook) => probot.receive({ id: hook.id, name: hook.name, payload: hook.payload });
}

export async function benchApiCalls(m) {
  const emu = await m.startEmulator({ owner: "acme", repo: "web", files: { "README.md": "# web\n" } });
  try {
    for (const login of ["alice", "bob"]) {
      emu.setAssociation(login, "MEMBER");
      emu.setPermission(login, "write");
    }
    const deliver = await startProbot(emu, m.app);
    const rows = [];
    const measure = async (name, budget, hooks) => {
      const mark = emu.mark();
      const per = [];
      for (const hook of hooks) {
        const before = emu.mark();
        await deliver(hook);
        per.push(emu.requestsSince(before).filter((r) => !isOverhead(r)).length);
      }
      const all = emu.requestsSince(mark);
      const work = all.filter((r) => !isOverhead(r)).length;
      const split = per.length > 1 ? ` (${per.join(" + ")})` : "";
      const note = `+${all.length - work} config/token; ≤ ${budget}: ${verdict(work <= budget)}`;
      rows.push([name, `${work}${split}`, note]);
      if (process.env.BENCH_VERBOSE) {
        for (const r of all)
          console.log(`    ${name}: ${r.method} ${decodeURIComponent(r.path)} ${r.status}`);
      }
    };
    const measureTogether = async (name, budget, hooks) => {
      const mark = emu.mark();
      await Promise.all(hooks.map((hook) => deliver(hook)));
      const all = emu.requestsSince(mark);
      const work = all.filter((r) => !isOverhead(r)).length;
      rows.push([
        name,
        `${work}`,
        `+${all.length - work} config/token; ≤ ${budget}: ${verdict(work <= budget)}`,
      ]);
    };
    const alice = emu.as("alice");
    const bob = emu.as("bob");

    // The emulator's clock is left alone: the app's clock and GitHub's agree, as they should.
    const first = alice.openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    await measure("declare, first incident in the repo (+ its labels)", 6, first.payloads);
    const plain = alice.openIssue({ title: "API latency", labels: ["incident"] });
    await measure("declare, opened with incident", 6, plain.payloads);
    const second = alice.openIssue({
      title: "Payments failing: card declines",
      labels: ["incident", "SEV2"],
    });
    const n = second.number;
    await measure("declare, opened with incident + SEV2, one by one", 6, second.payloads);
    const third = alice.openIssue({ title: "Search degraded", labels: ["incident", "SEV2"] });
    await measureTogether("declare, opened with incident + SEV2, at once", 6, third.payloads);
    await measure("label change (SEV1 on a SEV2 incident)", 3, [bob.label(n, "SEV1")]);
    const update = alice.comment(n, "/update Rolled back deploy 4512");
    await measure("command /update", 3, [update]);
    await measure("command /sev 2 (+ reaction)", 4, [bob.comment(n, "/sev 2")]);
    await measure("command /commander @alice (+ reaction)", 4, [bob.comment(n, "/commander @alice")]);
    await measure("command /status mitigated (+ reaction)", 4, [alice.comment(n, "/status mitigated")]);
    await measure("redelivered /update", 3, [update]);
    await measure("close → postmortem pull request", 8, [alice.close(n, "completed")]);

    heading("(2) GitHub API calls per event (app through Probot, against the emulator)");
    table(rows);
    const pulls = emu.pulls().length;
    console.log(
      `  postmortem pull requests opened: ${pulls}; requests outside GitHub's OpenAPI: ${emu.violations.length}`,
    );
    for (const v of emu.violations.slice(0, 5)) console.log(`    ${v.method} ${v.path}: ${v.error}`);
  } finally {
    await emu.close();
  }
}
