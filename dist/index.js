"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// lazy-file:client
var require_client = __commonJS({
  "lazy-file:client"(exports2, module2) {
    module2.exports = require("./client.js");
  }
});

// lazy-file:engine
var require_engine = __commonJS({
  "lazy-file:engine"(exports2, module2) {
    module2.exports = require("./engine.js");
  }
});

// src/core/commands/command-line.ts
var COMMAND_LINE = /^ {0,3}\//m;

// src/github/from-github.ts
var toPerson = (user) => ({
  login: typeof user?.login === "string" ? user.login : "ghost",
  isBot: user?.type === "Bot"
});

// src/handlers/webhook-filter.ts
function ignoredByPayload(name, payload) {
  const p = payload;
  if (!p?.issue) return `${name} event without an issue`;
  if (name !== "issue_comment") return void 0;
  const sender = toPerson(p.sender);
  if (sender.isBot || toPerson(p.comment?.user).isBot) return `comment by a bot (${sender.login})`;
  const bodies = [p.comment?.body, p.changes?.body?.from];
  if (!bodies.some((b) => typeof b === "string" && COMMAND_LINE.test(b))) return "comment without commands";
  return void 0;
}

// src/core/text/scan.ts
function trimEndOf(text3, chars) {
  let end = text3.length;
  while (end > 0 && chars.includes(text3.charAt(end - 1))) end--;
  return text3.slice(0, end);
}

// src/action/describe-error.ts
function isHttpError(error) {
  return error instanceof Error && typeof error.status === "number" && typeof error.request === "object";
}
function githubMessage(error) {
  const data = error.response?.data;
  if (data !== null && typeof data === "object") {
    const { message, errors } = data;
    const parts = typeof message === "string" ? [message] : [];
    if (Array.isArray(errors)) {
      for (const e of errors) {
        if (typeof e === "string") parts.push(e);
        else if (e !== null && typeof e === "object") {
          const { resource, field: field2, code, message: m } = e;
          parts.push([resource, field2, code, m].filter((x) => typeof x === "string").join(" "));
        }
      }
    }
    if (parts.length > 0) return parts.join("; ");
  }
  if (typeof data === "string" && data.trim() !== "") return data.trim().slice(0, 200);
  return error.message;
}
function hint(error, message) {
  const remaining = error.response?.headers?.["x-ratelimit-remaining"];
  if (error.status === 401)
    return " Check the `github-token` input: the token is missing, expired or revoked.";
  if ((error.status === 403 || error.status === 429) && (String(remaining) === "0" || /rate limit/i.test(message))) {
    return " GitHub's rate limit was reached; re-run the job later.";
  }
  if (error.status === 403) {
    return " The token lacks a permission: give the job `permissions:` `issues: write`, `pull-requests: write` and `contents: write`, or pass a GitHub App token as `github-token`.";
  }
  if (error.status === 404) return " The resource does not exist, or the token cannot see it.";
  return "";
}
function readableUrl(url) {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  const path = parsed.pathname.split("/").map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }).join("/");
  return `${parsed.origin}${path}${parsed.search}`;
}
function describeError(error) {
  if (isHttpError(error)) {
    const method = error.request?.method ?? "?";
    const url = readableUrl(error.request?.url ?? "?");
    const message = trimEndOf(githubMessage(error), ".");
    return `GitHub API request failed: ${error.status} ${method} ${url}: ${message}.${hint(error, message)}`;
  }
  if (error instanceof Error)
    return error.name === "InputError" ? error.message : `${error.name}: ${error.message}`;
  return `Unexpected failure: ${String(error)}`;
}

