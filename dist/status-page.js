"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/handlers/status-page.ts
var status_page_exports = {};
__export(status_page_exports, {
  buildStatusPage: () => buildStatusPage,
  renderStatusPageFiles: () => renderStatusPageFiles,
  writeStatusPage: () => writeStatusPage
});
module.exports = __toCommonJS(status_page_exports);
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");

// src/core/state/decisions.ts
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
var holdsRole = (acc, roleId, login) => (acc.holders.get(roleId) ?? []).some((h) => same(h.login, login));
var link = (source) => source.url === void 0 ? {} : { url: source.url };
function decideSeverity(acc, level, source) {
  const s = acc.state;
  acc.severityPendingSince = null;
  if (holdsRole(acc, "decider", source.by)) s.severityConfirmed = true;
  if (s.severity?.id === level.id) return;
  const from = s.severity ?? acc.removedSeverity;
  acc.removedSeverity = null;
  const count = s.severityChanges.filter((c) => c.to === level.id).length;
  const raised = from === null || level.rank < from.rank;
  s.severityChanges.push({
    from: from?.id ?? null,
    to: level.id,
    by: source.by,
    at: source.at,
    raised,
    key: `${level.id}:${count + 1}`
  });
  s.severity = level;
  s.timeline.push({
    at: source.at,
    by: source.by,
    kind: "severity",
    text: (from === null ? `Severity set to ${level.id}` : `Severity ${raised ? "raised" : "lowered"} ${from.id} \u2192 ${level.id}`) + (source.note === void 0 ? "" : ` (${source.note})`),
    ...link(source)
  });
}
function dropSeverity(acc, level, source) {
  const s = acc.state;
  if (s.severity?.id !== level.id) return;
  const remaining = acc.severityOrder.filter((l) => l.id !== level.id);
  const fallback = remaining[remaining.length - 1];
  if (fallback !== void 0) {
    decideSeverity(acc, fallback, source);
    return;
  }
  s.severity = null;
  acc.removedSeverity = level;
  acc.severityPendingSince = source.at;
}
var SEVERITY_GRACE_MS = 12e4;
function settleSeverity(acc) {
  const since = acc.severityPendingSince;
  if (since === null || !acc.state.isIncident) return;
  const level = acc.implicitSeverity;
  if (level === null) return;
  const note = acc.formSeverity ? "from the issue form" : "the default level";
  decideSeverity(acc, level, { by: acc.state.declaredBy, at: since, note });
}
function settlesSeverity(acc, at) {
  const since = acc.severityPendingSince;
  return since !== null && Date.parse(at) - Date.parse(since) > SEVERITY_GRACE_MS;
}
function decideStatus(acc, status, source) {
  const s = acc.state;
  if (s.status === status) return;
  s.status = status;
  if (status === "identified" && s.identifiedAt === null) s.identifiedAt = source.at;
  if (status === "mitigated" && s.mitigatedAt === null) s.mitigatedAt = source.at;
  s.timeline.push({
    at: source.at,
    by: source.by,
    kind: "status",
    text: `Status: ${status}`,
    ...link(source)
  });
}
function grantRole(acc, role, login, source, text) {
  const current = acc.holders.get(role.id) ?? [];
  const existing = current.find((h) => same(h.login, login));
  if (existing !== void 0) {
    existing.grantedAt = source.at;
    return;
  }
  const holder = { login, since: source.at, by: source.by, grantedAt: source.at };
  if (role.id === "commander") acc.state.acknowledgedAt ??= source.at;
  acc.holders.set(role.id, role.multiple ? [...current, holder] : [holder]);
  acc.state.timeline.push({ at: source.at, by: source.by, kind: "role", text, ...link(source) });
}
function freeRole(acc, role, login, source) {
  const current = acc.holders.get(role.id) ?? [];
  const left = login === void 0 ? [] : current.filter((h) => !same(h.login, login));
  if (left.length === current.length) return;
  acc.holders.set(role.id, left);
  if (left.length === 0) acc.roleFreedAt.set(role.id, source.at);
  acc.state.timeline.push({
    at: source.at,
    by: source.by,
    kind: "role",
    text: login === void 0 ? `${role.name} role freed` : `@${login} is no longer ${role.name}`,
    ...link(source)
  });
}

