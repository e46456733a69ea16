// (5) App throughput: 100 incidents × 20 events delivered as signed webhooks to the server as
// `npm start` runs it (`node lib/start.js`, built first), talking to the emulator as GitHub
// Enterprise Server on loopback, with GitHub's write spacing off (INCIDENT_WORKFLOW_WRITE_INTERVAL_MS=0:
// with it, GitHub's 1 s between writes, not the app, would set the pace).
import { execFileSync, spawn } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./load.mjs";
import { heading, table } from "./stats.mjs";

const SECRET = "bench secret";

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The 20 events of incident i, as people do them (deliveries in order). */
function script(emu, i) {
  const { number, payloads } = emu
    .as("alice")
    .openIssue({ title: `Incident ${i}`, labels: ["incident", "SEV2"] });
  const hooks = [...payloads];
  const say = (who, body) => hooks.push(emu.as(who).comment(number, body));
  say("bob", "/commander @alice");
  say("carol", "/status identified");
  say("alice", `/update first look ${i}`);
  hooks.push(emu.as("dave").label(number, "role:comms"));
  say("bob", `/impact checkout for region ${i}`);
  say("alice", "/sev 1");
  say("carol", `/update second look ${i}`);
  say("bob", `/followup alert on queue depth ${i}`);
  say("alice", "/role responder @carol @dave");
  say("carol", "/status mitigated");
  say("alice", `/update third look ${i}`);
  say("bob", `/note paged the database team ${i}`);
  say("carol", `/followup add a canary stage ${i}`);
  say("alice", `/update fourth look ${i}`);
  say("bob", `/note watching ${i}`);
  say("alice", `/update fifth look ${i}`);
  return { number, hooks: hooks.slice(0, 20), last: `fifth look ${i}` };
}

function startApp(emu, port) {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const child = spawn(process.execPath, [join(root, "lib/start.js")], {
    cwd: mkdtempSync(join(tmpdir(), "iw-bench-")),
    env: {
      PATH: process.env.PATH ?? "",
      APP_ID: String(emu.appId),
      PRIVATE_KEY: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
      WEBHOOK_SECRET: SECRET,
      GHE_HOST: new URL(emu.url).host,
      GHE_PROTOCOL: "http",
      HOST: "127.0.0.1",
      PORT: String(port),
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "0",
      INCIDENT_WORKFLOW_SWEEP: "off",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return child;
}

export async function benchThroughput(m, { incidents = 100, senders = 32 } = {}) {
  heading(
    `(5) App throughput: ${incidents} incidents × 20 events to \`node lib/start.js\` (write spacing off)`,
  );
  execFileSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  const emu = await m.startEmulator({ owner: "acme", repo: "web" });
  const port = await freePort();
  const child = startApp(emu, port);
  try {
    for (const login of ["alice", "bob", "carol", "dave"]) emu.setAssociation(login, "MEMBER");
    const url = `http://127.0.0.1:${port}/api/github/webhooks`;
    for (let t = Date.now(); ; ) {
      if (
        await fetch(`http://127.0.0.1:${port}/ping`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (Date.now() - t > 20_000) throw new Error("the app did not start");
      await new Promise((r) => setTimeout(r, 50));
    }
    const list = Array.from({ length: incidents }, (_, i) => script(emu, i));
    // GitHub delivers in the order things happen: event k of every incident before event k + 1.
    const queue = [];
    for (let k = 0; k < 20; k++) for (const x of list) queue.push(x.hooks[k]);
    const deliveries = queue.length;
    queue.reverse();
    const mark = emu.mark();
    const started = performance.now();
    const post = async (hook) => {
      const body = JSON.stringify(hook.payload);
      const res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": hook.name,
          "x-github-delivery": hook.id,
          "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
        },
        body,
      });
      await res.text();
      if (res.status !== 202) throw new Error(`delivery answered ${res.status}`);
    };
    await Promise.all(
      Array.from({ length: senders }, async () => {
        for (let hook = queue.pop(); hook !== undefined; hook = queue.pop()) await post(hook);
      }),
    );
    const accepted = performance.now() - started;
    const board = (x) =>
      emu.comments(x.number).find((c) => String(c.body).includes("incident-workflow:board"));
    const done = () => list.every((x) => String(board(x)?.body ?? "").includes(x.last));
    while (!done()) {
      if (performance.now() - started > 300_000)
        throw new Error("not every board shows its last update after 5 min");
      await new Promise((r) => setTimeout(r, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    const requests = emu.requestsSince(mark).length;
    table([
      ["deliveries", `${deliveries}`, `all answered 202 in ${(accepted / 1000).toFixed(1)} s`],
      ["until every board shows its incident's last event", `${seconds.toFixed(1)} s`],
      ["throughput", `${(deliveries / seconds).toFixed(0)} events/s`],
      ["requests to the emulator", `${requests}`, `${(requests / deliveries).toFixed(2)} per delivery`],
    ]);
    console.log(`  (${senders} concurrent senders; the emulator answers on loopback with no latency)`);
  } finally {
    // Stop the app and wait for it to exit (its drain is bounded) before the emulator goes: a
    // server left draining against a closed emulator would outlive the bench and load the machine.
    const exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(undefined);
      else child.once("exit", resolve);
    });
    child.kill("SIGTERM");
    const bound = setTimeout(() => child.kill("SIGKILL"), 30_000);
    await exited;
    clearTimeout(bound);
    await emu.close();
  }
}