// src/action/inputs.ts
var MODES = ["auto", "declare", "sweep", "remind", "gate", "setup", "status-page"];
var DEFAULT_CONFIG_PATH = ".github/incidents.yml";
var DEFAULT_STATUS_PAGE_DIRECTORY = "status-page";
var InputError = class extends Error {
  name = "InputError";
};
function isMode(value) {
  return MODES.includes(value);
}
function parseInputs(get) {
  const value = (name) => get(name).trim();
  const githubToken = value("github-token");
  if (githubToken === "") {
    throw new InputError(
      "Input `github-token` is empty. Leave it unset to use the workflow's GITHUB_TOKEN, or pass a token (for example `github-token: ${{ steps.app-token.outputs.token }}`)."
    );
  }
  const rawMode = value("mode").toLowerCase() || "auto";
  if (!isMode(rawMode)) {
    throw new InputError(
      `Input \`mode\` must be one of ${MODES.join(", ")}; found ${JSON.stringify(get("mode").trim())}.`
    );
  }
  const inputs = {
    githubToken,
    configPath: value("config-path") || DEFAULT_CONFIG_PATH,
    mode: rawMode,
    directory: value("directory") || DEFAULT_STATUS_PAGE_DIRECTORY
  };
  const drill = value("drill").toLowerCase();
  if (drill !== "" && drill !== "true" && drill !== "false") {
    throw new InputError(
      `Input \`drill\` must be true or false; found ${JSON.stringify(get("drill").trim())}.`
    );
  }
  if (drill === "true") inputs.drill = true;
  const title = value("title");
  const severity = value("severity");
  const summary2 = value("summary");
  if (title !== "") inputs.title = title;
  if (severity !== "") inputs.severity = severity;
  if (summary2 !== "") inputs.summary = summary2;
  const blockOn = value("block-on");
  const environment = value("environment");
  if (blockOn !== "") inputs.blockOn = blockOn;
  if (environment !== "") inputs.environment = environment;
  return inputs;
}

// src/action/outputs.ts
var INCIDENT_OUTPUTS = ["incident-number", "severity", "status", "postmortem-pr"];
function outputsFor(incident) {
  return {
    "incident-number": String(incident.number),
    severity: incident.severity ?? "",
    status: incident.status,
    "postmortem-pr": incident.postmortemPr ?? ""
  };
}
function setOutputs(incident, set) {
  const values = outputsFor(incident);
  for (const name of INCIDENT_OUTPUTS) set(name, values[name]);
}

// src/action/summary.ts
function cell(value) {
  return value.replace(/[\r\n]+/g, " ").replace(/[|<>]/g, (c) => `\\${c}`);
}
function prLink(url) {
  const number = /\/pull\/(\d+)/.exec(url)?.[1];
  return `[${number === void 0 ? "pull request" : `#${number}`}](${url})`;
}
function renderSummary(result) {
  switch (result.outcome) {
    case "handled": {
      const { incident } = result;
      return [
        `### Incident [#${incident.number}](${incident.url})`,
        "",
        "| | |",
        "| --- | --- |",
        `| Severity | ${cell(incident.severity ?? "not set")} |`,
        `| Status | ${cell(incident.status)} |`,
        `| Postmortem | ${incident.postmortemPr === null ? "none yet" : prLink(incident.postmortemPr)} |`,
        ""
      ].join("\n");
    }
    case "ignored":
      return `### Incident Workflow

Nothing to do: ${cell(result.reason)}
`;
    case "invalid-config":
      return [
        "### Incident Workflow: invalid configuration",
        "",
        ...result.problems.map((p) => `- \`${p.path}\`: ${cell(p.message)}`),
        ""
      ].join("\n");
  }
}
function renderSweepSummary(report2) {
  const rows = report2.results.flatMap(
    (r) => r.outcome === "handled" ? [
      `| [#${r.incident.number}](${r.incident.url}) | ${cell(r.incident.severity ?? "")} | ${cell(r.incident.status)} |`
    ] : []
  );
  return [
    "### Incident Workflow: sweep",
    "",
    `${report2.listed} incidents listed, ${report2.reconciled} reconciled, ${report2.failed.length} failed.`,
    "",
    ...rows.length > 0 ? ["| Incident | Severity | Status |", "| --- | --- | --- |", ...rows, ""] : [],
    ...report2.failed.map((f) => `- #${f.number}: ${cell(f.error)}`),
    ""
  ].join("\n");
}
function renderGateSummary(gate) {
  if (gate.notGated !== void 0)
    return `### Deploy gate: open

${cell(gate.notGated)} is not one of the environments the config's \`gate.environments\` holds.
`;
  if (gate.blocking.length === 0) {
    return `### Deploy gate: open

No open incident at or above ${cell(gate.blockOn)}.
`;
  }
  return [
    "### Deploy gate: blocked",
    "",
    `Open incidents at or above ${cell(gate.blockOn)}:`,
    "",
    ...gate.blocking.map((b) => `- [#${b.number}](${b.url}) ${cell(b.title)} (${cell(b.severity)})`),
    ""
  ].join("\n");
}

