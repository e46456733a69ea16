/**
 * The Action's orchestration, free of `@actions/*`: inputs -> route -> engine -> outputs, summary
 * and exit status. `run.ts` supplies the real runner and engine; tests supply fakes.
 */

import type { AlertNotification } from "../core/alerts/notification.js";
import type { GateOptions, GateOutcome } from "../handlers/gate.js";
import type { StatusPageBuilt } from "../handlers/status-page.js";
import type { SweepReport } from "../handlers/sweep.js";
import type { DeclareRequest, EngineDeps, EngineResult, Logger } from "../handlers/types.js";
import { ignoredByPayload } from "../handlers/webhook-filter.js";
import { describeError } from "./describe-error.js";
import { type ActionInputs, type InputName, parseInputs } from "./inputs.js";
import { type OutputName, setOutputs } from "./outputs.js";
import { reportGate, reportSetup, reportSweep, type SetupOutcome } from "./report-modes.js";
import { reportStatusPage } from "./report-status-page.js";
import { type Route, routeEvent } from "./route-event.js";
import { renderSummary } from "./summary.js";

/** What the runner gives the Action and takes back from it. */
export interface ActionHost {
  getInput(name: InputName): string;
  /** `GITHUB_EVENT_NAME`, the parsed `GITHUB_EVENT_PATH` file and `GITHUB_ACTOR`. */
  event: { name: string; payload: Record<string, unknown>; actor: string };
  /** `GITHUB_REPOSITORY` as owner and name; throws when it is not set. */
  repo(): { owner: string; repo: string };
  setOutput(name: OutputName, value: string): void;
  /** Marks the step failed (non-zero exit) with the message. */
  setFailed(message: string): void;
  log: Logger;
  /** An error annotation on a file (the config file), shown on the run's page. */
  annotate(message: string, file: string): void;
  writeSummary(markdown: string): Promise<void>;
}

/** The repository the run is for; the default branch when the event payload names it (saves a request). */
export interface RunRepo {
  owner: string;
  repo: string;
  defaultBranch?: string | undefined;
  /** The owner's kind from the event's repository (`Organization`, `User`); only an organisation has issue types. */
  ownerType?: string | undefined;
}

/** How the engine connects to GitHub. */
export interface EngineClient {
  connect(inputs: ActionInputs, repo: RunRepo, log: Logger): EngineDeps;
  /** Starts the reads an `issues`/`issue_comment` run makes first, while the handlers load. */
  readEarly?(payload: Record<string, unknown>, deps: EngineDeps): void;
}

/** The engine's handlers. */
export interface EngineHandlers {
  handleWebhook(name: "issues" | "issue_comment", payload: unknown, deps: EngineDeps): Promise<EngineResult>;
  declare(request: DeclareRequest, deps: EngineDeps): Promise<EngineResult>;
  /** An Alertmanager or Grafana body forwarded as a `repository_dispatch` (`alerts` in the config maps it). */
  alert(notification: AlertNotification, declaredBy: string, deps: EngineDeps): Promise<EngineResult>;
  handlePullRequest(payload: unknown, deps: EngineDeps): Promise<EngineResult>;
  sweep(deps: EngineDeps): Promise<SweepReport | { invalid: string }>;
  gate(deps: EngineDeps, options: GateOptions): Promise<GateOutcome>;
  setup(deps: EngineDeps): Promise<SetupOutcome>;
  /** Writes the status page into `directory` (relative to the workspace). */
  statusPage(deps: EngineDeps, directory: string): Promise<StatusPageBuilt | { invalid: string }>;
}

/** The engine: the handlers and how to connect them to GitHub. */
export type Engine = EngineClient & EngineHandlers;

/**
 * The engine loaded in two steps, as the Action's entry does: the client first, so that the run's
 * first reads are on the wire while the handlers (most of the engine's code) load.
 */
export interface EngineLoader {
  client(): Promise<EngineClient>;
  handlers(): Promise<EngineHandlers>;
}

function describeRoute(
  route: Route & {
    kind: "webhook" | "declare" | "alert" | "sweep" | "gate" | "setup" | "pull-request" | "status-page";
  },
): string {
  if (route.kind === "alert")
    return `alert from ${route.notification.source} (${route.notification.status}, ${route.notification.alerts.length} alerts)`;
  // JSON quoting keeps user text on one line: a newline could start a `::workflow-command::`.
  if (route.kind === "declare") return `declaring ${JSON.stringify(route.request.title)}`;
  if (route.kind === "sweep") return "reconciling every open incident (sweep, reminders included)";
  if (route.kind === "gate")
    return `deploy gate: open incidents at or above ${route.blockOn === undefined ? "gate.blockOn" : JSON.stringify(route.blockOn)}${route.environment === undefined ? "" : ` for ${JSON.stringify(route.environment)}`}`;
  if (route.kind === "setup") return "creating the labels the tool uses";
  if (route.kind === "pull-request")
    return `pull_request on #${String((route.payload.pull_request as { number?: unknown })?.number)}`;
  if (route.kind === "status-page") return `writing the status page into ${JSON.stringify(route.directory)}`;
  const action = typeof route.payload.action === "string" ? `.${route.payload.action}` : "";
  const issue = route.payload.issue as { number?: unknown };
  return `${route.name}${action} on #${String(issue.number)}`;
}