// src/core/text/scan.ts
function trimEndOf(text, chars) {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
var isDigit = (code) => code >= 48 && code <= 57;
var isLetter = (code) => (code | 32) >= 97 && (code | 32) <= 122;
var isSpace = (char) => char !== "" && char.trim() === "";
function skipSpaces(text, from) {
  let at = from;
  while (at < text.length && isSpace(text.charAt(at))) at++;
  return at;
}

// src/core/config/format-problems.ts
var CONFIG_PROBLEMS_MARKER = "<!-- incident-workflow:config-problems -->";

// src/core/state/markers.ts
var MARKER_PREFIX = "<!-- incident-workflow:";
var BOARD_MARKER = "<!-- incident-workflow:board -->";
var MARKER_END = " -->";
function markerHeader(body) {
  const lines = [];
  let at = 0;
  while (at < body.length && body.startsWith(MARKER_PREFIX, at)) {
    const newline = body.indexOf("\n", at);
    const end = newline < 0 ? body.length : newline;
    const line = body.slice(at, end > at && body[end - 1] === "\r" ? end - 1 : end);
    const close = line.indexOf("-->");
    if (close !== line.length - 3 || !line.endsWith(MARKER_END)) break;
    lines.push(line);
    if (newline < 0) break;
    at = newline + 1;
  }
  return lines;
}
function headerValue(body, prefix) {
  const line = markerHeader(body).find((l) => l.startsWith(prefix));
  return line === void 0 ? null : line.slice(prefix.length, line.length - MARKER_END.length);
}
var hasHeaderMarker = (body, marker) => markerHeader(body).includes(marker);
var markerValue = (body, name) => headerValue(body, `${MARKER_PREFIX}${name}:`);
var readReplyMarker = (body) => {
  const v = markerValue(body, "reply");
  return v === null ? null : Number(v);
};
var readNotifyMarker = (body) => markerValue(body, "notify");
var readPostmortemMarker = (body) => {
  const v = markerValue(body, "postmortem");
  if (v === null) return null;
  const sep = v.indexOf(":");
  return { number: Number(v.slice(0, sep)), url: v.slice(sep + 1) };
};
var readDeclaredBy = (body) => {
  const v = markerValue(body, "declared-by");
  return v === null || v === "" ? null : decodeURIComponent(v);
};
var readDeclaredFrom = (body) => {
  const v = markerValue(body, "declared-from");
  return v === null ? null : Number(v);
};
var readDedupMarker = (body) => {
  const v = markerValue(body, "dedup");
  return v === null ? null : decodeURIComponent(v);
};
var ALERT_MARKER = "<!-- incident-workflow:alert -->";
var readAlertStateMarker = (body) => {
  const v = markerValue(body, "alert-state");
  return v === "firing" || v === "resolved" ? v : null;
};
var readAlertCountMarker = (body) => {
  const v = markerValue(body, "alert-count");
  const n = v === null ? Number.NaN : Number(v);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
};
var readAlertTextMarker = (body) => {
  const v = markerValue(body, "alert-text");
  if (v === null) return null;
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
};
var readOncallMarker = (body) => {
  const v = markerValue(body, "oncall");
  const [role, login, mode] = v?.split(":") ?? [];
  return role && login ? { role, login, assign: mode !== "mention" } : null;
};
var readReminderMarker = (body) => markerValue(body, "remind");
var readReminderKeys = (body) => readReminderMarker(body)?.split(",").filter((k) => k !== "") ?? [];
var POSTMORTEM_FAILED_MARKER = `${MARKER_PREFIX}postmortem-failed -->`;
var readActionItemsMarker = (body) => {
  const v = markerValue(body, "action-items");
  return v === null ? null : Number(v);
};
var readGateMarker = (body) => {
  const [run, state, environment] = markerValue(body, "gate")?.split(":") ?? [];
  if (run === void 0 || environment === void 0 || state !== "held" && state !== "let") return null;
  try {
    return { run: Number(run), state, environment: decodeURIComponent(environment) };
  } catch {
    return null;
  }
};
var readRevertMarker = (body) => {
  const v = markerValue(body, "revert");
  if (v === null) return null;
  const [commentId = "", pull = "", number = "", ...url] = v.split(":");
  if (!/^\d+$/.test(commentId) || !/^\d+$/.test(pull)) return null;
  const revert = /^\d+$/.test(number) ? { number: Number(number), url: url.join(":") } : null;
  return { commentId: Number(commentId), pull: Number(pull), revert };
};

// src/core/changes/recent-changes.ts
var PREFIX = `${MARKER_PREFIX}changes:`;
var isString = (v) => typeof v === "string";
function readChange(v) {
  if (typeof v !== "object" || v === null) return null;
  const c = v;
  if (c.kind !== "pull" && c.kind !== "deployment") return null;
  if (!isString(c.at) || !isString(c.by) || !isString(c.title) || !isString(c.url)) return null;
  if (typeof c.number !== "number") return null;
  return {
    kind: c.kind,
    at: c.at,
    by: c.by,
    title: c.title,
    url: c.url,
    number: c.number,
    ...isString(c.ref) ? { ref: c.ref } : {},
    ...isString(c.sha) ? { sha: c.sha } : {}
  };
}
function readChangesMarker(body) {
  const line = markerHeader(body).find((l) => l.startsWith(PREFIX));
  if (line === void 0) return null;
  let parsed;
  try {
    parsed = JSON.parse(decodeURIComponent(line.slice(PREFIX.length, line.length - " -->".length)));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const p = parsed;
  if (!isString(p.since) || !isString(p.until) || !Array.isArray(p.items)) return null;
  const items = p.items.map(readChange);
  if (items.some((i) => i === null)) return null;
  const problems = Array.isArray(p.problems) ? p.problems.filter(isString) : [];
  return { since: p.since, until: p.until, items, problems };
}

// src/core/state/fold-bot-comments.ts
function foldBotComment(acc, event) {
  const s = acc.state;
  const body = event.body;
  if (body.startsWith(BOARD_MARKER)) {
    if (s.board === null) {
      s.board = { id: event.id, body };
      s.recentChanges = readChangesMarker(body);
    } else s.extraBoards.push(event.id);
    s.postmortem ??= readPostmortemMarker(body);
    return;
  }
  if (body.startsWith(CONFIG_PROBLEMS_MARKER)) {
    s.configErrorComment ??= { id: event.id, body };
    return;
  }
  if (body.startsWith(POSTMORTEM_FAILED_MARKER) && !s.open) s.postmortemFailed = true;
  const items = readActionItemsMarker(body);
  if (items !== null && !s.actionItemPulls.includes(items)) s.actionItemPulls.push(items);
  foldGateRecord(acc, event);
  for (const key of readReminderKeys(body)) s.reminded.add(key);
  const paged = readOncallMarker(body);
  if (paged !== null) {
    s.oncallPaged.add(paged.role);
    const role = acc.config.roles.find((r) => r.id === paged.role);
    if (role && paged.assign) {
      const source = { by: event.actor.login, at: event.at, url: event.url };
      grantRole(acc, role, paged.login, source, `@${paged.login} is ${role.name} (on call)`);
    }
    return;
  }
  const reverted = readRevertMarker(body);
  if (reverted !== null) {
    s.reverts.set(reverted.commentId, { pull: reverted.pull, revert: reverted.revert });
    const text = reverted.revert ? `Revert of #${reverted.pull} opened: #${reverted.revert.number}` : `Revert of #${reverted.pull} could not be opened`;
    s.timeline.push({
      at: event.at,
      by: event.actor.login,
      kind: "revert",
      text,
      url: reverted.revert?.url ?? event.url
    });
  }
  const replyTo = readReplyMarker(body);
  if (replyTo !== null) s.repliedTo.add(replyTo);
  const notified = readNotifyMarker(body);
  if (notified !== null) s.notified.add(notified);
  const postmortem = readPostmortemMarker(body);
  if (postmortem !== null) s.postmortem = postmortem;
  foldAlertComment(acc, event);
  if (hasHeaderMarker(body, ALERT_MARKER)) {
    const raw = readAlertTextMarker(body);
    const text = raw === null ? body.slice(ALERT_MARKER.length).trim().split("\n")[0] ?? "" : `Alert repeated: ${raw}`;
    s.timeline.push({ at: event.at, by: event.actor.login, kind: "alert", text, url: event.url });
  }
}
function foldAlertComment(acc, event) {
  const s = acc.state;
  if (s.alerts === null) return;
  const count = readAlertCountMarker(event.body);
  if (count !== null) s.alerts.notifications = Math.max(s.alerts.notifications, count);
  if (hasHeaderMarker(event.body, ALERT_MARKER))
    s.alerts.notifications = Math.max(s.alerts.notifications, ++s.alerts.repeats + 1);
  const change = readAlertStateMarker(event.body);
  if (change === null) return;
  s.alerts.status = change;
  s.alerts.since = event.at;
  const text = change === "resolved" ? "All alerts resolved" : "Alerts firing again";
  s.timeline.push({ at: event.at, by: event.actor.login, kind: "alert", text, url: event.url });
}
function foldGateRecord(acc, event) {
  const gate = readGateMarker(event.body);
  if (gate === null) return;
  const s = acc.state;
  if (s.deploys.some((d) => d.run === gate.run && d.environment === gate.environment)) return;
  s.deploys.push({ ...gate, at: event.at });
  const environment = gate.environment;
  const text = gate.state === "held" ? `Deployment to ${environment} held (run ${gate.run})` : `Deployment to ${environment} let through as a fix (run ${gate.run})`;
  s.timeline.push({ at: event.at, by: event.actor.login, kind: "gate", text, url: event.url });
}

// src/core/state/trust.ts
var DECIDING_PERMISSION = "triage";
var DECIDING = /* @__PURE__ */ new Set(["triage", "write", "maintain", "admin"]);
var canDecide = (permission) => permission !== void 0 && DECIDING.has(permission);
function permissionFromAssociation(association) {
  if (association === "OWNER") return "admin";
  if (association === void 0 || association === "MEMBER" || association === "COLLABORATOR")
    return void 0;
  return "read";
}
var isAllowedUser = (config, login) => config.commands.allowUsers.some((u) => u.toLowerCase() === login.toLowerCase());
function permissionOf(login, association, permissions) {
  return permissionFromAssociation(association) ?? permissions.get(login.toLowerCase());
}
var same2 = (a, b) => a.toLowerCase() === b.toLowerCase();
function mayDecide(ctx, actor) {
  if (ctx.isSelf(actor) || actor.isBot || isAllowedUser(ctx.config, actor.login)) return true;
  if (!same2(actor.login, ctx.issue.author.login)) return true;
  return canDecide(permissionOf(actor.login, ctx.issue.authorAssociation, ctx.permissions));
}
var authorMayDecide = (ctx) => mayDecide(ctx, ctx.issue.author);
function needsAsking(config, person, association) {
  return !person.isBot && !isAllowedUser(config, person.login) && permissionFromAssociation(association) === void 0;
}
var selfMatcher = (self) => (person) => person.isBot && person.login.toLowerCase() === self.toLowerCase();

// src/core/commands/authorize.ts
var needsPermission = (command, config) => config.commands.requirePermission.includes(command.kind);
function mayRunCommands(author, config) {
  const allowed = config.commands.allow.includes(author.association) || isAllowedUser(config, author.login);
  if (allowed) return { ok: true };
  return {
    ok: false,
    reason: `only ${config.commands.allow.map((a) => a.toLowerCase()).join(", ")} accounts of this repository may run incident commands (you are ${author.association.toLowerCase().replaceAll("_", " ")})`
  };
}
function authorize(command, author, config, roles) {
  const may = mayRunCommands(author, config);
  if (!may.ok) return may;
  const listed = isAllowedUser(config, author.login);
  if (!listed && needsPermission(command, config) && !canDecide(author.permission)) {
    const yours = author.permission === void 0 ? "your permission could not be read" : `you have ${author.permission}`;
    return {
      ok: false,
      reason: `\`/${command.kind}\` needs ${DECIDING_PERMISSION} permission or more on this repository (${yours})`
    };
  }
  const sevRoles = config.commands.sevRoles;
  if (command.kind === "sev" && sevRoles.length > 0) {
    const holds = roles.some(
      (r) => sevRoles.includes(r.role.id) && r.holders.some((h) => h.login.toLowerCase() === author.login.toLowerCase())
    );
    if (!holds) return { ok: false, reason: `only the ${sevRoles.join(" or ")} may change the severity` };
  }
  return { ok: true };
}

// src/core/commands/command-line.ts
var COMMAND_LINE = /^ {0,3}\//m;

// src/core/commands/command-lines.ts
var MAX_COMMAND_LINES = 20;
var MAX_ARGUMENT_LENGTH = 2e3;
var COMMAND = /^ {0,3}\/([A-Za-z][A-Za-z0-9_-]{0,39})(?:\s+(.*))?$/s;
function fenceOf(line) {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  const code = line.charCodeAt(at);
  if (code !== 96 && code !== 126) return void 0;
  let end = at;
  while (line.charCodeAt(end) === code) end++;
  if (end - at < 3) return void 0;
  return {
    char: code === 96 ? "`" : "~",
    length: end - at,
    rest: end === line.length ? "" : line.slice(end)
  };
}
function insideHtmlComment(line, open) {
  let inside = open;
  for (let at = 0; ; ) {
    const next = inside ? line.indexOf("-->", at) : line.indexOf("<!--", at);
    if (next < 0) return inside;
    at = next + (inside ? 3 : 4);
    inside = !inside;
  }
}
function nextOf(text, needle) {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = text.indexOf(needle, from);
    return found;
  };
}
function lineEnds(text) {
  let lf = -2;
  let cr = -2;
  return (start) => {
    if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
    if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
    if (lf < 0) return cr < 0 ? text.length : cr;
    return cr < 0 ? lf : Math.min(lf, cr);
  };
}
function plainLine(text, start, end, htmlOpen) {
  let at = start;
  while (at < start + 3 && at < end && text.charCodeAt(at) === 32) at++;
  const first = at < end ? text.charCodeAt(at) : -1;
  if (first === 96 || first === 126 || first === 62 || first === 47) return false;
  const open = htmlOpen(start);
  return open < 0 || open >= end;
}
function commandLines(body, limit) {
  const found = [];
  let fence;
  let inHtmlComment = false;
  const lineEnd = lineEnds(body);
  const htmlOpen = nextOf(body, "<!--");
  for (let start = 0, index = 0; start <= body.length && found.length < limit; index++) {
    const end = lineEnd(start);
    const lineStart = start;
    start = end + (body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (!fence && !inHtmlComment && plainLine(body, lineStart, end, htmlOpen)) continue;
    const raw = body.slice(lineStart, end);
    if (fence) {
      const close = fenceOf(raw);
      if (close?.char === fence.char && close.length >= fence.length && (close.rest === "" || close.rest.trim() === "")) {
        fence = void 0;
      }
      continue;
    }
    if (inHtmlComment) {
      inHtmlComment = insideHtmlComment(raw, true);
      continue;
    }
    let at = 0;
    while (at < 3 && raw.charCodeAt(at) === 32) at++;
    const first = raw.charCodeAt(at);
    const open = first === 96 || first === 126 ? fenceOf(raw) : void 0;
    if (open && (open.rest === "" || !(open.char === "`" && open.rest.includes("`")) && !/[\u2028\u2029]/.test(open.rest))) {
      fence = open;
      continue;
    }
    if (first === 62) continue;
    const m = first === 47 ? COMMAND.exec(raw) : null;
    if (m) found.push({ name: m[1], args: m[2] ?? "", line: index + 1, raw });
    inHtmlComment = insideHtmlComment(raw, false);
  }
  return found;
}

// src/core/config/config.ts
var COMPONENT_STATES = ["operational", "degraded", "partial-outage", "major-outage"];
var LABELLED_STATUSES = ["investigating", "identified", "mitigated"];

// src/core/commands/quote.ts
var quote = (word) => JSON.stringify([...word].slice(0, 40).join(""));

// src/core/commands/resolve.ts
var SEV_N = /^sev[-_]?([0-9]{1,3})$/i;
function resolveSeverity(word, config, allowNumber = true) {
  const w = word.trim().toLowerCase();
  const named = config.severities.find((s) => s.id.toLowerCase() === w || s.label.toLowerCase() === w);
  if (named) return named;
  const rank2 = SEV_N.exec(w)?.[1] ?? (allowNumber && /^[0-9]{1,3}$/.test(w) ? w : void 0);
  return rank2 === void 0 ? void 0 : config.severities.find((s) => s.rank === Number(rank2));
}
function resolveRole(word, config) {
  const w = word.trim().toLowerCase();
  return config.roles.find((r) => r.id.toLowerCase() === w) ?? config.roles.find((r) => r.label.toLowerCase() === w || r.name.toLowerCase() === w);
}

// src/core/zoned-time.ts
var FIELDS = ["year", "month", "day", "hour", "minute", "second"];
var formatters = /* @__PURE__ */ new Map();
function formatter(zone) {
  let format = formatters.get(zone);
  if (format === void 0) {
    const options = Object.fromEntries(FIELDS.map((f) => [f, "numeric"]));
    format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone, hourCycle: "h23" });
    formatters.set(zone, format);
  }
  return format;
}
function zoneOffset(zone, utc) {
  const fixed = /^([+-])([0-9]{2}):?([0-9]{2})?$/.exec(zone);
  if (fixed) return (fixed[1] === "-" ? -6e4 : 6e4) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const parts = formatter(zone).formatToParts(new Date(utc));
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = FIELDS.map(
    (f) => Number(parts.find((p) => p.type === f)?.value)
  );
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(utc / 1e3) * 1e3;
}
function fromWall(wall, zone) {
  const first = wall - zoneOffset(zone, wall);
  const second = wall - zoneOffset(zone, first);
  return second === first ? first : wall - zoneOffset(zone, second);
}