// src/action/report-modes.ts
async function summary(host, markdown) {
  try {
    await host.writeSummary(markdown);
  } catch (error) {
    host.log.warn(`Could not write the job summary: ${describeError(error)}`);
  }
}
function invalid(report2, inputs, host) {
  host.annotate(report2.invalid, inputs.configPath);
  host.setFailed(`Invalid configuration in ${inputs.configPath}: ${report2.invalid}`);
}
async function reportSweep(report2, inputs, host) {
  if ("invalid" in report2) return invalid(report2, inputs, host);
  for (const r of report2.results) {
    if (r.outcome === "handled")
      host.log.info(
        `Incident #${r.incident.number}: ${r.incident.severity ?? "no severity"}, ${r.incident.status}`
      );
  }
  host.log.info(
    `Sweep: ${report2.listed} incidents listed, ${report2.reconciled} reconciled, ${report2.failed.length} failed`
  );
  await summary(host, renderSweepSummary(report2));
  if (report2.failed.length > 0) {
    host.setFailed(
      `The sweep could not reconcile ${report2.failed.map((f) => `#${f.number} (${f.error})`).join(", ")}; the next run tries again.`
    );
  }
}
async function reportGate(outcome, inputs, host) {
  if ("invalid" in outcome) return invalid(outcome, inputs, host);
  host.setOutput("blocking", outcome.blocking.map((b) => b.number).join(","));
  await summary(host, renderGateSummary(outcome));
  if (outcome.notGated !== void 0) {
    host.log.info(`${JSON.stringify(outcome.notGated)} is not in gate.environments: the gate is open.`);
    return;
  }
  if (outcome.blocking.length === 0) {
    host.log.info(`No open incident at or above ${outcome.blockOn}: the gate is open.`);
    return;
  }
  const list = outcome.blocking.map((b) => `#${b.number} ${JSON.stringify(b.title)} (${b.severity})`).join(", ");
  host.setFailed(`Blocked by open incidents at or above ${outcome.blockOn}: ${list}.`);
}
async function reportSetup(outcome, inputs, host) {
  if ("invalid" in outcome) return invalid(outcome, inputs, host);
  host.log.info(
    outcome.created.length === 0 ? `All ${outcome.existing} labels exist already.` : `Created ${outcome.created.length} labels (${outcome.created.join(", ")}); ${outcome.existing} existed.`
  );
}

// src/action/report-status-page.ts
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function renderStatusPageSummary(built) {
  const { view } = built;
  return [
    "### Incident Workflow: status page",
    "",
    `**${view.overall.text}**: ${plural(view.incidents.length, "open incident")}, ${plural(view.maintenance.filter((m) => m.status !== "completed").length, "maintenance window")} scheduled or in progress, ${plural(view.history.length, "past incident")} in the last ${view.historyDays} days.`,
    "",
    ...built.written.map((f) => `- \`${f.name}\` (${f.bytes} bytes)`),
    ...built.skipped.map(
      (s) => `- maintenance #${s.number} not published: ${s.reason.replace(/[\r\n]+/g, " ")}`
    ),
    ""
  ].join("\n");
}
async function reportStatusPage(built, inputs, host) {
  if ("invalid" in built) {
    host.annotate(built.invalid, inputs.configPath);
    host.setFailed(`Invalid configuration in ${inputs.configPath}: ${built.invalid}`);
    return;
  }
  for (const s of built.skipped) host.log.warn(`Maintenance #${s.number}: ${s.reason}`);
  const { view } = built;
  host.log.info(
    `Status page: ${view.overall.text}. Read ${plural(built.incidentsListed, "incident")} (${plural(built.historiesRead, "history", "histories")}) and ${plural(built.maintenanceListed, "maintenance issue")}; shows ${plural(view.incidents.length, "open incident")}, ${plural(view.history.length, "past incident")}, ${plural(view.maintenance.length, "maintenance window")}.`
  );
  host.log.info(
    `Wrote ${built.written.map((f) => `${f.name} (${f.bytes} bytes)`).join(", ")} into ${built.directory}`
  );
  try {
    await host.writeSummary(renderStatusPageSummary(built));
  } catch (error) {
    host.log.warn(`Could not write the job summary: ${describeError(error)}`);
  }
}

