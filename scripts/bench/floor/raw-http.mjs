// The floor over bare node:http: the severity change's requests (severity-change.mjs), no library.
import { readFileSync, writeSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { severityChange } from "./severity-change.mjs";

const env = process.env;
const agent = new Agent({ keepAlive: true });

function request(method, path, { query = {}, body, accept = "application/vnd.github+json" } = {}) {
  const url = new URL(`${env.GITHUB_API_URL}${path}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v));
  const data = body === undefined ? undefined : JSON.stringify(body);
  const headers = { accept, authorization: `token ${env["INPUT_GITHUB-TOKEN"]}`, "user-agent": "floor" };
  if (data !== undefined)
    Object.assign(headers, { "content-type": "application/json", "content-length": Buffer.byteLength(data) });
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const json = /json/.test(res.headers["content-type"] ?? "") && text !== "";
        resolve({ status: res.statusCode, data: json ? JSON.parse(text) : text });
      });
    });
    req.on("error", reject);
    req.end(data);
  });
}

const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
// No top-level await: bundled as CommonJS, as the Action is.
severityChangeThenExit();

async function severityChangeThenExit() {
  await severityChange(request, env, payload);
  agent.destroy();
  writeSync(1, "done\n");
}