// src/core/commands/started-time.ts
var ABSOLUTE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T|\s+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?\s*(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?$/i;
var CLOCK = /^()()()([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?\s*(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?$/i;
var RELATIVE = /^((?:[0-9]{1,6}\s*[a-z]+[\s,]*)+)ago$/i;
var UNIT_MS = [
  [/^(s|secs?|seconds?)$/i, 1e3],
  [/^(m|mins?|minutes?)$/i, 6e4],
  [/^(h|hrs?|hours?)$/i, 36e5],
  [/^(d|days?)$/i, 864e5]
];
function amounts(text) {
  const out = [];
  for (let at = 0; at < text.length; ) {
    if (!isDigit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const digits = at;
    while (at < text.length && isDigit(text.charCodeAt(at))) at++;
    const n = text.slice(digits, at);
    at = skipSpaces(text, at);
    const letters = at;
    while (at < text.length && isLetter(text.charCodeAt(at))) at++;
    if (at > letters) out.push([n, text.slice(letters, at)]);
  }
  return out;
}
var SKEW_MS = 5 * 6e4;
function parseStartedTime(args, now, timeZone) {
  const text = args.trim();
  const nowMs = now.getTime();
  const usage = `use /started 2024-05-01 14:05, /started 14:05 or /started 30m ago (without a zone: ${timeZone})`;
  const fail = (why) => ({ reason: text === "" ? usage : `${why} ${quote(text)}; ${usage}` });
  const m = text.length > 60 ? null : ABSOLUTE.exec(text) ?? CLOCK.exec(text);
  let at;
  if (text.toLowerCase() === "now") at = nowMs;
  else if (m) {
    const zone = m[7] ?? timeZone;
    const today = new Date(nowMs + zoneOffset(zone, nowMs));
    const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((v) => v ? Number(v) : void 0);
    const date = m[1] ? [y ?? 0, (mo ?? 0) - 1, d ?? 0] : [today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()];
    const [year = 0, month = 0, day = 0] = date;
    const wall = Date.UTC(year, month, day, h, mi, s);
    const check = new Date(wall);
    if (year < 1970 || check.getUTCMonth() !== month || check.getUTCDate() !== day || h > 23 || mi > 59 || s > 59) {
      return fail("not a valid time:");
    }
    at = fromWall(wall, zone);
    if (at > nowMs + SKEW_MS && m[1]) return fail("in the future:");
    if (at > nowMs + SKEW_MS) at = fromWall(wall - 864e5, zone);
  } else {
    const rel = text.length > 60 ? null : RELATIVE.exec(text);
    if (!rel) return fail("cannot read the time");
    at = nowMs;
    for (const [n, unit] of amounts(rel[1])) {
      const factor = UNIT_MS.find(([re]) => re.test(unit))?.[1];
      if (factor === void 0) return fail(`unknown unit ${quote(unit)} in`);
      at -= Number(n) * factor;
    }
  }
  return { at: new Date(Math.min(at, nowMs)).toISOString() };
}

// src/core/commands/users.ts
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var TEAM = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_.-]+$/;
function parseUsers(words) {
  const users = [];
  const seen = /* @__PURE__ */ new Set();
  for (const word of words) {
    const w = trimEndOf(word, ".;:!?");
    const lower = w.toLowerCase();
    if (w === "" || lower === "and" || w === "&") continue;
    if (lower === "me" || lower === "@me") {
      if (!seen.has("@me")) users.push({ me: true });
      seen.add("@me");
    } else if (w.startsWith("@") && LOGIN.test(w.slice(1))) {
      if (!seen.has(lower.slice(1))) users.push({ login: w.slice(1) });
      seen.add(lower.slice(1));
    } else if (TEAM.test(w.replace(/^@/, ""))) {
      return { reason: `${quote(w)} is a team; roles are held by people: name them as @login or me` };
    } else {
      return { reason: `${quote(w)} is not a person: name people as @login or me` };
    }
  }
  return { users };
}

// src/core/commands/handlers.ts
var MAX_TITLE = 256;
var invalid = (name, reason) => ({ kind: "invalid", name, reason });
var firstWord = (args) => {
  const m = /^(\S+)\s*(.*)$/s.exec(args.trim());
  return m ? [m[1], m[2]] : ["", ""];
};
var withText = (body, text) => text === "" ? body : { ...body, text };
function levels(config) {
  const ids = config.severities.map((s) => s.id);
  return `${ids.slice(0, -1).join(", ")}${ids.length > 1 ? " or " : ""}${ids.at(-1)} (or 1-${ids.length})`;
}
function roleCommand(typed, role, words) {
  const usage = typed === "role" ? `/role ${role.id} <@user|me>\u2026` : `/${typed} <@user|me>\u2026`;
  const name = typed === "role" ? "role" : role.id;
  const parsed = parseUsers(words);
  if ("reason" in parsed) return invalid(name, `${parsed.reason} (usage: ${usage})`);
  if (parsed.users.length === 0) return invalid(name, `name at least one person: ${usage}`);
  if (!role.multiple && parsed.users.length > 1) {
    return invalid(name, `${role.id} is held by one person at a time: ${usage.replace("\u2026", "")}`);
  }
  return { kind: "role", role: role.id, users: parsed.users };
}
var unknownRole = (word, config, usage) => `unknown role ${quote(word)}; the roles are ${config.roles.map((r) => r.id).join(", ")} (usage: ${usage})`;
var textCommand = (kind) => (args) => {
  const text = args.trim();
  return text === "" ? invalid(kind, `usage: /${kind} <text>`) : { kind, text };
};
var HANDLERS = {
  declare(args, config) {
    const usage = "usage: /declare [--drill] [SEVn] <title>";
    const drill = /(^|\s)--drill(?=\s|$)/i.test(args);
    const rest0 = args.replace(/(^|\s)--drill(?=\s|$)/i, " ").trim();
    const [word, rest] = firstWord(rest0);
    const level = word === "" ? void 0 : resolveSeverity(word, config, false);
    if (!level && SEV_N.test(word))
      return invalid("declare", `there is no level ${quote(word)}: use ${levels(config)}; ${usage}`);
    const title = level ? rest : rest0;
    if (title === "") return invalid("declare", `give the incident a title: ${usage}`);
    if ([...title].length > MAX_TITLE)
      return invalid("declare", `the title is longer than ${MAX_TITLE} characters`);
    return {
      kind: "declare",
      title,
      ...level ? { severity: level.id } : {},
      ...drill ? { drill: true } : {}
    };
  },
  sev(args, config) {
    const [word, rest] = firstWord(args);
    if (word === "") return invalid("sev", `usage: /sev <level>, one of ${levels(config)}`);
    const level = resolveSeverity(word, config);
    if (!level) return invalid("sev", `there is no level ${quote(word)}: use /sev with ${levels(config)}`);
    return withText({ kind: "sev", severity: level.id }, rest);
  },
  role(args, config) {
    const [word, ...users] = args.trim().split(/[\s,]+/);
    const usage = "/role <role> <@user|me>\u2026";
    if (!word) return invalid("role", `usage: ${usage}`);
    const role = resolveRole(word, config);
    return role ? roleCommand("role", role, users) : invalid("role", unknownRole(word, config, usage));
  },
  unrole(args, config) {
    const [word, ...rest] = args.trim().split(/[\s,]+/);
    const usage = "/unrole <role> [@user|me]";
    if (!word) return invalid("unrole", `usage: ${usage}`);
    const role = resolveRole(word, config);
    if (!role) return invalid("unrole", unknownRole(word, config, usage));
    const parsed = parseUsers(rest);
    if ("reason" in parsed) return invalid("unrole", `${parsed.reason} (usage: ${usage})`);
    if (parsed.users.length > 1) return invalid("unrole", `name one person at a time: ${usage}`);
    const [user] = parsed.users;
    return user ? { kind: "unrole", role: role.id, user } : { kind: "unrole", role: role.id };
  },
  status(args, config) {
    const [word, rest] = firstWord(args);
    const prefix = config.labels.statusPrefix.toLowerCase();
    const lower = word.toLowerCase();
    const status = lower.startsWith(prefix) ? lower.slice(prefix.length) : lower;
    const usage = "use /status investigating, /status identified or /status mitigated";
    if (status === "resolved")
      return invalid("status", "resolved is not a status: close the incident with /resolve [summary]");
    if (!LABELLED_STATUSES.includes(status)) {
      return invalid("status", word === "" ? usage : `unknown status ${quote(word)}: ${usage}`);
    }
    return withText({ kind: "status", status }, rest);
  },
  update: textCommand("update"),
  impact: textCommand("impact"),
  note: textCommand("note"),
  followup: textCommand("followup"),
  done(args, config) {
    const [word, rest] = firstWord(args);
    const steps = [...new Set(config.severities.flatMap((s) => s.flow.map((f) => f.id)))];
    const step = steps.find((id) => id.toLowerCase() === word.toLowerCase());
    if (!step) {
      const known = `the steps are ${steps.join(", ")}`;
      return invalid(
        "done",
        word === "" ? `usage: /done <step>; ${known}` : `unknown step ${quote(word)}; ${known}`
      );
    }
    return withText({ kind: "done", step }, rest);
  },
  started(args, config, now) {
    const result = parseStartedTime(args, now, config.timeZone);
    return "at" in result ? { kind: "started", at: result.at } : invalid("started", result.reason);
  },
  resolve(args) {
    const text = args.trim();
    return text === "" ? { kind: "resolve" } : { kind: "resolve", text };
  },
  timeline(args, config, now) {
    const words = args.trim().split(/\s+/);
    const usage = "usage: /timeline <time> <what happened>, e.g. /timeline 09:12 errors started";
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const parsed = parseStartedTime(words.slice(0, n).join(" "), now, config.timeZone);
      if ("at" in parsed) return { kind: "timeline", at: parsed.at, text: words.slice(n).join(" ") };
    }
    const alone = parseStartedTime(args, now, config.timeZone);
    if ("at" in alone || args.trim() === "") return invalid("timeline", usage);
    return invalid("timeline", `cannot read a time at the start of ${quote(args.trim())}; ${usage}`);
  },
  oncall: () => ({ kind: "oncall" }),
  revert(args) {
    const word = args.trim();
    const digits = word.startsWith("#") ? word.slice(1) : word;
    const pull = digits.length > 0 && digits.length <= 9 && /^\d+$/.test(digits) ? Number(digits) : 0;
    return pull > 0 ? { kind: "revert", pull } : invalid("revert", "name one pull request of this repository: /revert #<number>");
  },
  public(args) {
    const text = args.trim();
    return text === "" ? invalid("public", "usage: /public <text for the status page>") : { kind: "public", text };
  },
  "public-title"(args) {
    const text = args.trim();
    if (text === "") return invalid("public-title", "usage: /public-title <title for the status page>");
    if ([...text].length > MAX_TITLE)
      return invalid("public-title", `the title is longer than ${MAX_TITLE} characters`);
    return { kind: "public-title", text };
  },
  component(args, config) {
    const words = args.trim().toLowerCase().split(/[\s,]+/).filter((w) => w !== "");
    const states = COMPONENT_STATES.join(", ");
    const usage = `usage: /component <id>\u2026 <state>; the states are ${states}`;
    const ids = config.components.map((c) => c.id);
    if (ids.length === 0)
      return invalid("component", "no components are configured (`components` in .github/incidents.yml)");
    const state = words.at(-1)?.replace(/_/g, "-");
    if (words.length < 2 || !COMPONENT_STATES.includes(state ?? ""))
      return invalid(
        "component",
        words.length === 0 ? usage : `unknown state ${quote(words.at(-1) ?? "")}; ${usage}`
      );
    const components = [];
    for (const word of words.slice(0, -1)) {
      const id = ids.find((c) => c.toLowerCase() === word);
      if (!id)
        return invalid("component", `unknown component ${quote(word)}; the components are ${ids.join(", ")}`);
      if (!components.includes(id)) components.push(id);
    }
    return { kind: "component", components, state };
  },
  help: () => ({ kind: "help" })
};
var ALIASES = { severity: "sev", "follow-up": "followup" };

// src/core/text/bidi.ts
function isBidiControl(code) {
  return code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297 || code === 8206 || code === 8207 || code === 1564;
}
function withoutBidi(text) {
  let i = 0;
  while (i < text.length && !isBidiControl(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isBidiControl(code)) out += text[i];
  }
  return out;
}

// src/core/text/bounded-output.ts
var ELLIPSIS = "\u2026";
var EXTEND = new RegExp("^(?:\\p{M}|\\u200d|\\ufe0e|\\ufe0f|[\\u{1f3fb}-\\u{1f3ff}])", "u");
var ONLY_SPACE_OR_QUOTE = /^[\s>]+$/u;
function codePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 56320 || c > 57343) n++;
  }
  return n;
}
var Out = class {
  constructor(max) {
    this.max = max;
  }
  max;
  pieces = [];
  splittable = [];
  size = 0;
  get full() {
    return this.size > this.max;
  }
  add(piece, splittable = false) {
    this.pieces.push(piece);
    this.splittable.push(splittable);
    this.size += splittable ? piece.length : codePoints(piece);
  }
  pop() {
    const piece = this.pieces.pop();
    this.splittable.pop();
    this.size -= codePoints(piece);
    return piece;
  }
  finish() {
    const { pieces } = this;
    const truncated = this.size > this.max;
    const budget = this.max - 1;
    let dropped = "";
    while (truncated && pieces.length > 0) {
      if (this.size > budget) {
        const split = this.splittable.at(-1) === true;
        dropped = this.pop();
        if (split && this.size < budget) {
          const keep = budget - this.size;
          this.add(dropped.slice(0, keep), true);
          dropped = dropped.slice(keep);
        }
      } else if (EXTEND.test(dropped) || pieces.at(-1) === "\u200D") {
        const split = this.splittable.at(-1) === true;
        dropped = this.pop();
        if (split && dropped.length > 1) {
          this.add(dropped.slice(0, -1), true);
          dropped = dropped.slice(-1);
        }
      } else break;
    }
    while (pieces.length > 0 && ONLY_SPACE_OR_QUOTE.test(pieces.at(-1))) this.pop();
    if (this.max <= 0) return "";
    return pieces.join("") + (truncated ? ELLIPSIS : "");
  }
};

// src/core/text/markdown-safe.ts
var WORD_JOINER = "\u2060";
var NBSP = "\xA0";
var BACKSLASHED = /* @__PURE__ */ new Set(["\\", "`", "*", "_", "[", "]", "|", "~", "$"]);
var URL_ENCODED = {
  "\\": "%5C",
  "`": "%60",
  "*": "%2A",
  _: "%5F",
  "[": "%5B",
  "]": "%5D",
  "|": "%7C",
  "~": "%7E",
  $: "%24"
};
var LINE_START_ESCAPED = /* @__PURE__ */ new Set(["#", "-", "+", "="]);
var URL_AT = /(?:https?:\/\/|www\.)[^\s<>\p{Cc}]+/iuy;
var ENTITY_AT = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
var ORDERED_AT = /[0-9]{1,9}[.)]/y;
var SPACE = /^\s$/u;
function isSpace2(ch) {
  return ch === "\x85" || SPACE.test(ch);
}
function emitUrl(url, out) {
  for (let i = 0; i < url.length; ) {
    const ch = String.fromCodePoint(url.codePointAt(i));
    const encoded = URL_ENCODED[ch];
    if (encoded !== void 0) out.add(encoded);
    else if (ch === "&" && matchesAt(ENTITY_AT, url, i)) out.add("&amp;");
    else out.add(ch);
    i += ch.length;
  }
}
function matchesAt(re, text, at) {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}
var isAlnum = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isUrlStart = (c) => c === 104 || c === 72 || c === 119 || c === 87;
function emitLine(line, out, keepIndent) {
  let i = 0;
  let indent = 0;
  while (i < line.length && isSpace2(line[i])) {
    indent += line[i] === "	" ? 4 : 1;
    i++;
  }
  if (keepIndent) for (let k = 0; k < indent && !out.full; k++) out.add(NBSP);
  let atStart = true;
  let pendingSpace = false;
  let prevWord = false;
  while (i < line.length && !out.full) {
    const c = line.charCodeAt(i);
    const ch = c < 128 ? line[i] : String.fromCodePoint(line.codePointAt(i));
    if (c < 128 ? c === 32 || c >= 9 && c <= 13 : isSpace2(ch)) {
      pendingSpace = true;
      prevWord = false;
      i += ch.length;
      continue;
    }
    if (c < 32 || c >= 127 && c <= 159 || isBidiControl(c)) {
      i++;
      continue;
    }
    if (pendingSpace) out.add(" ");
    pendingSpace = false;
    const urlText = isUrlStart(c) && !prevWord ? matchesAt(URL_AT, line, i) : void 0;
    const ordered = atStart && c >= 48 && c <= 57 ? matchesAt(ORDERED_AT, line, i) : void 0;
    if (urlText !== void 0) {
      emitUrl(urlText, out);
      i += urlText.length;
      prevWord = isAlnum(urlText.charCodeAt(urlText.length - 1));
    } else if (ordered !== void 0) {
      out.add(ordered.slice(0, -1));
      out.add(`\\${ordered.at(-1)}`);
      i += ordered.length;
      prevWord = false;
    } else if (isAlnum(c)) {
      let end = i + 1;
      while (end < line.length && isAlnum(line.charCodeAt(end))) end++;
      out.add(line.slice(i, end), true);
      i = end;
      prevWord = true;
    } else {
      out.add(escapeChar(ch, line, i, prevWord, atStart));
      i += ch.length;
      prevWord = false;
    }
    atStart = false;
  }
}
function escapeChar(ch, line, i, prevWord, atStart) {
  if (BACKSLASHED.has(ch) || atStart && LINE_START_ESCAPED.has(ch)) return `\\${ch}`;
  if (ch === "<") return "&lt;";
  if (ch === ">") return "&gt;";
  if (ch === "&") return matchesAt(ENTITY_AT, line, i) !== void 0 ? "&amp;" : "&";
  if (ch === "@" && !prevWord && isAlnum(line.charCodeAt(i + 1))) return `@${WORD_JOINER}`;
  return ch;
}
var NOT_PLAIN = new Uint8Array(128);
for (const ch of "\\`*_[]|~$<>&@") NOT_PLAIN[ch.charCodeAt(0)] = 1;
function isPlainInline(text, maxLength) {
  const n = text.length;
  if (n === 0 || n > maxLength) return false;
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57 || first === 35 || first === 45 || first === 43 || first === 61)
    return false;
  if (text.charCodeAt(n - 1) === 32) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c < 32 || c === 127 || NOT_PLAIN[c] === 1 || c === 32 && (prev === 32 || i === 0)) return false;
    } else if (c <= 160 || c === 5760 || c >= 8192 && c <= 8202) {
      return false;
    } else if (c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279) {
      return false;
    } else if (isBidiControl(c)) {
      return false;
    }
    prev = c;
  }
  return true;
}
function inlineText(text, maxLength) {
  if (isPlainInline(text, maxLength)) return text;
  const out = new Out(maxLength);
  emitLine(text, out, false);
  return out.finish();
}
function mention(login) {
  const name = inlineText(login.startsWith("@") ? login.slice(1) : login, 200);
  return name === "" ? "" : `@${WORD_JOINER}${name}`;
}