// src/core/alerts/read-json.ts
var BodyError = class extends Error {
};
function describe(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}
var isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function object(value, path) {
  if (!isObject(value)) throw new BodyError(`${path} must be an object; found ${describe(value)}`);
  return value;
}
function text(value, path) {
  if (typeof value !== "string" || value.trim() === "")
    throw new BodyError(`${path} must be a non-empty string; found ${describe(value)}`);
  return value.trim();
}
function optionalText(value, path) {
  if (value === void 0 || value === null) return null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") throw new BodyError(`${path} must be a string; found ${describe(value)}`);
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}
function stringMap(value, path) {
  if (value === void 0 || value === null) return {};
  const obj = object(value, path);
  const out = {};
  for (const [key, v] of Object.entries(obj)) {
    if (typeof v !== "string") throw new BodyError(`${path}.${key} must be a string; found ${describe(v)}`);
    out[key] = v;
  }
  return out;
}
function status(value, path) {
  if (value === "firing" || value === "resolved") return value;
  throw new BodyError(`${path} must be "firing" or "resolved"; found ${describe(value)}`);
}
function attempt(parse) {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof BodyError) return { ok: false, message: error.message };
    throw error;
  }
}

// src/core/alerts/alertmanager.ts
var MAX_ALERTS = 1e3;
function alertAt(value, path) {
  const alert = object(value, path);
  return {
    status: status(alert.status, `${path}.status`),
    fingerprint: optionalText(alert.fingerprint, `${path}.fingerprint`),
    labels: stringMap(alert.labels, `${path}.labels`),
    annotations: stringMap(alert.annotations, `${path}.annotations`)
  };
}
function readGroup(body, source) {
  if (!Array.isArray(body.alerts))
    throw new BodyError(`alerts must be a list; found ${describe(body.alerts)}`);
  const alerts = body.alerts.slice(0, MAX_ALERTS).map((a, i) => alertAt(a, `alerts[${i}]`));
  return {
    source,
    status: status(body.status, "status"),
    groupKey: optionalText(body.groupKey, "groupKey"),
    title: null,
    summary: null,
    severity: null,
    groupLabels: stringMap(body.groupLabels, "groupLabels"),
    commonLabels: stringMap(body.commonLabels, "commonLabels"),
    commonAnnotations: stringMap(body.commonAnnotations, "commonAnnotations"),
    alerts,
    url: optionalText(body.externalURL, "externalURL")
  };
}
function parseAlertmanager(value) {
  return attempt(() => {
    const body = object(value, "the body");
    if (body.version !== "4")
      throw new BodyError(
        `version must be "4" (Alertmanager's webhook format); found ${JSON.stringify(body.version ?? null)}`
      );
    return readGroup(body, "alertmanager");
  });
}

// src/core/alerts/generic.ts
function parseGeneric(value, where = "the body") {
  const at = (field2) => where === "the body" ? field2 : `${where}.${field2}`;
  return attempt(() => {
    const body = object(value, where);
    const title = text(body.title, at("title"));
    const raw = optionalText(body.status, at("status")) ?? "firing";
    if (raw !== "firing" && raw !== "resolved")
      throw new BodyError(`${at("status")} must be "firing" or "resolved"; found ${JSON.stringify(raw)}`);
    const dedupKey = optionalText(body.dedup_key, at("dedup_key"));
    if (raw === "resolved" && dedupKey === null)
      throw new BodyError(`${at("dedup_key")} is missing; a resolved alert names the incident by its key`);
    return {
      source: "generic",
      status: raw,
      groupKey: dedupKey,
      title,
      summary: optionalText(body.summary, at("summary")),
      severity: optionalText(body.severity, at("severity")),
      groupLabels: {},
      commonLabels: {},
      commonAnnotations: {},
      alerts: [],
      url: null
    };
  });
}

