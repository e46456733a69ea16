import type { Config } from "../config/config.js";
import { onCall } from "../oncall/rotation.js";
import { oncallMarker, reminderMarker } from "../state/markers.js";
import type { IncidentState } from "../state/types.js";
import { inlineText } from "../text/markdown-safe.js";
import { formatDuration } from "../time.js";

/** On-call pages are for incidents declared in the last day, not for old ones when `oncall` is added. */
const PAGE_WINDOW_MS = 24 * 3600_000;

const ms = (iso: string) => Date.parse(iso);

/** Who a reminder is for: the commander(s), else whoever declared the incident; each mentioned once. */
function addressees(state: IncidentState): string {
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders ?? [];
  const people = commanders.length > 0 ? commanders.map((h) => h.login) : [state.declaredBy];
  const once = new Map<string, string>(); // logins are case-insensitive on GitHub
  for (const p of people) if (!once.has(p.toLowerCase())) once.set(p.toLowerCase(), p);
  return [...once.values()].map((p) => `@${p}`).join(" ");
}

/** One reminder owed: its key, its sentence when alone, and its line in a combined comment. */
interface Due {
  key: string;
  alone: string;
  item: string;
}

/**
 * An incident declared with a role that has an on-call rotation and no holder: the person on call
 * now is mentioned once (the marker remembers it) and, unless the rotation says `mentionOnly`, made
 * the holder (read back from that comment's marker).
 */
export function planOnCall(state: IncidentState, config: Config): string[] {
  if (!state.open || ms(state.now) - ms(state.declaredAt) > PAGE_WINDOW_MS) return [];
  const out: string[] = [];
  for (const rotation of config.oncall) {
    const role = state.roles.find((r) => r.role.id === rotation.role);
    if (!role || role.holders.length > 0 || state.oncallPaged.has(rotation.role)) continue;
    const person = onCall(rotation, ms(state.now)).now.person;
    const level = state.severity ? ` (**${state.severity.id}**)` : "";
    const what = state.isDrill ? "drill" : "incident";
    const tail = rotation.mentionOnly
      ? `has no ${role.role.name}. Take the role with \`/role ${rotation.role} me\`.`
      : `was declared without a ${role.role.name}: you hold the role now. Hand it over with \`/role ${rotation.role} @someone\`.`;
    out.push(
      `${oncallMarker(rotation.role, person, rotation.mentionOnly ? "mention" : "assign")}\n` +
        `@${person} you are on call as **${inlineText(role.role.name, 60)}**: ${what} #${state.number}${level} ${tail}\n`,
    );
  }
  return out;
}

/** The reminders owed now, each once (its key is in the history). */
function dueReminders(state: IncidentState, config: Config, who: string): Due[] {
  const out: Due[] = [];
  const now = ms(state.now);
  const level = `**${state.severity?.id}**`;
  const cadence = (state.severity?.updateCadenceMinutes ?? 0) * 6e4;
  if (config.reminders.updates && cadence > 0) {
    const last = state.updates.at(-1);
    const anchorAt = ms(last?.at ?? state.declaredAt);
    const window = Math.floor((now - anchorAt) / cadence);
    const key = `update:${last?.commentId ?? "declared"}:${window}`;
    if (window >= 1 && !state.reminded.has(key)) {
      const age = formatDuration(Math.round((now - anchorAt) / 6e4));
      const since = last ? `the latest update is ${age} old` : `no update has been posted in ${age}`;
      const every = `asks for one every ${formatDuration(cadence / 6e4)}. Post one with \`/update <text>\`.`;
      out.push({
        key,
        alone: `${who} ${since} on incident #${state.number}: ${level} ${every}`,
        item: `an update: ${since}; ${level} ${every}`,
      });
    }
  }
  const grace = config.reminders.roleGraceMinutes * 6e4;
  if (grace > 0) {
    for (const [roleId, since] of state.roleEmptySince) {
      const key = `role:${roleId}:${since}`;
      if (now - ms(since) <= grace || state.reminded.has(key)) continue;
      const role = state.roles.find((r) => r.role.id === roleId)?.role;
      if (!role) continue;
      const empty = formatDuration(Math.round((now - ms(since)) / 6e4));
      const name = `**${inlineText(role.name, 60)}**`;
      const give = `Give the role with \`/role ${roleId} @someone\`.`;
      out.push({
        key,
        alone: `${who} incident #${state.number} has had no ${name} for ${empty}; ${level} requires one. ${give}`,
        item: `a ${name}: none for ${empty}; ${level} requires one. ${give}`,
      });
    }
  }
  return out;
}

/**
 * Reminders owed now, each once (its key is in the history): an update overdue by the level's
 * cadence, once per cadence window; a required role empty for longer than the grace period.
 * Those due together are one comment, whose marker names every key it covers and which mentions
 * each person once. Returns no comment or one.
 */
export function planReminders(state: IncidentState, config: Config): string[] {
  if (!state.open || !state.isIncident) return [];
  const who = addressees(state);
  const due = dueReminders(state, config, who);
  const [first] = due;
  if (first === undefined) return [];
  const marker = reminderMarker(due.map((d) => d.key));
  if (due.length === 1) return [`${marker}\n${first.alone}\n`];
  const items = due.map((d) => `- ${d.item}\n`).join("");
  return [`${marker}\n${who} incident #${state.number} needs:\n${items}`];
}

/**
 * The next moment the passing of time alone changes what this incident calls for (a reminder falls
 * due, an update becomes overdue), so the sweep can look again then; null when nothing is pending.
 */
export function wakeAt(state: IncidentState, config: Config): string | null {
  if (!state.open || !state.isIncident) return null;
  const now = ms(state.now);
  const times: number[] = [];
  const cadence = (state.severity?.updateCadenceMinutes ?? 0) * 6e4;
  if (cadence > 0) {
    const anchor = ms(state.updates.at(-1)?.at ?? state.declaredAt);
    times.push(anchor + (Math.floor((now - anchor) / cadence) + 1) * cadence);
  }
  const grace = config.reminders.roleGraceMinutes * 6e4;
  for (const since of state.roleEmptySince.values()) if (grace > 0) times.push(ms(since) + grace + 1000);
  const next = times.filter((t) => t > now).sort((a, b) => a - b)[0];
  return next === undefined ? null : new Date(next).toISOString();
}
