// (2) GitHub API calls per event: the real app in a real Probot against the emulator, counting the
// requests each delivery makes (config reads, installation tokens and the one-time GET /app listed
// apart, as in the tests), next to the floor (1 history read + 1 board write) and the budget: the
// design brief's (§5), or the revised one that docs/performance.md ("Request budgets") justifies.
// The dashboard's refresh is counted in its own column against its own budget (issue 9: at most 2
// per refresh, none when the incident's row did not change), as the tests count it.
import { generateKeyPairSync } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import { heading, table, verdict } from "./stats.mjs";

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
  const isOverhead = (r) =>
    m.CONFIG_READ.test(r.path) || r.path.startsWith("/app/installations/") || r.path === "/app";
  const emu = await m.startEmulator({ owner: "acme", repo: "web", files: { "README.md": "# web\n" } });
  try {
    for (const login of ["alice", "bob"]) {
      emu.setAssociation(login, "MEMBER");
      emu.setPermission(login, "write");
    }
    const deliver = await startProbot(emu, m.app);
    const rows = [["event", "requests", "floor", "budget", "dashboard (≤ 2)", "where the budget comes from"]];
    /** Delivers hooks one by one; `budget(per)` may depend on what was measured (labels created). */
    const measure = async (name, floor, budget, why, hooks, together = false) => {
      const mark = emu.mark();
      const per = [];
      if (together) await Promise.all(hooks.map((hook) => deliver(hook)));
      else {
        for (const hook of hooks) {
          const before = emu.mark();
          await deliver(hook);
          per.push(
            emu.requestsSince(before).filter((r) => !isOverhead(r) && !m.isDashboardRequest(r)).length,
          );
        }
      }
      const all = emu.requestsSince(mark);
      const dashboard = all.filter((r) => m.isDashboardRequest(r));
      const work = all.filter((r) => !isOverhead(r) && !m.isDashboardRequest(r));
      const limit = typeof budget === "function" ? budget(work) : budget;
      const split = per.length > 1 ? ` (${per.join(" + ")})` : "";
      const writes = [...work, ...dashboard].filter((r) => r.method !== "GET").length;
      // A dashboard refresh is at most 2 requests; a run that writes nothing refreshes nothing.
      const dashboardLimit = limit.writes === 0 ? 0 : 2 * Math.max(1, hooks.length);
      const ok =
        work.length <= limit.total &&
        dashboard.length <= dashboardLimit &&
        (limit.writes !== 0 || writes === 0);
      rows.push([
        name,
        `${work.length}${split}`,
        floor,
        `≤ ${limit.total}${limit.writes === 0 ? ", no write" : ""}`,
        String(dashboard.length),
        `${verdict(ok)}; ${why}; +${all.length - work.length - dashboard.length} config/token`,
      ]);
      if (process.env.BENCH_VERBOSE) {
        for (const r of all)
          console.log(`    ${name}: ${r.method} ${decodeURIComponent(r.path)} ${r.status}`);
      }
    };
    const within = (total) => ({ total });
    const alice = emu.as("alice");
    const bob = emu.as("bob");
    const labelsCreated = (work) =>
      work.filter((r) => r.method === "POST" && /\/repos\/[^/]+\/[^/]+\/labels$/.test(r.path)).length;

    // The emulator's clock is left alone: the app's clock and GitHub's agree, as they should.
    const first = alice.openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
    await measure(
      "declare: the repo's first incident (opened)",
      2,
      (work) => within(7 + labelsCreated(work)),
      "revised: brief's 6, + the opener's permission (issue 17), + 1 per label created once per repository",
      [first.payloads[0]],
    );
    await measure(
      "  its creation-time labeled deliveries",
      1,
      within(2),
      "1 history read each",
      first.payloads.slice(1),
    );
    const plain = alice.openIssue({ title: "API latency", labels: ["incident"] });
    await measure("declare: issue opened with incident", 2, within(6), "brief", [plain.payloads[0]]);
    const second = alice.openIssue({
      title: "Payments failing: card declines",
      labels: ["incident", "SEV2"],
    });
    const n = second.number;
    await measure(
      "declare: incident + SEV2, 3 deliveries one by one",
      2,
      within(8),
      "brief: 6, + 1 read per further delivery",
      second.payloads,
    );
    const third = alice.openIssue({ title: "Search degraded", labels: ["incident", "SEV2"] });
    await measure(
      "declare: incident + SEV2, 3 deliveries at once",
      2,
      within(6),
      "brief (one queued run)",
      third.payloads,
      true,
    );
    await measure("label change (SEV1 on a SEV2 incident)", 2, within(3), "brief", [bob.label(n, "SEV1")]);
    const update = alice.comment(n, "/update Rolled back deploy 4512");
    await measure("command /update (+ 👍)", 2, within(3), "brief", [update]);
    await measure(
      "command /sev 2 (+ 👍), bob's first",
      2,
      within(6),
      "revised: race-free label writes, + the member's permission (once per 5 minutes)",
      [bob.comment(n, "/sev 2")],
    );
    await measure("command /commander @alice (+ 👍)", 2, within(5), "revised: race-free label writes", [
      bob.comment(n, "/commander @alice"),
    ]);
    await measure("command /status mitigated (+ 👍)", 2, within(5), "revised: race-free label writes", [
      alice.comment(n, "/status mitigated"),
    ]);
    await measure("redelivered /update", 1, { total: 1, writes: 0 }, "revised: 1 read, no write", [update]);
    await measure(
      "close → postmortem pull request",
      2,
      within(11),
      "revised: brief's 8, + 3 for the postmortem index",
      [alice.close(n, "completed")],
    );

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