// src/core/alerts/grafana.ts
function parseGrafana(value) {
  return attempt(() => {
    const body = object(value, "the body");
    optionalText(body.title, "title");
    return readGroup(body, "grafana");
  });
}

// src/core/alerts/parse-body.ts
function detectSource(payload) {
  if (!isObject(payload) || !Array.isArray(payload.alerts)) return "generic";
  if ("orgId" in payload || "state" in payload) return "grafana";
  return payload.version === "4" ? "alertmanager" : "generic";
}

// src/action/parse-alert.ts
var OPTIONAL_FIELDS = [
  ["severity", "severity"],
  ["summary", "summary"],
  ["dedup_key", "dedupKey"]
];
function describe2(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}
function field(value, allowNumber) {
  if (value === void 0 || value === null) return { ok: true };
  if (allowNumber && typeof value === "number" && Number.isFinite(value))
    return { ok: true, value: String(value) };
  if (typeof value !== "string") return { ok: false };
  const trimmed = value.trim();
  return trimmed === "" ? { ok: true } : { ok: true, value: trimmed };
}
function parseAlert(clientPayload) {
  const example = `for example {"event_type":"incident","client_payload":{"title":"API 5xx above 5%","severity":"SEV2"}}`;
  if (clientPayload === null || typeof clientPayload !== "object" || Array.isArray(clientPayload)) {
    return { ok: false, message: `client_payload must be an object with a \`title\`; ${example}` };
  }
  const payload = clientPayload;
  const title = field(payload.title, false);
  if (!title.ok)
    return { ok: false, message: `client_payload.title must be a string; found ${describe2(payload.title)}` };
  if (title.value === void 0) {
    return { ok: false, message: `client_payload.title is missing; an alert needs a title, ${example}` };
  }
  const alert = { title: title.value };
  for (const [from, to] of OPTIONAL_FIELDS) {
    const parsed = field(payload[from], from !== "summary");
    if (!parsed.ok) {
      return {
        ok: false,
        message: `client_payload.${from} must be a string; found ${describe2(payload[from])}`
      };
    }
    if (parsed.value !== void 0) alert[to] = parsed.value;
  }
  return { ok: true, alert };
}

// src/action/route-event.ts
var ALERT_EVENT_TYPE = "incident";
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function text2(value) {
  if (typeof value !== "string") return void 0;
  const trimmed = value.trim();
  return trimmed === "" ? void 0 : trimmed;
}
function declarer(payload, actor) {
  return text2(record(payload.sender)?.login) ?? (actor || "github-actions");
}
function declareFromInputs(input, what) {
  const dispatched = record(input.payload.inputs) ?? {};
  const title = input.inputs.title ?? text2(dispatched.title);
  if (title === void 0) {
    return {
      kind: "error",
      message: `${what} needs a title: set the action's \`title\` input (for example \`title: \${{ inputs.title }}\`) or give the workflow_dispatch trigger an input named \`title\`.`
    };
  }
  const request = { title, declaredBy: declarer(input.payload, input.actor) };
  const severity = input.inputs.severity ?? text2(dispatched.severity);
  const summary2 = input.inputs.summary ?? text2(dispatched.summary);
  if (severity !== void 0) request.severity = severity;
  if (summary2 !== void 0) request.summary = summary2;
  if (input.inputs.drill === true || dispatched.drill === true || dispatched.drill === "true")
    request.drill = true;
  return { kind: "declare", request };
}
function routeDispatch(input) {
  const eventType = typeof input.payload.action === "string" ? input.payload.action : "";
  if (eventType !== ALERT_EVENT_TYPE) {
    return {
      kind: "ignored",
      reason: `repository_dispatch event_type ${JSON.stringify(eventType)} is not ${JSON.stringify(ALERT_EVENT_TYPE)}`
    };
  }
  const payload = input.payload.client_payload;
  const source = detectSource(payload);
  const withStatus = source === "generic" && record(payload)?.status !== void 0;
  if (source !== "generic" || withStatus) {
    const parsed = source === "grafana" ? parseGrafana(payload) : source === "alertmanager" ? parseAlertmanager(payload) : parseGeneric(payload, "client_payload");
    if (!parsed.ok)
      return {
        kind: "error",
        message: `repository_dispatch "${ALERT_EVENT_TYPE}": ${source === "generic" ? "" : `client_payload (${source}): `}${parsed.message}`
      };
    return { kind: "alert", notification: parsed.value, declaredBy: declarer(input.payload, input.actor) };
  }
  const alert = parseAlert(payload);
  if (!alert.ok) {
    return { kind: "error", message: `repository_dispatch "${ALERT_EVENT_TYPE}": ${alert.message}` };
  }
  return { kind: "declare", request: { ...alert.alert, declaredBy: declarer(input.payload, input.actor) } };
}
function routeAuto(input) {
  switch (input.eventName) {
    case "issues":
    case "issue_comment":
      if (record(input.payload.issue) === void 0) {
        return {
          kind: "error",
          message: `The ${input.eventName} event payload has no \`issue\`; is GITHUB_EVENT_PATH right?`
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
        message: `The ${JSON.stringify(input.eventName)} event is not supported. Supported events: issues, issue_comment, pull_request, workflow_dispatch, repository_dispatch (event_type "${ALERT_EVENT_TYPE}"), schedule. To declare an incident from any other event, set \`mode: declare\` and a \`title\`.`
      };
  }
}
function routeEvent(input) {
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
        ...input.inputs.blockOn === void 0 ? {} : { blockOn: input.inputs.blockOn },
        ...input.inputs.environment === void 0 ? {} : { environment: input.inputs.environment }
      };
    case "setup":
      return { kind: "setup" };
    case "status-page":
      return { kind: "status-page", directory: input.inputs.directory ?? DEFAULT_STATUS_PAGE_DIRECTORY };
  }
}