// src/core/commands/types.ts
var COMMAND_HELP = [
  {
    usage: "/declare [--drill] [SEVn] <title>",
    summary: "Open a new incident (at the default level when none is given); `--drill` for practice."
  },
  { usage: "/sev <level>", summary: "Set the severity: `/sev 1`, `/sev SEV1` (1 is the most severe)." },
  {
    usage: "/role <role> <@user|me>\u2026",
    summary: "Give a role to someone (several people for multi-person roles)."
  },
  { usage: "/<role> <@user|me>\u2026", summary: "Shorthand, e.g. `/commander me`, `/responder @a @b`." },
  {
    usage: "/unrole <role> [@user|me]",
    summary: "Take a role back (from everyone holding it when nobody is named)."
  },
  { usage: "/status <investigating|identified|mitigated>", summary: "Move the incident to a new status." },
  { usage: "/update <text>", summary: "Post a status update; the next one is due a cadence later." },
  { usage: "/impact <text>", summary: "Say who or what is affected." },
  { usage: "/note <text>", summary: "Add a note to the timeline." },
  { usage: "/followup <text>", summary: "Record a follow-up action for the postmortem." },
  { usage: "/done <step>", summary: "Tick a step of the response checklist." },
  {
    usage: "/started <time>",
    summary: "When impact began: `2024-05-01 14:05`, `14:05`, `30m ago` or ISO 8601."
  },
  {
    usage: "/timeline <time> <text>",
    summary: "Add a back-dated entry: `/timeline 09:12 errors started`, `/timeline 40m ago deploy 4512`."
  },
  { usage: "/oncall", summary: "Who is on call now, and who is next." },
  {
    usage: "/public <text>",
    summary: "Post an update to the public status page (nothing else leaves the repository)."
  },
  { usage: "/public-title <text>", summary: "The incident's title on the public status page." },
  {
    usage: "/component <id>\u2026 <state>",
    summary: "Set components' state on the status page: operational, degraded, partial-outage or major-outage."
  },
  {
    usage: "/revert #<pr>",
    summary: "Open the pull request that reverts a merged pull request (GitHub's own revert)."
  },
  { usage: "/resolve [summary]", summary: "Resolve the incident and close the issue." },
  { usage: "/help", summary: "Show this help." }
];

// src/core/commands/help.ts
function helpMarkdown(config) {
  const cell = (s) => s.replaceAll("|", "\\|");
  const rows = COMMAND_HELP.map((c) => `| \`${cell(c.usage)}\` | ${cell(c.summary)} |`);
  const sevs = config.severities.map(
    (s) => `\`${s.id}\` (${s.rank}${s.label === s.id ? "" : `, label ${inlineText(s.label, 50)}`})`
  );
  const roles = config.roles.map((r) => `\`${r.id}\`${r.multiple ? " (several people)" : ""}`);
  return [
    "**Incident commands**: one per line, each at the start of its line.",
    "",
    "| Command | What it does |",
    "| --- | --- |",
    ...rows,
    "",
    `**Levels:** ${sevs.join(", ")}. **Roles:** ${roles.join(", ")}.`,
    `Times without a zone are read as ${inlineText(config.timeZone, 60)}.`
  ].join("\n");
}

// src/core/commands/parse.ts
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(next[j - 1] + 1, row[j] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}
function unknown(name, config) {
  const names = [...Object.keys(HANDLERS), ...config.roles.map((r) => r.id.toLowerCase())];
  let best;
  let bestDistance = name.length < 4 ? 1 : 2;
  for (const candidate of names) {
    const d = distance(name, candidate);
    if (d <= bestDistance && (best === void 0 || d < bestDistance)) [best, bestDistance] = [candidate, d];
  }
  return best === void 0 ? { kind: "unknown", name } : { kind: "unknown", name, suggestion: best };
}
function parseCommand(rawName, args, config, now) {
  const name = rawName.toLowerCase();
  const canonical = ALIASES[name] ?? name;
  const handler = Object.hasOwn(HANDLERS, canonical) ? HANDLERS[canonical] : void 0;
  if (handler) return handler(args, config, now);
  const sev = SEV_N.exec(name);
  if (sev) return HANDLERS.sev(`${sev[1]} ${args}`, config, now);
  const role = resolveRole(name, config);
  if (role) return roleCommand(name, role, args.trim().split(/[\s,]+/));
  return unknown(name, config);
}
function commandOf(found, config, now) {
  const source = { line: found.line, raw: found.raw };
  if (found.args.length > MAX_ARGUMENT_LENGTH) {
    const reason = `the text after /${found.name} is ${found.args.length} characters long; at most ${MAX_ARGUMENT_LENGTH} are read`;
    return { kind: "invalid", name: found.name.toLowerCase(), reason, ...source };
  }
  return { ...parseCommand(found.name, found.args, config, now), ...source };
}
function parseCommands(body, config, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const found = commandLines(body, MAX_COMMAND_LINES + 1);
  const commands = found.slice(0, MAX_COMMAND_LINES).map((line) => commandOf(line, config, now));
  const extra = found[MAX_COMMAND_LINES];
  if (extra !== void 0) {
    const reason = `a comment may hold at most ${MAX_COMMAND_LINES} commands; this line and those after it were not run`;
    commands.push({
      kind: "invalid",
      name: extra.name.toLowerCase(),
      reason,
      line: extra.line,
      raw: extra.raw
    });
  }
  return commands;
}

// src/core/time.ts
var formatters2 = /* @__PURE__ */ new Map();
function formatter2(timeZone) {
  let f = formatters2.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
      timeZoneName: "short"
    });
    formatters2.set(timeZone, f);
  }
  return f;
}
var CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
function formatTime(iso, timeZone) {
  if (timeZone === "UTC" && CANONICAL_UTC.test(iso)) return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (timeZone === "UTC") return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const parts = formatter2(timeZone).formatToParts(date);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
  const hour = get("hour") === "24" ? "00" : get("hour");
  return `${get("year")}-${get("month")}-${get("day")} ${hour}:${get("minute")} ${get("timeZoneName")}`;
}

// src/core/oncall/rotation.ts
var DAY = 864e5;
var WEEK = 7 * DAY;
var wallDate = (date) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
function instant(text, zone) {
  const [date = "", time2 = "00:00"] = text.replace("T", " ").split(" ");
  const [h = 0, m = 0] = time2.split(":").map(Number);
  return fromWall(wallDate(date) + (h * 60 + m) * 6e4, zone);
}
function firstHandoff(r) {
  const start = wallDate(r.start);
  const weekday = new Date(start).getUTCDay();
  return start + ((r.handoffDay - weekday + 7) % 7 * DAY + r.handoffMinute * 6e4);
}
function weeklyShift(r, at) {
  const wall0 = firstHandoff(r);
  const handoff = (k2) => fromWall(wall0 + k2 * WEEK, r.timeZone);
  let k = Math.floor((at + zoneOffset(r.timeZone, at) - wall0) / WEEK);
  while (handoff(k + 1) <= at) k++;
  while (handoff(k) > at) k--;
  const n = r.people.length;
  return { person: r.people[(k % n + n) % n], from: handoff(k), until: handoff(k + 1), override: false };
}
function shiftAt(r, at) {
  const weekly = weeklyShift(r, at);
  const ranges = r.overrides.map((o) => ({
    ...o,
    start: instant(o.from, r.timeZone),
    end: instant(o.to, r.timeZone)
  }));
  const covering = ranges.filter((o) => o.start <= at && at < o.end).at(-1);
  if (covering !== void 0) {
    return { person: covering.person, from: covering.start, until: covering.end, override: true };
  }
  const nextOverride = Math.min(...ranges.filter((o) => o.start > at).map((o) => o.start), weekly.until);
  return { ...weekly, until: nextOverride };
}
function onCall(r, at) {
  const now = shiftAt(r, at);
  let next = shiftAt(r, now.until);
  for (let i = 0; i < 4 && next.person.toLowerCase() === now.person.toLowerCase(); i++)
    next = shiftAt(r, next.until);
  return { now, next };
}

// src/core/oncall/describe.ts
function oncallAnswer(config, at) {
  if (config.oncall.length === 0) {
    return "No on-call rotation is configured (`oncall` in `.github/incidents.yml`).";
  }
  const when = Date.parse(at);
  const lines = config.oncall.map((r) => {
    const role = config.roles.find((x) => x.id === r.role)?.name ?? r.role;
    const { now, next } = onCall(r, when);
    const until = formatTime(new Date(now.until).toISOString(), r.timeZone);
    return `| ${role} | ${mention(now.person)}${now.override ? " (override)" : ""} | ${until} | ${mention(next.person)} |`;
  });
  return [
    `**On call** at ${formatTime(at, config.timeZone)}:`,
    "",
    "| Role | Now | Until | Next |",
    "| --- | --- | --- | --- |",
    ...lines
  ].join("\n");
}

// src/core/state/answer.ts
var quoted = (raw) => `**${inlineText(raw, 120)}**`;
function commandAnswerLine(config, command, at) {
  switch (command.kind) {
    case "oncall":
      return oncallAnswer(config, at);
    case "declare":
      return `${quoted(command.raw)}: this issue is already an incident.`;
    case "help":
      return helpMarkdown(config);
    case "unknown":
      return `${quoted(command.raw)}: unknown command.

${helpMarkdown(config)}`;
    case "invalid":
      return `${quoted(command.raw)}: ${inlineText(command.reason, 300)}`;
    default:
      return null;
  }
}
var refusalLine = (raw, reason) => `${quoted(raw)} was not run: ${reason}.`;

