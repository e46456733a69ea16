// `npm start` without credentials (`node lib/start.js`, not in production) serving the setup flow,
// read as a browser reads it; and a stand-in for GitHub's manifest conversion endpoint.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { freePort } from "./server-harness.js";

const root = join(import.meta.dirname, "../..");
const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});

export interface SetupProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output(): string;
  envFile: string;
  /** `.env` as it is now ("" when there is none). */
  readEnv(): string;
  /** Resolves with the exit code once the process exits. */
  exited: Promise<number | null>;
}

/** Starts the setup flow in a new directory (`prepare` may put files there first); resolves once it serves. */
export async function startSetup(
  env: Record<string, string>,
  prepare: (cwd: string) => void = () => {},
): Promise<SetupProcess> {
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), "iw-setup-"));
  prepare(cwd);
  const child = spawn(process.execPath, [join(root, "lib/start.js")], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), HOST: "127.0.0.1", PORT: String(port), ...env },
  });
  running.push(child);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`setup did not start:\n${output}`)), 20_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Setup: open")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
  });
  const envFile = join(cwd, ".env");
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => output,
    envFile,
    readEnv: () => (existsSync(envFile) ? readFileSync(envFile, "utf8") : ""),
    exited,
  };
}

/** A page's text as a browser shows an attribute value. */
export const htmlText = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The setup page as a browser gets it: the form's target and the manifest it would post. */
export async function setupPage(url: string) {
  const html = await (await fetch(`${url}/probot`)).text();
  const action = htmlText(/<form action="([^"]+)" method="post">/.exec(html)?.[1] ?? "");
  const manifest = JSON.parse(htmlText(/name="manifest" value="([^"]*)"/.exec(html)?.[1] ?? "null"));
  return { html, action, manifest, state: new URL(action).searchParams.get("state") ?? "" };
}

/** The "existing app" form's state, as the page at `url` hands it out. */
export async function importState(url: string): Promise<string> {
  const html = await (await fetch(`${url}/probot/import`)).text();
  return /name="state" value="([0-9a-f]+)"/.exec(html)?.[1] ?? "";
}

/** A request with whatever headers (`fetch` will not send another `Host`), as a rebinding page's. */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "GET", headers: options.headers ?? {} }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        text += c;
      });
      res.once("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.once("error", reject);
    req.end(options.body);
  });
}

/** GitHub's manifest conversion endpoint, answering each request with the next of `answers`. */
export async function startGitHubStandIn(
  answers: Array<{ status: number; body: unknown }>,
): Promise<{ host: string; asked: string[]; server: Server }> {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(`${req.method} ${req.url}`);
    const answer = answers.shift() ?? { status: 500, body: { message: "no answer left" } };
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, asked, server };
}

/** What GitHub answers when it has created the app from the manifest. */
export const createdApp = (pem: string) => ({
  id: 4242,
  slug: "incident-workflow-test",
  html_url: "https://github.example/apps/incident-workflow-test",
  client_id: "Iv1.abc",
  client_secret: "client-secret-value",
  webhook_secret: "whs 123",
  pem,
});