function runRepo(host: ActionHost): RunRepo {
  const { owner, repo } = host.repo();
  const payloadRepo = host.event.payload.repository as
    | { full_name?: unknown; default_branch?: unknown; owner?: { type?: unknown } }
    | undefined;
  const sameRepo =
    typeof payloadRepo?.full_name === "string" &&
    payloadRepo.full_name.toLowerCase() === `${owner}/${repo}`.toLowerCase();
  const branch = sameRepo ? payloadRepo?.default_branch : undefined;
  const ownerType = sameRepo ? payloadRepo?.owner?.type : undefined;
  return {
    owner,
    repo,
    ...(typeof branch === "string" && branch !== "" ? { defaultBranch: branch } : {}),
    ...(typeof ownerType === "string" ? { ownerType } : {}),
  };
}

async function report(result: EngineResult, inputs: ActionInputs, host: ActionHost): Promise<void> {
  switch (result.outcome) {
    case "handled": {
      const { incident } = result;
      setOutputs(incident, (name, value) => host.setOutput(name, value));
      host.log.info(
        `Incident #${incident.number} (${incident.url}): ${incident.severity ?? "no severity"}, ${incident.status}`,
      );
      break;
    }
    case "ignored":
      host.log.info(`Nothing to do: ${result.reason}`);
      break;
    case "invalid-config":
      for (const problem of result.problems)
        host.annotate(`${problem.path}: ${problem.message}`, inputs.configPath);
      host.setFailed(result.message);
      break;
  }
  try {
    await host.writeSummary(renderSummary(result));
  } catch (error) {
    host.log.warn(`Could not write the job summary: ${describeError(error)}`);
  }
}

/**
 * Runs the Action once. Never throws: every failure ends in `host.setFailed`. The engine may be
 * given as a loader, called only once the event is known to need it (the Action's entry imports
 * it lazily: an event that concerns nothing loads no Octokit, schema or templates).
 */
export async function execute(host: ActionHost, engine: Engine | EngineLoader): Promise<void> {
  try {
    const inputs = parseInputs((name) => host.getInput(name));
    const route = routeEvent({
      eventName: host.event.name,
      payload: host.event.payload,
      inputs,
      actor: host.event.actor,
    });
    switch (route.kind) {
      case "error":
        host.setFailed(route.message);
        return;
      case "ignored":
        host.log.info(`Nothing to do: ${route.reason}`);
        return;
    }
    host.log.info(`Incident Workflow: ${describeRoute(route)}`);
    const skip = route.kind === "webhook" ? ignoredByPayload(route.name, route.payload) : undefined;
    if (skip !== undefined) return await report({ outcome: "ignored", reason: skip }, inputs, host);
    const loader =
      "connect" in engine ? { client: async () => engine, handlers: async () => engine } : engine;
    const client = await loader.client();
    const deps = client.connect(inputs, runRepo(host), host.log);
    if (route.kind === "webhook") client.readEarly?.(route.payload, deps);
    // Loading the handlers compiles most of the engine's code, synchronously: first let the event
    // loop turn, so that the early reads connect and are sent, and are answered meanwhile.
    await new Promise((resolve) => setImmediate(resolve));
    const loaded = await loader.handlers();
    if (route.kind === "sweep") return await reportSweep(await loaded.sweep(deps), inputs, host);
    if (route.kind === "gate") return await reportGate(await loaded.gate(deps, route), inputs, host);
    if (route.kind === "setup") return await reportSetup(await loaded.setup(deps), inputs, host);
    if (route.kind === "status-page")
      return await reportStatusPage(await loaded.statusPage(deps, route.directory), inputs, host);
    const result =
      route.kind === "webhook"
        ? await loaded.handleWebhook(route.name, route.payload, deps)
        : route.kind === "pull-request"
          ? await loaded.handlePullRequest(route.payload, deps)
          : route.kind === "alert"
            ? await loaded.alert(route.notification, route.declaredBy, deps)
            : await loaded.declare(route.request, deps);
    await report(result, inputs, host);
  } catch (error) {
    host.setFailed(describeError(error));
  }
}