// src/core/state/apply-command.ts
function said(event, text) {
  return { text, by: event.actor.login, at: event.at, commentId: event.id, url: event.url };
}
var TEXT_LABEL = {
  update: "Update",
  impact: "Impact",
  note: "Note",
  followup: "Follow-up"
};
function applyText(acc, event, kind, text) {
  const s = acc.state;
  const item = said(event, text);
  if (kind === "impact") s.impact = item;
  else if (kind === "update") s.updates.push(item);
  else if (kind === "note") s.notes.push(item);
  else s.followups.push(item);
  s.timeline.push({
    at: event.at,
    by: event.actor.login,
    kind,
    text: `${TEXT_LABEL[kind]}: ${text}`,
    url: event.url
  });
}
function applyCommand(acc, event, command) {
  const s = acc.state;
  const by = event.actor.login;
  switch (command.kind) {
    case "update":
    case "impact":
    case "note":
    case "followup":
      applyText(acc, event, command.kind, command.text);
      return;
  }
  const source = { by, at: event.at, url: event.url };
  const resolveUser = (u) => "me" in u ? by : u.login;
  switch (command.kind) {
    case "resolve":
      s.resolution = said(event, command.text ?? "");
      if (s.open) s.resolveRequested = true;
      return;
    case "done":
      s.doneSteps.set(command.step.toLowerCase(), { by, at: event.at });
      s.timeline.push({ at: event.at, by, kind: "done", text: `Done: ${command.step}`, url: event.url });
      return;
    case "public":
      s.publicUpdates.push(said(event, command.text));
      s.timeline.push({ ...source, kind: "public", text: `Public update: ${command.text}`, url: event.url });
      return;
    case "public-title":
      s.publicTitle = command.text;
      s.timeline.push({ ...source, kind: "public", text: `Public title: ${command.text}`, url: event.url });
      return;
    case "component":
      for (const id of command.components) s.components.set(id, { state: command.state, at: event.at, by });
      s.timeline.push({
        ...source,
        kind: "component",
        text: `${command.components.join(", ")}: ${command.state}`,
        url: event.url
      });
      return;
    case "revert":
      s.revertRequests.push({ pull: command.pull, commentId: event.id, by, at: event.at, url: event.url });
      return;
    case "timeline":
      s.timeline.push({ at: command.at, by, kind: "timeline", text: command.text, url: event.url });
      return;
    case "started":
      s.startedAt = command.at;
      s.timeline.push({
        ...source,
        kind: "started",
        text: `Started at set to ${command.at}`,
        url: event.url
      });
      return;
    case "sev": {
      const level = acc.config.severities.find((l) => l.id === command.severity);
      if (level) decideSeverity(acc, level, source);
      return;
    }
    case "status":
      decideStatus(acc, command.status, source);
      return;
    case "role": {
      const role = acc.config.roles.find((r) => r.id === command.role);
      if (!role) return;
      for (const user of command.users) {
        const login = resolveUser(user);
        grantRole(acc, role, login, source, `@${login} is ${role.name}`);
      }
      return;
    }
    case "unrole": {
      const role = acc.config.roles.find((r) => r.id === command.role);
      if (role) freeRole(acc, role, command.user && resolveUser(command.user), source);
      return;
    }
    default:
      return;
  }
}

// src/core/state/fold-comments.ts
function commandsOf(cache, event, config) {
  let commands = cache?.get(event);
  if (commands === void 0) {
    commands = parseCommands(event.body, config, { now: new Date(event.at) });
    cache?.set(event, commands);
  }
  return commands;
}
var parsedCommands = (acc, event) => commandsOf(acc.commands, event, acc.config);
var NO_ROLES = [];
function rolesBefore(acc, commands) {
  if (acc.config.commands.sevRoles.length === 0 || !commands.some((c) => c.kind === "sev")) return NO_ROLES;
  return acc.config.roles.map((role) => ({
    role,
    holders: [...acc.holders.get(role.id) ?? []],
    required: false
  }));
}
function foldCommands(acc, event) {
  if (!COMMAND_LINE.test(event.body)) return;
  const author = { login: event.actor.login, association: event.association };
  const may = mayRunCommands(author, acc.config);
  if (!may.ok) {
    refuseUnparsed(acc, event, may.reason);
    return;
  }
  const commands = parsedCommands(acc, event);
  if (commands.length === 0) return;
  const lines = [];
  let accepted = 0;
  const roles = rolesBefore(acc, commands);
  const permitted = {
    ...author,
    permission: permissionOf(event.actor.login, event.association, acc.permissions)
  };
  const ran = [];
  for (const command of commands) {
    const ok = authorize(command, permitted, acc.config, roles);
    const line = ok.ok ? commandAnswerLine(acc.config, command, event.at) : refusalLine(command.raw, ok.reason);
    if (line === null) {
      accepted++;
      ran.push(command.kind);
      applyCommand(acc, event, command);
    } else lines.push(line);
  }
  answer(acc, event, lines, accepted, ran);
}
function answer(acc, event, lines, accepted, ran = []) {
  if (!acc.state.isIncident) return;
  acc.state.answers.push({
    commentId: event.id,
    author: event.actor.login,
    at: event.at,
    lines,
    accepted,
    ran,
    plusOnes: event.plusOnes ?? 0
  });
}
function refuseUnparsed(acc, event, reason) {
  const found = commandLines(event.body, MAX_COMMAND_LINES);
  if (found.length === 0) return;
  answer(
    acc,
    event,
    found.map((line) => refusalLine(line.raw, reason)),
    0
  );
}
var BODY_COMMANDS = /* @__PURE__ */ new Set(["public", "public-title", "component"]);
function foldBodyCommands(acc) {
  const { issue } = acc;
  if (!COMMAND_LINE.test(issue.body) || issue.author.isBot) return;
  const event = {
    kind: "commented",
    id: 0,
    at: issue.createdAt,
    actor: issue.author,
    body: issue.body,
    association: issue.authorAssociation ?? "NONE",
    url: issue.url
  };
  const author = {
    login: issue.author.login,
    association: event.association,
    permission: permissionOf(issue.author.login, event.association, acc.permissions)
  };
  if (!mayRunCommands(author, acc.config).ok) return;
  for (const command of parseCommands(issue.body, acc.config, { now: new Date(issue.createdAt) })) {
    if (BODY_COMMANDS.has(command.kind) && authorize(command, author, acc.config, []).ok)
      applyCommand(acc, event, command);
  }
}

// src/core/state/label-kind.ts
var same3 = (a, b) => a.toLowerCase() === b.toLowerCase();
var INCIDENT = { kind: "incident" };
var DRILL = { kind: "drill" };
var NOT_AN_INCIDENT = { kind: "not-an-incident" };
var OTHER = { kind: "other" };
function labelKinds(config) {
  const table = /* @__PURE__ */ new Map();
  const add = (label, kind) => {
    const key = label.toLowerCase();
    if (!table.has(key)) table.set(key, kind);
  };
  add(config.labels.incident, INCIDENT);
  add(config.labels.drill, DRILL);
  add(config.labels.notAnIncident, NOT_AN_INCIDENT);
  for (const level of config.severities) add(level.label, { kind: "severity", level });
  for (const status of LABELLED_STATUSES) add(statusLabel(config, status), { kind: "status", status });
  for (const role of config.roles) add(role.label, { kind: "role", role });
  return (name) => table.get(name.toLowerCase()) ?? OTHER;
}
var statusLabel = (config, status) => `${config.labels.statusPrefix}${status}`;
var hasLabel = (labels, name) => labels.some((l) => same3(l, name));

// src/core/state/fold-labels.ts
function withLabel(list, label, present) {
  const others = list.filter((l) => l.toLowerCase() !== label.toLowerCase());
  return present ? [...others, label] : others;
}
function isDecision(acc, event) {
  if (!acc.isSelf(event.actor)) return mayDecide(acc, event.actor);
  return acc.isSelf(acc.issue.author) && event.at <= acc.issue.createdAt;
}
function foldActual(acc, event, kind) {
  const s = acc.state;
  const present = event.kind === "labeled";
  s.labels = withLabel(s.labels, event.label, present);
  if (kind.kind === "severity") {
    s.severityLabels = withLabel(s.severityLabels, kind.level.label, present);
    acc.severityOrder = acc.severityOrder.filter((l) => l.id !== kind.level.id);
    if (present) acc.severityOrder.push(kind.level);
  } else if (kind.kind === "status") {
    s.statusLabels = withLabel(s.statusLabels, statusLabel(acc.config, kind.status), present);
  } else if (kind.kind === "incident") {
    if (!present) s.isIncident = false;
  } else if (kind.kind === "drill") {
    s.isDrill = present;
  }
}
function foldDeclaration(acc, event, by) {
  const s = acc.state;
  if (event.kind !== "labeled" || s.timeline.some((e) => e.kind === "declared")) return;
  s.declaredAt = event.at;
  s.declaredBy = by;
  if (event.at < s.startedAt) s.startedAt = event.at;
  s.timeline.push({ at: event.at, by, kind: "declared", text: "Declared an incident" });
  if (s.severity === null) acc.severityPendingSince = event.at;
}
function foldLabel(acc, event) {
  const wasIncident = acc.state.isIncident;
  acc.labelKind ??= labelKinds(acc.config);
  const kind = acc.labelKind(event.label);
  foldActual(acc, event, kind);
  const decision = isDecision(acc, event);
  const own = acc.isSelf(event.actor);
  const by = !own ? event.actor.login : decision ? acc.declarer : acc.issue.author.login;
  if (kind.kind === "incident") {
    if (event.kind === "labeled" && (own || decision)) {
      acc.state.isIncident = true;
      if (!wasIncident) foldDeclaration(acc, event, by);
    }
    return;
  }
  if (!decision) return;
  const source = { by, at: event.at };
  const labeled = event.kind === "labeled";
  switch (kind.kind) {
    case "severity":
      if (labeled) decideSeverity(acc, kind.level, source);
      else dropSeverity(acc, kind.level, source);
      return;
    case "status":
      if (labeled) decideStatus(acc, kind.status, source);
      else if (acc.state.status === kind.status) decideStatus(acc, "investigating", source);
      return;
    case "role":
      if (labeled) grantRole(acc, kind.role, by, source, `@${by} took the ${kind.role.name} role`);
      else freeRole(acc, kind.role, void 0, source);
      return;
    default:
      return;
  }
}

// src/core/state/history-order.ts
function withCreationLabels(issue, events) {
  if (issue.labels.length === 0) return events;
  const seen = /* @__PURE__ */ new Set();
  for (const e of events) if (e.kind === "labeled") seen.add(e.label.toLowerCase());
  const missing = issue.labels.filter((l) => !seen.has(l.toLowerCase()));
  if (missing.length === 0) return events;
  const synthetic = missing.map((label) => ({
    kind: "labeled",
    id: 0,
    at: issue.createdAt,
    actor: issue.author,
    label
  }));
  return [...synthetic, ...events];
}
function inTimeOrder(events) {
  let sorted = true;
  for (let i = 1; i < events.length && sorted; i++) sorted = events[i - 1].at <= events[i].at;
  if (sorted) return events;
  return events.map((event, index) => ({ event, index })).sort((a, b) => a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.index - b.index).map((x) => x.event);
}

// src/core/state/initial-state.ts
function initialState(issue, declarer) {
  return {
    number: issue.number,
    title: issue.title,
    url: issue.url,
    author: issue.author.login,
    isIncident: false,
    isDrill: false,
    open: true,
    closeReason: null,
    labels: [],
    assignees: [],
    severity: null,
    severityLabels: [],
    severityChanges: [],
    severityConfirmed: false,
    status: "investigating",
    statusLabels: [],
    declaredAt: issue.createdAt,
    declaredBy: declarer,
    startedAt: issue.createdAt,
    identifiedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    roles: [],
    impact: null,
    updates: [],
    notes: [],
    followups: [],
    resolution: null,
    doneSteps: /* @__PURE__ */ new Map(),
    timeline: [],
    references: [],
    commits: [],
    board: null,
    recentChanges: null,
    revertRequests: [],
    reverts: /* @__PURE__ */ new Map(),
    extraBoards: [],
    repliedTo: /* @__PURE__ */ new Set(),
    declaredFrom: /* @__PURE__ */ new Map(),
    answers: [],
    resolveRequested: false,
    unassignedByPeople: /* @__PURE__ */ new Map(),
    assignedBySelf: /* @__PURE__ */ new Set(),
    closedAt: null,
    closedByDecider: true,
    postmortemFailed: false,
    oncallPaged: /* @__PURE__ */ new Set(),
    reminded: /* @__PURE__ */ new Set(),
    roleEmptySince: /* @__PURE__ */ new Map(),
    now: issue.createdAt,
    acknowledgedAt: null,
    publicUpdates: [],
    publicTitle: null,
    actionItemPulls: [],
    actionItems: null,
    deploys: [],
    components: /* @__PURE__ */ new Map(),
    notified: /* @__PURE__ */ new Set(),
    postmortem: null,
    configErrorComment: null,
    lastEventAt: issue.createdAt,
    alerts: null
  };
}

