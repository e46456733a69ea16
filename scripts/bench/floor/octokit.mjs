// The floor over Octokit as the Action sets it up (@octokit/core on the Action's node:http fetch):
// the severity change's requests (severity-change.mjs), no engine.
import { readFileSync, writeSync } from "node:fs";
import { Octokit } from "@octokit/core";
import { httpFetch } from "../../../src/github/http-fetch.ts";
import { severityChange } from "./severity-change.mjs";

const env = process.env;
const octokit = new Octokit({
  auth: `token ${env["INPUT_GITHUB-TOKEN"]}`,
  baseUrl: env.GITHUB_API_URL,
  request: { fetch: httpFetch },
});

async function request(method, path, { query = {}, body, accept } = {}) {
  const headers = accept ? { accept } : {};
  try {
    if (path === "/graphql") return { status: 200, data: await octokit.graphql(body.query) };
    const response = await octokit.request(`${method} ${path}`, { ...query, ...body, headers });
    return { status: response.status, data: response.data };
  } catch (error) {
    if (error.status === 404) return { status: 404, data: null };
    throw error;
  }
}

const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
// No top-level await: bundled as CommonJS, as the Action is.
severityChangeThenExit();

async function severityChangeThenExit() {
  await severityChange(request, env, payload);
  writeSync(1, "done\n");
}
