import * as z from "zod";

/** Preparedness options of `.github/incidents.yml`: on-call, contacts, reminders, drills, dashboard. */

const login = z
  .string()
  .regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, "a GitHub login (`alice` or `@alice`)");
const loginOrTeam = z
  .string()
  .regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9_.-]+)?$/, "a login or org/team (`@alice`, `@acme/sre`)");
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date, YYYY-MM-DD");
const dateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?$/,
    "a date (YYYY-MM-DD) or date and time (YYYY-MM-DD HH:MM)",
  );

/** An on-call override: someone else holds the rotation for a while (a swap, a holiday). */
export const OverrideSchema = z.strictObject({
  /** Start (inclusive), in the rotation's time zone; a date alone means midnight. */
  from: dateTime.describe("Start (inclusive), in the rotation's time zone; a date alone means 00:00."),
  /** End (exclusive), in the rotation's time zone; a date alone means midnight. */
  to: dateTime.describe("End (exclusive), in the rotation's time zone; a date alone means 00:00."),
  /** Who is on call meanwhile. */
  person: login.describe("Who is on call meanwhile."),
});

/** A weekly rotation of people for one role. */
export const RotationSchema = z.strictObject({
  /** The people, in rotation order; each holds it for a week. */
  people: z.array(login).min(1).describe("The people, in rotation order; each holds it for a week."),
  /** When the shift changes hands, weekly: `monday 09:00`. */
  handoff: z
    .string()
    .regex(
      /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+([01]\d|2[0-3]):[0-5]\d$/i,
      "a weekday and a time, e.g. `monday 09:00`",
    )
    .describe("When the shift changes hands, weekly: `monday 09:00`."),
  /** The first hand-off on or after this date goes to the first person. */
  start: date.describe("The first hand-off on or after this date (YYYY-MM-DD) goes to the first person."),
  /** IANA time zone of `handoff`, `start` and the overrides; the file's `timeZone` by default. */
  timeZone: z
    .string()
    .optional()
    .describe("IANA time zone of the hand-off and overrides; default `timeZone`."),
  /** Swaps and holidays. */
  overrides: z.array(OverrideSchema).default([]).describe("Swaps and holidays."),
  /** Only mention the on-call person instead of making them the role's holder. */
  mentionOnly: z
    .boolean()
    .default(false)
    .describe("Only mention the on-call person, instead of making them the role's holder."),
});

/** Someone to contact, shown on the board. */
export const ContactSchema = z.strictObject({
  /** What or who it is (`Payments team`, `Database runbook`). */
  name: z.string().min(1).max(100).describe("What or who it is."),
  /** People or teams, shown (without notifying them) on the board. */
  people: z.array(loginOrTeam).default([]).describe("People or teams, shown without notifying them."),
  /** Links: runbooks, dashboards, the status page. */
  links: z
    .array(z.strictObject({ title: z.string().min(1).max(100), url: z.url({ protocol: /^https?$/ }) }))
    .default([])
    .describe("Links: runbooks, dashboards, the status page."),
  /** Shown only at these severity ids; every level when empty. */
  severities: z.array(z.string()).default([]).describe("Shown only at these severity ids; all when empty."),
});

/** Reminders, on the sweep (the app) or `mode: remind` (the Action). */
export const RemindersSchema = z.strictObject({
  /** Remind the commander once per cadence window when the latest `/update` is older than the level's cadence. */
  updates: z.boolean().default(true).describe("Remind once per cadence window when an update is overdue."),
  /** Nudge once when a role the level requires has been empty this many minutes; 0 turns it off. */
  roleGraceMinutes: z
    .number()
    .int()
    .min(0)
    .default(15)
    .describe("Nudge once when a required role has been empty this many minutes; 0 turns it off."),
  /** Nudge once on a postmortem pull request open longer than this many days; 0 turns it off. */
  postmortemDays: z
    .number()
    .int()
    .min(0)
    .default(7)
    .describe("Nudge once on a postmortem pull request open this many days; 0 turns it off."),
});

/** Drills: practice incidents with the `drill` label. */
export const DrillsSchema = z.strictObject({
  /** Who is mentioned on a drill instead of the level's `notify` (nobody by default). */
  notify: z.array(loginOrTeam).default([]).describe("Mentioned on a drill instead of the level's `notify`."),
});

/** The incident dashboard: one issue kept up to date by the tool. */
export const DashboardSchema = z.strictObject({
  /** Keep a dashboard issue. */
  enabled: z.boolean().default(true).describe("Keep a dashboard issue."),
  /** The dashboard issue's title. */
  title: z.string().min(1).max(200).default("Incident dashboard").describe("The dashboard issue's title."),
});

/** A part of the service the status page shows (API, Checkout, Search). */
export const ComponentSchema = z.strictObject({
  /** Short id used by `/component <id>… <state>`. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "letters, digits, '-' or '_'")
    .describe("Short id used by `/component <id>… <state>`."),
  /** Its name on the status page. */
  name: z.string().min(1).max(100).describe("Its name on the status page."),
  /** One line about it, on the status page. */
  description: z.string().max(300).default("").describe("One line about it, on the status page."),
});

/** The public status page (the Action's `mode: status-page`). */
export const StatusPageSchema = z.strictObject({
  /** The page's title. */
  title: z.string().min(1).max(100).default("Service status").describe("The page's title."),
  /** Where the page is published (its Atom feed links to it); optional. */
  url: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe("Where the page is published; the feed links to it."),
  /** Days of past incidents shown. */
  historyDays: z.number().int().min(1).max(365).default(90).describe("Days of past incidents shown."),
});

/** Postmortem action items: issues made from a merged postmortem's unchecked items. */
export const ActionItemsSchema = z.strictObject({
  /** Make issues from a merged postmortem's unchecked action items. */
  enabled: z
    .boolean()
    .default(true)
    .describe("Make issues from a merged postmortem's unchecked action items."),
  /**
   * Days until an action item is due, by severity id (`SEV1: 14`), `default` for the levels not
   * named. Without an entry: 14 days at the most severe level, 30 at the second, 60 otherwise.
   */
  dueDays: z
    .record(z.string(), z.number().int().min(1).max(365))
    .default({})
    .describe(
      "Days until an action item is due, by severity id, `default` for the others. Unset: 14 days at the most severe level, 30 at the second, 60 otherwise.",
    ),
});