// src/core/state/derive.ts
var NO_PERMISSIONS = /* @__PURE__ */ new Map();
function foldAssignment(acc, event) {
  const s = acc.state;
  const login = event.assignee.toLowerCase();
  s.assignees = s.assignees.filter((a) => a.toLowerCase() !== login);
  if (event.kind === "assigned") s.assignees.push(event.assignee);
  if (event.kind === "assigned" && acc.isSelf(event.actor)) s.assignedBySelf.add(login);
  else s.assignedBySelf.delete(login);
  if (event.kind === "unassigned" && !acc.isSelf(event.actor)) s.unassignedByPeople.set(login, event.at);
}
function foldClose(acc, event) {
  const s = acc.state;
  const by = event.actor.login;
  if (event.kind === "reopened") {
    s.open = true;
    s.closeReason = null;
    s.resolvedAt = null;
    s.closedAt = null;
    s.resolveRequested = false;
    s.closedByDecider = true;
    s.timeline.push({ at: event.at, by, kind: "reopened", text: "Reopened" });
    return;
  }
  s.open = false;
  s.closeReason = event.reason;
  s.closedAt = event.at;
  s.resolveRequested = false;
  s.postmortemFailed = false;
  s.closedByDecider = mayDecide(acc, event.actor);
  if (event.reason === "completed" && s.closedByDecider) s.resolvedAt = event.at;
  const text = event.reason === "not_planned" ? "Closed as not planned: not an incident" : s.closedByDecider ? "Closed: resolved" : "Closed by its author, who may not resolve incidents: no postmortem";
  s.timeline.push({ at: event.at, by, kind: "closed", text });
}
function foldEvent(acc, event) {
  const s = acc.state;
  if (event.at > s.lastEventAt) s.lastEventAt = event.at;
  if (!acc.isSelf(event.actor) && settlesSeverity(acc, event.at)) settleSeverity(acc);
  switch (event.kind) {
    case "labeled":
    case "unlabeled":
      foldLabel(acc, event);
      return;
    case "commented":
      if (acc.isSelf(event.actor)) foldBotComment(acc, event);
      else if (!event.actor.isBot) foldCommands(acc, event);
      return;
    case "assigned":
    case "unassigned":
      foldAssignment(acc, event);
      return;
    case "closed":
    case "reopened":
      foldClose(acc, event);
      return;
    case "renamed":
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "renamed",
        text: `Renamed to "${event.to}"`
      });
      return;
    case "cross-referenced": {
      const from = readDeclaredFrom(event.source.body ?? "");
      if (from !== null && !event.source.isPullRequest && acc.isSelf(event.actor))
        s.declaredFrom.set(from, { number: event.source.number, url: event.source.url });
      const { body: _, ...source } = event.source;
      s.references.push({ ...source, at: event.at });
      const what = event.source.isPullRequest ? "pull request" : "issue";
      if (event.source.hidden) {
        s.timeline.push({
          at: event.at,
          by: event.actor.login,
          kind: "reference",
          text: `Referenced by ${what === "issue" ? "an issue" : "a pull request"} in a private repository`
        });
        return;
      }
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "reference",
        text: `Referenced by ${what} ${event.source.repository}#${event.source.number}: ${event.source.title}`,
        url: event.source.url
      });
      return;
    }
    case "referenced":
      s.commits.push({ sha: event.commitId, url: event.commitUrl, at: event.at, by: event.actor.login });
      return;
  }
}
function finish(acc, options) {
  const s = acc.state;
  settleSeverity(acc);
  s.now = options.now.toISOString();
  const required = new Set(s.severity?.requiredRoles ?? []);
  s.roles = acc.config.roles.map((role) => ({
    role,
    holders: acc.holders.get(role.id) ?? [],
    required: required.has(role.id)
  }));
  const levelSince = s.severityChanges.at(-1)?.at ?? s.declaredAt;
  for (const r of s.roles) {
    if (!r.required || r.holders.length > 0) continue;
    const since = [s.declaredAt, acc.roleFreedAt.get(r.role.id) ?? s.declaredAt, levelSince].sort().at(-1);
    s.roleEmptySince.set(r.role.id, since);
  }
  s.timeline.sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
  if (options.formStartedAt !== void 0 && !s.timeline.some((e) => e.kind === "started")) {
    s.startedAt = options.formStartedAt;
  }
  if (!s.open && s.closeReason === "completed" && s.closedByDecider) s.status = "resolved";
  return s;
}
function deriveState(issue, events, config, options) {
  const isSelf = selfMatcher(options.self);
  const declarer = (isSelf(issue.author) ? readDeclaredBy(issue.body) : null) ?? issue.author.login;
  const permissions = options.permissions ?? NO_PERMISSIONS;
  const formTrusted = authorMayDecide({ config, issue, isSelf, permissions });
  const formSeverity = formTrusted ? options.formSeverity : void 0;
  const wanted = formSeverity ?? config.defaultSeverity;
  const acc = {
    config,
    issue,
    state: initialState(issue, declarer),
    isSelf,
    declarer,
    holders: /* @__PURE__ */ new Map(),
    severityOrder: [],
    removedSeverity: null,
    severityPendingSince: null,
    implicitSeverity: config.severities.find((s) => s.id === wanted) ?? config.severities.find((s) => s.id === config.defaultSeverity) ?? null,
    formSeverity: formSeverity !== void 0,
    roleFreedAt: /* @__PURE__ */ new Map(),
    now: options.now,
    commands: options.commands,
    labelKind: void 0,
    permissions
  };
  if (isSelf(issue.author) && readDedupMarker(issue.body) !== null)
    acc.state.alerts = { status: "firing", since: issue.createdAt, notifications: 1, repeats: 0 };
  foldBodyCommands(acc);
  for (const event of inTimeOrder(withCreationLabels(issue, events))) foldEvent(acc, event);
  return finish(acc, formTrusted ? options : { ...options, formStartedAt: void 0 });
}

// src/core/status-page/escape.ts
var NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function cleanText(text) {
  return withoutBidi(text.replace(/\r\n?/g, "\n").replace(NOT_XML, ""));
}
function escapeMarkup(text) {
  return cleanText(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
function utcText(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const s = date.toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, 16)} UTC`;
}
function isoSeconds(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 19)}Z`;
}
function stableKey(text) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = hash * 0x100000001b3n & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

