/**
 * Pure routing: the triggering event, its payload and the inputs decide what the Action runs.
 * Nothing here does I/O; `execute.ts` carries the decision out.
 */

import { parseAlertmanager } from "../core/alerts/alertmanager.js";
import { parseGeneric } from "../core/alerts/generic.js";
import { parseGrafana } from "../core/alerts/grafana.js";
import type { AlertNotification } from "../core/alerts/notification.js";
import { detectSource } from "../core/alerts/parse-body.js";
import type { DeclareRequest } from "../handlers/types.js";
import { type ActionInputs, DEFAULT_STATUS_PAGE_DIRECTORY } from "./inputs.js";
import { parseAlert } from "./parse-alert.js";

/** The `repository_dispatch` event type that declares an incident. */
export const ALERT_EVENT_TYPE = "incident";

export const SUPPORTED_EVENTS = [
  "issues",
  "issue_comment",
  "pull_request",
  "workflow_dispatch",
  "repository_dispatch",
  "schedule",
] as const;

export interface RouteInput {
  eventName: string;
  payload: Record<string, unknown>;
  inputs: Pick<ActionInputs, "mode" | "title" | "severity" | "summary" | "drill"> & {
    blockOn?: string;
    environment?: string;
    directory?: string;
  };
  /** Who started the run (`GITHUB_ACTOR`); the declarer when the payload names no one. */
  actor: string;
}

export type Route =
  | { kind: "webhook"; name: "issues" | "issue_comment"; payload: Record<string, unknown> }
  /** A closed pull request: a merged postmortem's action items become issues. */
  | { kind: "pull-request"; payload: Record<string, unknown> }
  | { kind: "declare"; request: DeclareRequest }
  /** An Alertmanager or Grafana body forwarded as the `client_payload`. */
  | { kind: "alert"; notification: AlertNotification; declaredBy: string }
  /** Reconcile every open incident of the repository (and those closed recently), reminders included. */
  | { kind: "sweep" }
  /**
   * Fail while an open incident at or above `blockOn` (else the config's `gate.blockOn`) exists; with
   * `environment`, only for an environment named in the config's `gate.environments`.
   */
  | { kind: "gate"; blockOn?: string; environment?: string }
  /** Create the tool's labels in the repository. */
  | { kind: "setup" }
  /** Write the public status page's files into a directory (relative to the workspace). */
  | { kind: "status-page"; directory: string }
  | { kind: "ignored"; reason: string }
  /** The event or inputs cannot be acted on: fails the step with the message. */
  | { kind: "error"; message: string };

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function declarer(payload: Record<string, unknown>, actor: string): string {
  return text(record(payload.sender)?.login) ?? (actor || "github-actions");
}

/** Declares from the `title`/`severity`/`summary` inputs, falling back to workflow_dispatch inputs. */
function declareFromInputs(input: RouteInput, what: string): Route {
  const dispatched = record(input.payload.inputs) ?? {};
  const title = input.inputs.title ?? text(dispatched.title);
  if (title === undefined) {
    return {
      kind: "error",
      message:
        `${what} needs a title: set the action's \`title\` input (for example \`title: \${{ inputs.title }}\`) ` +
        "or give the workflow_dispatch trigger an input named `title`.",
    };
  }
  const request: DeclareRequest = { title, declaredBy: declarer(input.payload, input.actor) };
  const severity = input.inputs.severity ?? text(dispatched.severity);
  const summary = input.inputs.summary ?? text(dispatched.summary);
  if (severity !== undefined) request.severity = severity;
  if (summary !== undefined) request.summary = summary;
  // A workflow_dispatch `drill` input arrives as a boolean (or "true" from older runners).
  if (input.inputs.drill === true || dispatched.drill === true || dispatched.drill === "true")
    request.drill = true;
  return { kind: "declare", request };
}

function routeDispatch(input: RouteInput): Route {
  const eventType = typeof input.payload.action === "string" ? input.payload.action : "";
  if (eventType !== ALERT_EVENT_TYPE) {
    return {
      kind: "ignored",
      reason: `repository_dispatch event_type ${JSON.stringify(eventType)} is not ${JSON.stringify(ALERT_EVENT_TYPE)}`,
    };
  }
  const payload = input.payload.client_payload;
  const source = detectSource(payload);
  // A generic payload with `status` is an alert like the app's (counted, resolved noted once).
  const withStatus = source === "generic" && record(payload)?.status !== undefined;
  if (source !== "generic" || withStatus) {
    const parsed =
      source === "grafana"
        ? parseGrafana(payload)
        : source === "alertmanager"
          ? parseAlertmanager(payload)
          : parseGeneric(payload, "client_payload");
    if (!parsed.ok)
      return {
        kind: "error",
        message: `repository_dispatch "${ALERT_EVENT_TYPE}": ${source === "generic" ? "" : `client_payload (${source}): `}${parsed.message}`,
      };
    return { kind: "alert", notification: parsed.value, declaredBy: declarer(input.payload, input.actor) };
  }
  const alert = parseAlert(payload);
  if (!alert.ok) {
    return { kind: "error", message: `repository_dispatch "${ALERT_EVENT_TYPE}": ${alert.message}` };
  }
  return { kind: "declare", request: { ...alert.alert, declaredBy: declarer(input.payload, input.actor) } };
}

function routeAuto(input: RouteInput): Route {
  switch (input.eventName) {
    case "issues":
    case "issue_comment":
      if (record(input.payload.issue) === undefined) {
        return {
          kind: "error",
          message: `The ${input.eventName} event payload has no \`issue\`; is GITHUB_EVENT_PATH right?`,
        };
      }
      return { kind: "webhook", name: input.eventName, payload: input.payload };
    case "pull_request":
      return { kind: "pull-request", payload: input.payload };
    case "workflow_dispatch":
      return declareFromInputs(input, "workflow_dispatch");
    case "repository_dispatch":
      return routeDispatch(input);
    case "schedule":
      return { kind: "sweep" };
    default:
      return {
        kind: "error",
        message:
          `The ${JSON.stringify(input.eventName)} event is not supported. Supported events: ` +
          `issues, issue_comment, pull_request, workflow_dispatch, repository_dispatch (event_type "${ALERT_EVENT_TYPE}"), ` +
          "schedule. To declare an incident from any other event, set `mode: declare` and a `title`.",
      };
  }
}

/** Decides what to run for an event. */
export function routeEvent(input: RouteInput): Route {
  switch (input.inputs.mode) {
    case "auto":
      return routeAuto(input);
    case "declare":
      return declareFromInputs(input, "mode declare");
    case "sweep":
    case "remind":
      return { kind: "sweep" };
    case "gate":
      return {
        kind: "gate",
        ...(input.inputs.blockOn === undefined ? {} : { blockOn: input.inputs.blockOn }),
        ...(input.inputs.environment === undefined ? {} : { environment: input.inputs.environment }),
      };
    case "setup":
      return { kind: "setup" };
    case "status-page":
      return { kind: "status-page", directory: input.inputs.directory ?? DEFAULT_STATUS_PAGE_DIRECTORY };
  }
}
