import type { Probot } from "probot";
import { ALERT_SOURCES, type AlertSource } from "../core/alerts/notification.js";
import { parseAlertBody } from "../core/alerts/parse-body.js";
import { prepareAlert } from "../handlers/ingest-alert.js";
import { appDeps } from "../probot.js";
import { type AlertSecrets, bearerMatches, pagerDutySignatureMatches } from "./alert-auth.js";
import { runtimeOf } from "./runtime.js";

export const ALERTS_PATH = "/api/alerts/";
/** The largest alert body taken (1 MiB); a larger one is refused before it is buffered. */
export const MAX_ALERT_BODY_BYTES = 1024 * 1024;

export interface AlertRequest {
  path: string;
  /** The `repo` query parameter (`owner/name`). */
  repo: string | null;
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
}

export interface AlertReply {
  status: number;
  message: string;
  /** The accepted work, still running (the server answers at once, a function waits for it). */
  work?: Promise<unknown>;
}

/** The source an alert path names (`/api/alerts/grafana`), or undefined. */
export function alertSourceOf(path: string): AlertSource | undefined {
  if (!path.startsWith(ALERTS_PATH)) return undefined;
  const name = path.slice(ALERTS_PATH.length).replace(/\/$/, "");
  return ALERT_SOURCES.find((s) => s === name);
}

/** `owner/name` as GitHub spells repositories; undefined when it is not one. */
function repoOf(value: string | null): { owner: string; repo: string } | undefined {
  const [owner, repo, extra] = (value ?? "").split("/");
  const ok = (s: string | undefined): s is string =>
    s !== undefined && s.length > 0 && s.length <= 100 && [...s].every((c) => /[A-Za-z0-9_.-]/.test(c));
  return extra === undefined && ok(owner) && ok(repo) ? { owner, repo } : undefined;
}

/** How long a repository's installation id is remembered: a storm of alerts asks GitHub once. */
const INSTALLATION_TTL_MS = 60_000;
const installations = new WeakMap<Probot, Map<string, { id: number; at: number }>>();

/** The installation of the app on the repository (with the app's JWT), or undefined when there is none. */
async function installationOf(
  probot: Probot,
  where: { owner: string; repo: string },
): Promise<number | undefined> {
  let memo = installations.get(probot);
  if (memo === undefined) {
    memo = new Map();
    installations.set(probot, memo);
  }
  const key = `${where.owner}/${where.repo}`.toLowerCase();
  const known = memo.get(key);
  if (known !== undefined && Date.now() - known.at < INSTALLATION_TTL_MS) return known.id;
  try {
    const { data } = await (await probot.auth()).request("GET /repos/{owner}/{repo}/installation", where);
    memo.set(key, { id: data.id, at: Date.now() });
    return data.id;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** Whether the request carries the source's credential (a secret that is unset was refused before). */
function authentic(source: AlertSource, req: AlertRequest, secret: string): boolean {
  return source === "pagerduty"
    ? pagerDutySignatureMatches(req.headers["x-pagerduty-signature"], req.body, secret)
    : bearerMatches(req.headers.authorization, secret);
}

/**
 * `POST /api/alerts/<source>?repo=<owner>/<name>`, for the server and the serverless entry alike:
 * the endpoint exists only while its secret is set (404), then the credential (401), the repository
 * (400), the JSON (400), its fields and the repository's config (422) are checked, and the
 * installation is found with the app's JWT (404 when the app is not installed there) — all before
 * anything is written. Accepted: 202, and `work` runs (one key at a time through the app's queue).
 */
export async function handleAlert(
  probot: Probot,
  secrets: AlertSecrets,
  req: AlertRequest,
): Promise<AlertReply> {
  const source = alertSourceOf(req.path);
  if (source === undefined) return { status: 404, message: "not found" };
  const secret = source === "pagerduty" ? secrets.pagerduty : secrets.token;
  if (secret === undefined)
    return { status: 404, message: `not found (the ${source} alert endpoint is off)` };
  if (!authentic(source, req, secret))
    return source === "pagerduty"
      ? { status: 401, message: "X-PagerDuty-Signature does not match the body signed with the secret" }
      : { status: 401, message: "Authorization: Bearer <token> is missing or wrong" };
  const where = repoOf(req.repo);
  if (where === undefined)
    return {
      status: 400,
      message: "the query needs ?repo=<owner>/<name>, a repository the app is installed on",
    };
  let json: unknown;
  try {
    json = JSON.parse(req.body);
  } catch (error) {
    return { status: 400, message: `the body is not JSON (${(error as Error).message})` };
  }
  const parsed = parseAlertBody(source, json);
  if (!parsed.ok) return { status: 422, message: parsed.message };
  if ("ignored" in parsed.value) return { status: 202, message: `ignored: ${parsed.value.ignored}` };
  const runtime = runtimeOf(probot);
  if (runtime === undefined) throw new Error("the Incident Workflow app is not loaded into this Probot");
  const installation = await installationOf(probot, where);
  if (installation === undefined)
    return { status: 404, message: `the app is not installed on ${where.owner}/${where.repo}` };
  const deps = appDeps(probot, await probot.auth(installation), where, installation);
  const prepared = await prepareAlert(parsed.value, deps, runtime.queue, await deps.self());
  if (!prepared.ok) return { status: 422, message: prepared.message };
  return { status: 202, message: `accepted (${prepared.keys} incident key(s))`, work: prepared.run() };
}
