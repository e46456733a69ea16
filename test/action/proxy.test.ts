// The bundled Action behind a proxy, as on a self-hosted runner with `https_proxy`/`http_proxy`:
// its requests go through the proxy (undici's proxy-aware fetch, loaded only then; `no_proxy` is
// read by @actions/http-client as before). The API's host name is not a loopback address (those
// always bypass proxies): the proxy is what resolves it, to the emulator.
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type ActionRun, assertBundleFresh, runAction } from "./run-action.js";

const API_HOST = "api.github.test";
let emu: Emulator;
let proxy: { url: string; seen: string[]; server: Server };

/** A forward proxy that tunnels CONNECT and forwards absolute-URI requests, sending API_HOST to the emulator. */
async function startProxy(target: URL): Promise<typeof proxy> {
  const seen: string[] = [];
  const resolve = (host: string, port: string) =>
    host === API_HOST ? { host: target.hostname, port: Number(target.port) } : { host, port: Number(port) };
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? "");
    const to = resolve(url.hostname, url.port || "80");
    const upstream = connect(to.port, to.host, () => {
      upstream.write(`${req.method} ${url.pathname}${url.search} HTTP/1.1\r\n`);
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        upstream.write(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`);
      upstream.write("connection: close\r\n\r\n");
      req.pipe(upstream);
      upstream.pipe(res.socket!);
    });
  });
  server.on("connect", (req, socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const [host = "", port = "80"] = (req.url ?? "").split(":");
    const to = resolve(host, port);
    const upstream = connect(to.port, to.host, () => {
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

beforeAll(assertBundleFresh);
beforeEach(async () => {
  emu = await startEmulator({ owner: "acme", repo: "web" });
  emu.setAssociation("alice", "MEMBER");
  proxy = await startProxy(new URL(emu.url));
});
afterEach(async () => {
  expectNoViolations(emu);
  proxy.server.closeAllConnections();
  proxy.server.close();
  await emu.close();
});

const declare = (env: Record<string, string>) => {
  const { payloads } = emu.as("alice").openIssue({ title: "Checkout down", labels: ["incident", "SEV2"] });
  return runAction({
    event: payloads[0]!.name,
    payload: payloads[0]!.payload as object,
    repository: "acme/web",
    apiUrl: `http://${API_HOST}:${new URL(emu.url).port}`,
    inputs: { "github-token": emu.actionsToken },
    env,
  });
};

const ok = (r: ActionRun) => {
  expect(r.errors, r.stdout + r.stderr).toEqual([]);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r;
};

describe("the Action behind a proxy", () => {
  it("sends every request through http_proxy, and the incident gets its board", async () => {
    ok(await declare({ http_proxy: proxy.url }));
    const board = emu.comments(1).filter((c) => String(c.body).includes("incident-workflow:board"));
    expect(board).toHaveLength(1);
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(proxy.seen.every((s) => s.includes(API_HOST))).toBe(true);
  });
});