// src/action/execute.ts
function describeRoute(route) {
  if (route.kind === "alert")
    return `alert from ${route.notification.source} (${route.notification.status}, ${route.notification.alerts.length} alerts)`;
  if (route.kind === "declare") return `declaring ${JSON.stringify(route.request.title)}`;
  if (route.kind === "sweep") return "reconciling every open incident (sweep, reminders included)";
  if (route.kind === "gate")
    return `deploy gate: open incidents at or above ${route.blockOn === void 0 ? "gate.blockOn" : JSON.stringify(route.blockOn)}${route.environment === void 0 ? "" : ` for ${JSON.stringify(route.environment)}`}`;
  if (route.kind === "setup") return "creating the labels the tool uses";
  if (route.kind === "pull-request")
    return `pull_request on #${String(route.payload.pull_request?.number)}`;
  if (route.kind === "status-page") return `writing the status page into ${JSON.stringify(route.directory)}`;
  const action = typeof route.payload.action === "string" ? `.${route.payload.action}` : "";
  const issue = route.payload.issue;
  return `${route.name}${action} on #${String(issue.number)}`;
}
function runRepo(host) {
  const { owner, repo } = host.repo();
  const payloadRepo = host.event.payload.repository;
  const sameRepo = typeof payloadRepo?.full_name === "string" && payloadRepo.full_name.toLowerCase() === `${owner}/${repo}`.toLowerCase();
  const branch = sameRepo ? payloadRepo?.default_branch : void 0;
  const ownerType = sameRepo ? payloadRepo?.owner?.type : void 0;
  return {
    owner,
    repo,
    ...typeof branch === "string" && branch !== "" ? { defaultBranch: branch } : {},
    ...typeof ownerType === "string" ? { ownerType } : {}
  };
}
async function report(result, inputs, host) {
  switch (result.outcome) {
    case "handled": {
      const { incident } = result;
      setOutputs(incident, (name, value) => host.setOutput(name, value));
      host.log.info(
        `Incident #${incident.number} (${incident.url}): ${incident.severity ?? "no severity"}, ${incident.status}`
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
async function execute(host, engine) {
  try {
    const inputs = parseInputs((name) => host.getInput(name));
    const route = routeEvent({
      eventName: host.event.name,
      payload: host.event.payload,
      inputs,
      actor: host.event.actor
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
    const skip = route.kind === "webhook" ? ignoredByPayload(route.name, route.payload) : void 0;
    if (skip !== void 0) return await report({ outcome: "ignored", reason: skip }, inputs, host);
    const loader = "connect" in engine ? { client: async () => engine, handlers: async () => engine } : engine;
    const client = await loader.client();
    const deps = client.connect(inputs, runRepo(host), host.log);
    if (route.kind === "webhook") client.readEarly?.(route.payload, deps);
    await new Promise((resolve) => setImmediate(resolve));
    const loaded = await loader.handlers();
    if (route.kind === "sweep") return await reportSweep(await loaded.sweep(deps), inputs, host);
    if (route.kind === "gate") return await reportGate(await loaded.gate(deps, route), inputs, host);
    if (route.kind === "setup") return await reportSetup(await loaded.setup(deps), inputs, host);
    if (route.kind === "status-page")
      return await reportStatusPage(await loaded.statusPage(deps, route.directory), inputs, host);
    const result = route.kind === "webhook" ? await loaded.handleWebhook(route.name, route.payload, deps) : route.kind === "pull-request" ? await loaded.handlePullRequest(route.payload, deps) : route.kind === "alert" ? await loaded.alert(route.notification, route.declaredBy, deps) : await loaded.declare(route.request, deps);
    await report(result, inputs, host);
  } catch (error) {
    host.setFailed(describeError(error));
  }
}

// src/action/runner.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var escapeData = (text3) => text3.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (text3) => escapeData(text3).replace(/:/g, "%3A").replace(/,/g, "%2C");
function command(name, message, properties = {}) {
  const props = Object.entries(properties).map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
  return `::${name}${props === "" ? "" : ` ${props}`}::${escapeData(message)}${import_node_os.EOL}`;
}
function randomId() {
  const hex = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  const variant = "89ab"[Math.floor(Math.random() * 4)];
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
function fileCommandValue(name, value) {
  const delimiter = `ghadelimiter_${randomId()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error("output collides with its delimiter");
  return `${name}<<${delimiter}${import_node_os.EOL}${value}${import_node_os.EOL}${delimiter}${import_node_os.EOL}`;
}
function readEvent(env, write) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  if (!(0, import_node_fs.existsSync)(path)) {
    write(`GITHUB_EVENT_PATH ${path} does not exist${import_node_os.EOL}`);
    return {};
  }
  return JSON.parse((0, import_node_fs.readFileSync)(path, "utf8"));
}
function writeStdout(text3) {
  let rest = Buffer.from(text3, "utf8");
  while (rest.length > 0) {
    try {
      rest = rest.subarray((0, import_node_fs.writeSync)(1, rest));
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
function runnerHost(env = process.env, write = writeStdout) {
  const error = (message, properties) => write(command("error", message, properties));
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim(),
    event: {
      name: env.GITHUB_EVENT_NAME ?? "",
      payload: readEvent(env, write),
      actor: env.GITHUB_ACTOR ?? ""
    },
    repo() {
      const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
      if (!owner || !repo || rest.length > 0)
        throw new Error("GITHUB_REPOSITORY must name the repository as 'owner/repo'");
      return { owner, repo };
    },
    setOutput(name, value) {
      if (env.GITHUB_OUTPUT) (0, import_node_fs.appendFileSync)(env.GITHUB_OUTPUT, fileCommandValue(name, value), "utf8");
      else write(`${import_node_os.EOL}${command("set-output", value, { name })}`);
    },
    setFailed(message) {
      process.exitCode = 1;
      error(message);
    },
    log: {
      info: (message) => write(`${message}${import_node_os.EOL}`),
      warn: (message) => write(command("warning", message)),
      error: (message) => error(message)
    },
    annotate: (message, file) => error(message, { title: "Invalid incident configuration", file }),
    async writeSummary(markdown) {
      if (env.GITHUB_STEP_SUMMARY) (0, import_node_fs.appendFileSync)(env.GITHUB_STEP_SUMMARY, markdown, "utf8");
    }
  };
}

// src/action/main.ts
void execute(runnerHost(), {
  client: async () => (await Promise.resolve().then(() => __toESM(require_client(), 1))).client,
  handlers: async () => (await Promise.resolve().then(() => __toESM(require_engine(), 1))).handlers
});