// src/core/status-page/render-atom.ts
function siteBase(url) {
  const parsed = new URL(url);
  if (!parsed.pathname.endsWith("/") && !/\.html?$/i.test(parsed.pathname)) parsed.pathname += "/";
  return parsed.toString();
}
function incidentEntries(view, incident2) {
  const entries = incident2.updates.map((u) => ({
    id: `${view.feedId}:${incident2.id}:update:${u.id}`,
    title: incident2.title,
    published: u.at,
    updated: u.at,
    text: u.text,
    anchor: `${incident2.id}-${u.id}`
  }));
  if (incident2.resolvedAt !== null) {
    entries.push({
      id: `${view.feedId}:${incident2.id}:resolved:${isoSeconds(incident2.resolvedAt)}`,
      title: `Resolved: ${incident2.title}`,
      published: incident2.resolvedAt,
      updated: incident2.resolvedAt,
      text: "This incident has been resolved.",
      anchor: incident2.id
    });
  }
  return entries;
}
function maintenanceEntry(view, m) {
  const when = `From ${utcText(m.startsAt)} to ${utcText(m.endsAt)}.`;
  return {
    id: `${view.feedId}:${m.id}`,
    title: m.title,
    published: m.announcedAt,
    updated: m.announcedAt,
    text: m.text === "" ? when : `${m.text}

${when}`,
    anchor: m.id
  };
}
function link2(rel, type, href) {
  return `<link rel="${rel}" type="${type}" href="${escapeMarkup(href)}"/>`;
}
function renderAtom(view) {
  const entries = [
    ...[...view.incidents, ...view.history].flatMap((i) => incidentEntries(view, i)),
    ...view.maintenance.map((m) => maintenanceEntry(view, m))
  ].sort((a, b) => a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id.localeCompare(b.id));
  const updated = entries[0]?.updated ?? view.generatedAt;
  const base = view.url === null ? null : siteBase(view.url);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeMarkup(view.feedId)}</id>`,
    `  <title>${escapeMarkup(view.title)}</title>`,
    `  <updated>${isoSeconds(updated)}</updated>`,
    `  <author><name>${escapeMarkup(view.title)}</name></author>`,
    ...base === null ? [] : [
      `  ${link2("alternate", "text/html", view.url)}`,
      `  ${link2("self", "application/atom+xml", new URL("feed.atom", base).toString())}`
    ],
    "  <generator>Incident Workflow</generator>"
  ];
  for (const entry of entries) {
    lines.push(
      "  <entry>",
      `    <id>${escapeMarkup(entry.id)}</id>`,
      `    <title>${escapeMarkup(entry.title)}</title>`,
      `    <published>${isoSeconds(entry.published)}</published>`,
      `    <updated>${isoSeconds(entry.updated)}</updated>`,
      ...base === null ? [] : [`    ${link2("alternate", "text/html", `${base}#${entry.anchor}`)}`],
      `    <content type="text">${escapeMarkup(entry.text)}</content>`,
      "  </entry>"
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

// src/core/status-page/assets.ts
var TIME_SCRIPT = `(() => {
  let format;
  try {
    format = new Intl.DateTimeFormat(undefined, {
      year: "numeric", month: "short", day: "numeric",
      hour: "numeric", minute: "2-digit", timeZoneName: "short"
    });
  } catch {
    return;
  }
  for (const time of document.querySelectorAll("time[datetime]")) {
    const date = new Date(time.getAttribute("datetime"));
    if (!Number.isNaN(date.getTime())) time.textContent = format.format(date);
  }
})();`;
var TIME_SCRIPT_SHA256 = "LFAKFvV/WT/XI9w76OHkgm6ddT8Bjx6EtMGXh5oQwyo=";
var STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --link: #0969da; --ok: #1a7f37; --maint: #0969da; --warn: #9a6700; --bad: #bc4c00; --down: #cf222e; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --link: #58a6ff; --ok: #3fb950; --maint: #58a6ff; --warn: #d29922; --bad: #f0883e; --down: #ff7b72; }
}
html { background: var(--bg); color: var(--fg); }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem; }
a { color: var(--link); }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #8884; }
h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
.overall { font-size: 1.2rem; font-weight: 600; padding: 0.75rem 1rem; border-radius: 6px; border-left: 6px solid; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #8884; vertical-align: top; }
.description { display: block; font-weight: normal; font-size: 0.9rem; color: var(--muted); }
.state::before { content: "\\25CF"; margin-right: 0.4rem; }
.s-operational { color: var(--ok); } .s-maintenance { color: var(--maint); } .s-degraded { color: var(--warn); }
.s-partial-outage, .s-incident { color: var(--bad); } .s-major-outage { color: var(--down); }
article { border: 1px solid #8884; border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
.meta { margin: 0; font-size: 0.9rem; color: var(--muted); }
ol.updates { list-style: none; padding: 0; margin: 0.5rem 0 0; }
ol.updates li { border-top: 1px solid #8883; padding: 0.5rem 0; }
ol.updates time { font-size: 0.9rem; font-weight: 600; }
.text { white-space: pre-line; overflow-wrap: anywhere; margin: 0.25rem 0 0; }
footer { margin-top: 2rem; font-size: 0.9rem; color: var(--muted); }
`;
var STYLE_SHA256 = "uIXYsWADJ38Xie0a9vIQfv7zjyFzZ1afk0e7VOcAB2k=";
var CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'sha256-${TIME_SCRIPT_SHA256}'`,
  `style-src 'sha256-${STYLE_SHA256}'`,
  "base-uri 'none'",
  "form-action 'none'"
].join("; ");

// src/core/status-page/view-model.ts
var STATE_TEXT = {
  operational: "Operational",
  degraded: "Degraded performance",
  "partial-outage": "Partial outage",
  "major-outage": "Major outage",
  maintenance: "Under maintenance"
};
var OVERALL_TEXT = {
  operational: "All systems operational",
  maintenance: "Maintenance in progress",
  incident: "Incident in progress",
  degraded: "Degraded performance",
  "partial-outage": "Partial outage",
  "major-outage": "Major outage"
};
var OVERALL_RANK = [
  "operational",
  "maintenance",
  "incident",
  "degraded",
  "partial-outage",
  "major-outage"
];
var DAY_MS = 864e5;
var byDesc = (a, b) => a < b ? 1 : a > b ? -1 : 0;
function listNames(names) {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
function publicUpdates(state) {
  const seen = /* @__PURE__ */ new Map();
  const updates = state.publicUpdates.map((u) => {
    const index = seen.get(u.commentId) ?? 0;
    seen.set(u.commentId, index + 1);
    return { id: `${u.commentId}-${index}`, at: u.at, text: u.text };
  });
  return updates.sort((a, b) => byDesc(a.at, b.at));
}
function publicIncident(state, config) {
  if (!state.isIncident || state.isDrill) return null;
  if (!state.open && (state.closeReason === "not_planned" || state.closeReason === "duplicate")) return null;
  const components = config.components.flatMap((c) => {
    const set = state.components.get(c.id);
    return set === void 0 ? [] : [{ id: c.id, name: c.name, state: set.state, at: set.at }];
  });
  const updates = publicUpdates(state);
  if (updates.length === 0 && components.length === 0) return null;
  const facts = [...updates.map((u) => u.at), ...components.map((c) => c.at)].sort();
  const names = components.map((c) => c.name);
  const title = state.publicTitle ?? (names.length > 0 ? `Incident affecting ${listNames(names)}` : "Service incident");
  return {
    id: `incident-${state.number}`,
    title,
    status: state.open ? "ongoing" : "resolved",
    reportedAt: facts[0],
    resolvedAt: state.open ? null : state.resolvedAt ?? state.closedAt ?? state.lastEventAt,
    components: components.map(({ at: _, ...c }) => c),
    updates
  };
}
function maintenanceProblem(m) {
  if (m.startsAt === null || m.endsAt === null)
    return "its start or end time is missing or not an ISO time (2026-12-01T22:00Z)";
  if (m.endsAt <= m.startsAt) return "it ends before it starts";
  return null;
}
function publicMaintenance(m, config, now) {
  if (m.cancelled || maintenanceProblem(m) !== null) return null;
  const startsAt = m.startsAt;
  const endsAt = m.endsAt;
  const components = config.components.filter((c) => m.components.includes(c.id)).map((c) => ({ id: c.id, name: c.name }));
  const names = components.map((c) => c.name);
  return {
    id: `maintenance-${m.number}`,
    title: names.length > 0 ? `Scheduled maintenance of ${listNames(names)}` : "Scheduled maintenance",
    text: m.summary,
    status: now < startsAt ? "scheduled" : now < endsAt ? "in-progress" : "completed",
    startsAt,
    endsAt,
    announcedAt: m.announcedAt,
    components
  };
}
var rank = (state) => COMPONENT_STATES.indexOf(state);
function componentStates(config, open, maintenance2) {
  return config.components.map((c) => {
    const set = open.flatMap((i) => i.components.filter((x) => x.id === c.id).map((x) => x.state));
    const worst = set.sort((a, b) => rank(b) - rank(a))[0];
    const underMaintenance = maintenance2.some(
      (m) => m.status === "in-progress" && m.components.some((x) => x.id === c.id)
    );
    const state = worst !== void 0 && worst !== "operational" ? worst : underMaintenance ? "maintenance" : "operational";
    return { id: c.id, name: c.name, description: c.description, state };
  });
}
function overall(components, open, maintenance2) {
  const holding = components.map((c) => c.state);
  if (open.length > 0) holding.push("incident");
  if (maintenance2.some((m) => m.status === "in-progress")) holding.push("maintenance");
  const state = holding.reduce(
    (worst, s) => OVERALL_RANK.indexOf(s) > OVERALL_RANK.indexOf(worst) ? s : worst,
    "operational"
  );
  return { state, text: OVERALL_TEXT[state] };
}
var MAINTENANCE_ORDER = { "in-progress": 0, scheduled: 1, completed: 2 };
function compareMaintenance(a, b) {
  const order = MAINTENANCE_ORDER[a.status] - MAINTENANCE_ORDER[b.status];
  if (order !== 0) return order;
  if (a.status === "completed") return byDesc(a.endsAt, b.endsAt) || a.id.localeCompare(b.id);
  return a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id);
}
function statusPageView(input) {
  const { config } = input;
  const now = input.now.toISOString();
  const since = new Date(input.now.getTime() - config.statusPage.historyDays * DAY_MS).toISOString();
  const shown = input.incidents.flatMap((s) => publicIncident(s, config) ?? []);
  const open = shown.filter((i) => i.status === "ongoing").sort((a, b) => byDesc(a.reportedAt, b.reportedAt) || a.id.localeCompare(b.id));
  const history = shown.filter((i) => i.status === "resolved" && i.resolvedAt >= since).sort((a, b) => byDesc(a.resolvedAt, b.resolvedAt) || a.id.localeCompare(b.id));
  const maintenance2 = input.maintenance.flatMap((m) => publicMaintenance(m, config, now) ?? []).filter((m) => m.status !== "completed" || m.endsAt >= since).sort(compareMaintenance);
  const components = componentStates(config, open, maintenance2);
  return {
    title: config.statusPage.title,
    url: config.statusPage.url ?? null,
    generatedAt: now,
    historyDays: config.statusPage.historyDays,
    feedId: `urn:incident-workflow:status:${stableKey(input.site.toLowerCase())}`,
    overall: overall(components, open, maintenance2),
    components,
    incidents: open,
    maintenance: maintenance2,
    history
  };
}

// src/core/status-page/render-html.ts
function time(iso) {
  return `<time datetime="${isoSeconds(iso)}">${escapeMarkup(utcText(iso))}</time>`;
}
function componentsTable(view) {
  if (view.components.length === 0) return [];
  const rows = view.components.map((c) => {
    const description = c.description === "" ? "" : `<span class="description">${escapeMarkup(c.description)}</span>`;
    return [
      "<tr>",
      `<th scope="row">${escapeMarkup(c.name)}${description}</th>`,
      `<td class="state s-${c.state}">${escapeMarkup(STATE_TEXT[c.state])}</td>`,
      "</tr>"
    ].join("");
  });
  return [
    '<section aria-labelledby="components">',
    '<h2 id="components">Components</h2>',
    "<table>",
    '<thead><tr><th scope="col">Component</th><th scope="col">Status</th></tr></thead>',
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
    "</section>"
  ];
}
function incidentArticle(incident2) {
  const heading = `${incident2.id}-title`;
  const meta = incident2.resolvedAt === null ? ["Ongoing", `Reported ${time(incident2.reportedAt)}`] : [`Reported ${time(incident2.reportedAt)}`, `Resolved ${time(incident2.resolvedAt)}`];
  const affected = incident2.components.map(
    (c) => incident2.status === "resolved" ? escapeMarkup(c.name) : `${escapeMarkup(c.name)} (${escapeMarkup(STATE_TEXT[c.state])})`
  );
  const updates = incident2.updates.map(
    (u) => `<li id="${incident2.id}-${u.id}">${time(u.at)}<p class="text">${escapeMarkup(u.text)}</p></li>`
  );
  return [
    `<article id="${incident2.id}" aria-labelledby="${heading}">`,
    `<h3 id="${heading}">${escapeMarkup(incident2.title)}</h3>`,
    `<p class="meta">${meta.join(" \xB7 ")}</p>`,
    ...affected.length > 0 ? [`<p class="meta">Affected: ${affected.join(", ")}</p>`] : [],
    ...updates.length > 0 ? ['<ol class="updates" aria-label="Updates, newest first">', ...updates, "</ol>"] : [],
    "</article>"
  ];
}
var MAINTENANCE_STATUS = {
  scheduled: "Scheduled",
  "in-progress": "In progress",
  completed: "Completed"
};
function maintenanceArticle(m) {
  const heading = `${m.id}-title`;
  const affected = m.components.map((c) => escapeMarkup(c.name)).join(", ");
  return [
    `<article id="${m.id}" aria-labelledby="${heading}">`,
    `<h3 id="${heading}">${escapeMarkup(m.title)}</h3>`,
    `<p class="meta">${MAINTENANCE_STATUS[m.status]} \xB7 ${time(m.startsAt)} to ${time(m.endsAt)}</p>`,
    ...affected === "" ? [] : [`<p class="meta">Affected: ${affected}</p>`],
    ...m.text === "" ? [] : [`<p class="text">${escapeMarkup(m.text)}</p>`],
    "</article>"
  ];
}
function section(id, title, body, empty) {
  return [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${escapeMarkup(title)}</h2>`,
    ...body.length > 0 ? body : [`<p>${escapeMarkup(empty)}</p>`],
    "</section>"
  ];
}
function renderHtml(view) {
  const upcoming = view.maintenance.filter((m) => m.status !== "completed");
  const pastMaintenance = view.maintenance.filter((m) => m.status === "completed");
  const days = `the last ${view.historyDays} days`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // A constant with no quotes or markup in it.
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeMarkup(view.title)}</title>`,
    `<link rel="alternate" type="application/atom+xml" title="${escapeMarkup(view.title)}" href="feed.atom">`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeMarkup(view.title)}</h1>`,
    `<p class="overall s-${view.overall.state}" id="overall">${escapeMarkup(view.overall.text)}</p>`,
    "</header>",
    "<main>",
    ...componentsTable(view),
    ...section(
      "incidents",
      "Current incidents",
      view.incidents.flatMap(incidentArticle),
      "No incidents right now."
    ),
    ...section(
      "maintenance",
      "Scheduled maintenance",
      upcoming.flatMap(maintenanceArticle),
      "No maintenance scheduled."
    ),
    ...section(
      "history",
      "Past incidents",
      view.history.flatMap(incidentArticle),
      `No incidents in ${days}.`
    ),
    ...pastMaintenance.length > 0 ? section("past-maintenance", "Past maintenance", pastMaintenance.flatMap(maintenanceArticle), "") : [],
    "</main>",
    "<footer>",
    `<p>Incidents and maintenance of ${escapeMarkup(days)}. Updated ${time(view.generatedAt)}.`,
    ' Also as <a href="status.json">JSON</a> and an <a href="feed.atom">Atom feed</a>.</p>',
    "</footer>",
    `<script>${TIME_SCRIPT}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

// src/core/status-page/render-json.ts
var STATUS_JSON_VERSION = 1;
function incident(i) {
  return {
    id: i.id,
    title: cleanText(i.title),
    status: i.status,
    reportedAt: isoSeconds(i.reportedAt),
    resolvedAt: i.resolvedAt === null ? null : isoSeconds(i.resolvedAt),
    components: i.components.map((c) => ({ id: c.id, name: cleanText(c.name), state: c.state })),
    updates: i.updates.map((u) => ({ id: u.id, at: isoSeconds(u.at), text: cleanText(u.text) }))
  };
}
function maintenance(m) {
  return {
    id: m.id,
    title: cleanText(m.title),
    status: m.status,
    startsAt: isoSeconds(m.startsAt),
    endsAt: isoSeconds(m.endsAt),
    text: cleanText(m.text),
    components: m.components.map((c) => ({ id: c.id, name: cleanText(c.name) }))
  };
}
function renderJson(view) {
  const doc = {
    schemaVersion: STATUS_JSON_VERSION,
    page: {
      title: cleanText(view.title),
      url: view.url,
      generatedAt: isoSeconds(view.generatedAt),
      historyDays: view.historyDays
    },
    status: { state: view.overall.state, description: view.overall.text },
    components: view.components.map((c) => ({
      id: c.id,
      name: cleanText(c.name),
      description: cleanText(c.description),
      state: c.state,
      stateText: STATE_TEXT[c.state]
    })),
    incidents: view.incidents.map(incident),
    maintenance: view.maintenance.map(maintenance),
    history: view.history.map(incident)
  };
  return `${JSON.stringify(doc, null, 2).replace(/</g, "\\u003c")}
