import type { OnCallRotation, RoleDef, SeverityLevel } from "./config.js";
import type { ParsedConfig } from "./schema.js";
import type { ConfigProblem } from "./validate.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const validZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const validDate = (text: string): boolean => {
  const [y, m, d] = text.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0));
  return date.getUTCFullYear() === y && date.getUTCMonth() === (m ?? 0) - 1 && date.getUTCDate() === d;
};

/** The rotations, resolved (`@` dropped, hand-off parsed, zone defaulted). Call after the checks pass. */
export function resolveRotations(parsed: ParsedConfig): OnCallRotation[] {
  return Object.entries(parsed.oncall).map(([role, r]) => {
    const [day = "monday", time = "09:00"] = r.handoff.trim().toLowerCase().split(/\s+/);
    const [h = 0, m = 0] = time.split(":").map(Number);
    return {
      role,
      people: r.people.map((p) => p.replace(/^@/, "")),
      handoffDay: WEEKDAYS.indexOf(day),
      handoffMinute: h * 60 + m,
      start: r.start,
      timeZone: r.timeZone ?? parsed.timeZone,
      overrides: r.overrides.map((o) => ({ from: o.from, to: o.to, person: o.person.replace(/^@/, "") })),
      mentionOnly: r.mentionOnly,
    };
  });
}

/** Cross-references of the preparedness options: roles, levels, zones, dates and ranges that exist. */
export function preparednessProblems(
  parsed: ParsedConfig,
  severities: SeverityLevel[],
  roles: RoleDef[],
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const roleIds = roles.map((r) => r.id);
  for (const [role, r] of Object.entries(parsed.oncall)) {
    const at = `oncall.${role}`;
    if (!roleIds.includes(role)) {
      problems.push({ path: at, message: `unknown role; the roles are ${roleIds.join(", ")}` });
    }
    if (r.timeZone !== undefined && !validZone(r.timeZone)) {
      problems.push({
        path: `${at}.timeZone`,
        message: `not an IANA time zone; found ${JSON.stringify(r.timeZone)}`,
      });
    }
    if (!validDate(r.start))
      problems.push({ path: `${at}.start`, message: `no such date; found ${JSON.stringify(r.start)}` });
    r.overrides.forEach((o, i) => {
      for (const key of ["from", "to"] as const) {
        if (!validDate(o[key])) {
          problems.push({
            path: `${at}.overrides[${i}].${key}`,
            message: `no such date; found ${JSON.stringify(o[key])}`,
          });
        }
      }
      if (o.from.replace("T", " ") >= o.to.replace("T", " ")) {
        problems.push({
          path: `${at}.overrides[${i}].to`,
          message: `must be after \`from\` (${o.from}); found ${JSON.stringify(o.to)}`,
        });
      }
    });
  }
  const sevIds = severities.map((s) => s.id);
  const componentIds = parsed.components.map((c) => c.id.toLowerCase());
  componentIds.forEach((id, i) => {
    if (componentIds.indexOf(id) !== i)
      problems.push({
        path: `components[${i}].id`,
        message: `duplicate component id; found ${JSON.stringify(parsed.components[i]?.id)}`,
      });
  });
  for (const key of Object.keys(parsed.actionItems.dueDays)) {
    if (key !== "default" && !sevIds.includes(key)) {
      problems.push({
        path: `actionItems.dueDays.${key}`,
        message: `not a severity id or \`default\`; the levels are ${sevIds.join(", ")}`,
      });
    }
  }
  parsed.contacts.forEach((c, i) => {
    c.severities.forEach((s, j) => {
      if (!sevIds.includes(s)) {
        problems.push({
          path: `contacts[${i}].severities[${j}]`,
          message: `unknown severity; the levels are ${sevIds.join(", ")}; found ${JSON.stringify(s)}`,
        });
      }
    });
  });
  return problems;
}