`;
}

// src/core/status-page/statuspage-v2.ts
var V2_COMPONENT_STATUS = {
  operational: "operational",
  degraded: "degraded_performance",
  "partial-outage": "partial_outage",
  "major-outage": "major_outage",
  maintenance: "under_maintenance"
};
var V2_INDICATOR = {
  operational: "none",
  maintenance: "none",
  incident: "minor",
  degraded: "minor",
  "partial-outage": "major",
  "major-outage": "critical"
};
var IMPACT = {
  operational: "minor",
  degraded: "minor",
  "partial-outage": "major",
  "major-outage": "critical"
};
var IMPACT_RANK = ["none", "minor", "major", "critical"];
var V2_LIST_LIMIT = 50;
var byDesc2 = (a, b) => a < b ? 1 : a > b ? -1 : 0;
var RESOLVED_TEXT = "This incident has been resolved.";
function component(c, position, view, pageId) {
  return {
    id: c.id,
    name: cleanText(c.name),
    status: V2_COMPONENT_STATUS[c.state],
    description: c.description === "" ? null : cleanText(c.description),
    position: position + 1,
    updated_at: isoSeconds(view.generatedAt),
    page_id: pageId,
    group_id: null,
    group: false,
    showcase: true,
    only_show_if_degraded: false
  };
}
function update(id, incidentId, status, body, at) {
  const time2 = isoSeconds(at);
  return {
    id,
    status,
    body: cleanText(body),
    incident_id: incidentId,
    created_at: time2,
    updated_at: time2,
    display_at: time2,
    affected_components: null
  };
}
function impactOf(i) {
  return i.components.map((c) => IMPACT[c.state]).reduce((a, b) => IMPACT_RANK.indexOf(b) > IMPACT_RANK.indexOf(a) ? b : a, "minor");
}
function shortlink(view, anchor) {
  if (view.url === null) return null;
  const link3 = new URL(siteBase(view.url));
  link3.hash = anchor;
  return link3.toString();
}
function statuspageV2(view) {
  const pageId = view.feedId.slice(view.feedId.lastIndexOf(":") + 1);
  const components = view.components.map((c, n) => component(c, n, view, pageId));
  const affected = (ids) => components.filter((c) => ids.some((x) => x.id === c.id));
  const incident2 = (i) => {
    const resolved = i.resolvedAt === null ? [] : [update(`${i.id}-resolved`, i.id, "resolved", RESOLVED_TEXT, i.resolvedAt)];
    const said2 = i.updates.map((u) => update(`${i.id}-${u.id}`, i.id, "investigating", u.text, u.at));
    const updates = [...resolved, ...said2];
    const times = [isoSeconds(i.reportedAt), ...updates.map((u) => u.created_at)].sort();
    return {
      id: i.id,
      name: cleanText(i.title),
      status: i.status === "ongoing" ? "investigating" : "resolved",
      impact: impactOf(i),
      created_at: isoSeconds(i.reportedAt),
      updated_at: times.at(-1) ?? isoSeconds(i.reportedAt),
      started_at: isoSeconds(i.reportedAt),
      monitoring_at: null,
      resolved_at: i.resolvedAt === null ? null : isoSeconds(i.resolvedAt),
      shortlink: shortlink(view, i.id),
      page_id: pageId,
      incident_updates: updates,
      components: affected(i.components)
    };
  };
  const maintenance2 = (m) => {
    const status = m.status === "in-progress" ? "in_progress" : m.status;
    return {
      id: m.id,
      name: cleanText(m.title),
      status,
      impact: "maintenance",
      created_at: isoSeconds(m.announcedAt),
      updated_at: isoSeconds(m.announcedAt),
      started_at: isoSeconds(m.startsAt),
      monitoring_at: null,
      resolved_at: m.status === "completed" ? isoSeconds(m.endsAt) : null,
      shortlink: shortlink(view, m.id),
      page_id: pageId,
      incident_updates: m.text === "" ? [] : [update(`${m.id}-announced`, m.id, status, m.text, m.announcedAt)],
      components: affected(m.components),
      scheduled_for: isoSeconds(m.startsAt),
      scheduled_until: isoSeconds(m.endsAt)
    };
  };
  const unresolved = view.incidents.map(incident2);
  const incidents = [...unresolved, ...view.history.map(incident2)].sort((a, b) => byDesc2(a.created_at, b.created_at) || a.id.localeCompare(b.id)).slice(0, V2_LIST_LIMIT);
  return {
    page: {
      id: pageId,
      name: cleanText(view.title),
      url: view.url,
      time_zone: "Etc/UTC",
      updated_at: isoSeconds(view.generatedAt)
    },
    status: { indicator: V2_INDICATOR[view.overall.state], description: view.overall.text },
    components,
    incidents,
    unresolved,
    scheduledMaintenances: view.maintenance.slice(0, V2_LIST_LIMIT).map(maintenance2)
  };
}

// src/core/status-page/render-statuspage-v2.ts
var STATUSPAGE_V2_FILES = [
  "api/v2/summary.json",
  "api/v2/status.json",
  "api/v2/components.json",
  "api/v2/incidents.json",
  "api/v2/incidents/unresolved.json",
  "api/v2/scheduled-maintenances.json"
];
var json = (doc) => `${JSON.stringify(doc, null, 2).replace(/</g, "\\u003c")}
`;
function renderStatuspageV2(view) {
  const v2 = statuspageV2(view);
  const { page } = v2;
  return {
    "api/v2/summary.json": json({
      page,
      status: v2.status,
      components: v2.components,
      incidents: v2.unresolved,
      scheduled_maintenances: v2.scheduledMaintenances.filter((m) => m.status !== "completed")
    }),
    "api/v2/status.json": json({ page, status: v2.status }),
    "api/v2/components.json": json({ page, components: v2.components }),
    "api/v2/incidents.json": json({ page, incidents: v2.incidents }),
    "api/v2/incidents/unresolved.json": json({ page, incidents: v2.unresolved }),
    "api/v2/scheduled-maintenances.json": json({ page, scheduled_maintenances: v2.scheduledMaintenances })
  };
}

// src/core/status-page/files.ts
var STATUS_PAGE_FILES = ["index.html", "status.json", "feed.atom", ...STATUSPAGE_V2_FILES];
function renderStatusPage(view) {
  return {
    "index.html": renderHtml(view),
    "status.json": renderJson(view),
    "feed.atom": renderAtom(view),
    ...renderStatuspageV2(view)
  };
}

// src/core/issue-form.ts
var ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
function zoneOffsetMinutes(utcMs, timeZone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric"
  }).formatToParts(new Date(utcMs));
  const part = (type) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second")
  );
  return Math.round((wall - Math.floor(utcMs / 1e3) * 1e3) / 6e4);
}
function zoneSuffixMinutes(zone) {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}
function parseIsoTime(text, timeZone) {
  const m = ISO_TIME.exec(text.trim());
  if (m === null) return void 0;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0", zone] = m;
  const ms = Math.round(Number(`0.${frac}`) * 1e3);
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(wall);
  if (Number.isNaN(wall) || check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || check.getUTCHours() !== Number(h) || check.getUTCMinutes() !== Number(mi)) {
    return void 0;
  }
  if (zone !== void 0) return new Date(wall - zoneSuffixMinutes(zone) * 6e4).toISOString();
  const guess = wall - zoneOffsetMinutes(wall, timeZone) * 6e4;
  return new Date(wall - zoneOffsetMinutes(guess, timeZone) * 6e4).toISOString();
}

// src/core/maintenance.ts
var MAINTENANCE_FORM_LABELS = {
  summary: "What the public sees",
  startsAt: "Starts at",
  endsAt: "Ends at",
  components: "Components"
};
var NO_RESPONSE = "_No response_";
function field(body, label) {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `### ${label.toLowerCase()}`);
  if (start < 0) return "";
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^###\s/.test(l));
  const value = (end < 0 ? rest : rest.slice(0, end)).join("\n").trim();
  return value === NO_RESPONSE ? "" : value;
}
function parseMaintenance(issue, config) {
  const body = issue.body ?? "";
  const time2 = (label) => {
    const text = field(body, label);
    return text === "" ? null : parseIsoTime(text, config.timeZone) ?? null;
  };
  const named = field(body, MAINTENANCE_FORM_LABELS.components).split(/[\s,]+/).map(
    (w) => w.replace(/^- \[x\]\s*/i, "").trim().toLowerCase()
  ).filter((w) => w !== "");
  const components = config.components.filter(
    (c) => named.includes(c.id.toLowerCase()) || named.includes(c.name.toLowerCase())
  );
  return {
    number: issue.number,
    title: issue.title,
    summary: field(body, MAINTENANCE_FORM_LABELS.summary),
    startsAt: time2(MAINTENANCE_FORM_LABELS.startsAt),
    endsAt: time2(MAINTENANCE_FORM_LABELS.endsAt),
    components: components.map((c) => c.id),
    cancelled: issue.state === "closed" && issue.stateReason === "not_planned"
  };
}

// src/core/status-page/sources.ts
var DAY_MS2 = 864e5;
function mayAppear(issue, config, now) {
  if (issue.isPullRequest || hasLabel(issue.labels, config.labels.drill)) return false;
  if (issue.state === "open") return true;
  if (issue.stateReason === "not_planned" || issue.stateReason === "duplicate") return false;
  const since = now.getTime() - config.statusPage.historyDays * DAY_MS2;
  return issue.closedAt === null || Date.parse(issue.closedAt) >= since;
}
var maintenanceNeedsPermission = (config) => needsPermission({ kind: "public" }, config);
function scheduledMaintenance(issue, config, permissions) {
  const login = issue.author.login;
  const association = issue.authorAssociation ?? "NONE";
  const allowed = authorize({ kind: "maintenance" }, { login, association }, config, []);
  if (issue.author.isBot || !allowed.ok) {
    return {
      ok: false,
      number: issue.number,
      reason: `opened by ${login}, who may not run incident commands here; not published`
    };
  }
  const permission = permissionOf(login, association, permissions);
  if (maintenanceNeedsPermission(config) && !isAllowedUser(config, login) && !canDecide(permission)) {
    return {
      ok: false,
      number: issue.number,
      reason: `opened by ${login}, who has no triage permission on this repository (publishing needs it, as \`/public\` does); not published`
    };
  }
  const maintenance2 = { ...parseMaintenance(issue, config), announcedAt: issue.createdAt };
  const problem = maintenance2.cancelled ? null : maintenanceProblem(maintenance2);
  if (problem !== null) return { ok: false, number: issue.number, reason: `${problem}; not published` };
  return { ok: true, maintenance: maintenance2 };
}

// src/core/state/permission-needs.ts
var same4 = (a, b) => a.toLowerCase() === b.toLowerCase();
function authorActs(q) {
  const author = q.issue.author;
  if (q.formAnswers) return true;
  const acted = withCreationLabels(q.issue, q.events).some(
    (e) => (e.kind === "labeled" || e.kind === "unlabeled" || e.kind === "closed") && !q.isSelf(e.actor) && same4(e.actor.login, author.login)
  );
  if (acted || !COMMAND_LINE.test(q.issue.body)) return acted;
  return parseCommands(q.issue.body, q.config, { now: new Date(q.issue.createdAt) }).some(
    (c) => BODY_COMMANDS.has(c.kind) && needsPermission(c, q.config)
  );
}
function whosePermission(q) {
  const { config } = q;
  const wanted = /* @__PURE__ */ new Set();
  const author = q.issue.author;
  if (!q.isSelf(author) && needsAsking(config, author, q.issue.authorAssociation) && authorActs(q))
    wanted.add(author.login.toLowerCase());
  if (config.commands.requirePermission.length === 0) return [...wanted];
  for (const e of q.events) {
    if (e.kind !== "commented" || e.actor.isBot || wanted.has(e.actor.login.toLowerCase())) continue;
    if (!config.commands.allow.includes(e.association) || !needsAsking(config, e.actor, e.association))
      continue;
    if (!COMMAND_LINE.test(e.body)) continue;
    if (commandsOf(q.commands, e, config).some((c) => needsPermission(c, config)))
      wanted.add(e.actor.login.toLowerCase());
  }
  return [...wanted];
}

// src/handlers/read-permissions.ts
async function readPermissions(ports, question) {
  const { self, ...rest } = question;
  const logins = whosePermission({ ...rest, isSelf: selfMatcher(self) });
  const answers = await Promise.all(
    logins.map(async (login) => [login, await ports.permissionOf(login)])
  );
  return new Map(answers);
}

// src/handlers/status-page.ts
var CONCURRENCY = 4;
var DAY_MS3 = 864e5;
async function mapLimited(items, limit, f) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await f(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
async function listRecent(deps, label, days) {
  const since = new Date(Math.floor((deps.now().getTime() - days * DAY_MS3) / DAY_MS3) * DAY_MS3).toISOString();
  return [
    ...await deps.ports.listIssues({ label, state: "open" }),
    ...await deps.ports.listIssues({ label, state: "closed", since })
  ];
}
async function renderStatusPageFiles(deps) {
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return { invalid: loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config = loaded.config;
  const now = deps.now();
  const days = config.statusPage.historyDays;
  const incidents = await listRecent(deps, config.labels.incident, days);
  const maintenanceIssues = await listRecent(deps, config.labels.maintenance, days);
  const candidates = incidents.filter((issue) => mayAppear(issue, config, now));
  const self = candidates.length > 0 ? await deps.self() : "";
  const states = await mapLimited(candidates, CONCURRENCY, async (issue) => {
    const events = await deps.ports.readTimeline(issue.number);
    const question = { issue, events, config, self, formAnswers: false };
    const permissions2 = await readPermissions(deps.ports, question);
    return deriveState(issue, events, config, { now, self, permissions: permissions2 });
  });
  const maintenance2 = [];
  const skipped = [];
  const published = maintenanceIssues.filter((i) => !i.isPullRequest);
  const authors = maintenanceNeedsPermission(config) ? published.filter((i) => config.commands.allow.includes(i.authorAssociation ?? "NONE")).filter((i) => needsAsking(config, i.author, i.authorAssociation)).map((i) => i.author.login.toLowerCase()) : [];
  const permissions = new Map(
    await Promise.all([...new Set(authors)].map(async (l) => [l, await deps.ports.permissionOf(l)]))
  );
  for (const issue of published) {
    const source = scheduledMaintenance(issue, config, permissions);
    if (source.ok) maintenance2.push(source.maintenance);
    else skipped.push({ number: source.number, reason: source.reason });
  }
  const { owner, repo } = deps.ports.repo;
  const view = statusPageView({ incidents: states, maintenance: maintenance2, config, now, site: `${owner}/${repo}` });
  return {
    view,
    files: renderStatusPage(view),
    incidentsListed: incidents.length,
    historiesRead: candidates.length,
    maintenanceListed: maintenanceIssues.length,
    skipped
  };
}
async function writeStatusPage(directory, files) {
  await (0, import_promises.mkdir)(directory, { recursive: true });
  const written = [];
  for (const name of STATUS_PAGE_FILES) {
    const path = (0, import_node_path.join)(directory, name);
    await (0, import_promises.mkdir)((0, import_node_path.dirname)(path), { recursive: true });
    await (0, import_promises.writeFile)(path, files[name], "utf8");
    written.push({ name, bytes: Buffer.byteLength(files[name]) });
  }
  return written;
}
async function buildStatusPage(deps, directory) {
  const report = await renderStatusPageFiles(deps);
  if ("invalid" in report) return report;
  return { ...report, directory, written: await writeStatusPage(directory, report.files) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildStatusPage,
  renderStatusPageFiles,
  writeStatusPage
});
