import * as z from "zod";
import { AlertsSchema } from "./schema-alerts.js";
import { GateSchema } from "./schema-gate.js";
import { NotificationsSchema } from "./schema-notifications.js";
import {
  ActionItemsSchema,
  ComponentSchema,
  ContactSchema,
  DashboardSchema,
  DrillsSchema,
  RemindersSchema,
  RotationSchema,
  StatusPageSchema,
} from "./schema-preparedness.js";
import { color, id, labelName } from "./schema-primitives.js";
import {
  BoardSchema,
  ChangesSchema,
  CommandsSchema,
  LabelsSchema,
  PostmortemSchema,
} from "./schema-sections.js";

export { AUTHOR_ASSOCIATIONS } from "./schema-primitives.js";

/** One step of a severity's response flow, shown as a checklist on the board. */
export const FlowStepSchema = z.strictObject({
  /** Short id used by `/done <id>`. */
  id: id.describe("Short id used by `/done <id>`."),
  /** What the step is, as shown on the board. */
  title: z.string().min(1).describe("What the step is, as shown on the board."),
  /**
   * A fact of the incident that ticks the step automatically: `role:<id>` (the role is held),
   * `status:<status>` (that status was reached), `postmortem` (the postmortem PR is open).
   * Steps without it are ticked with `/done <id>`.
   */
  auto: z
    .string()
    .regex(
      /^(role:[A-Za-z0-9_-]+|status:(investigating|identified|mitigated|resolved)|postmortem|severity-confirmed)$/,
    )
    .optional()
    .describe(
      "A fact that ticks the step automatically: `role:<id>`, `status:<status>`, `postmortem` or `severity-confirmed`. Without it the step is ticked with `/done <id>`.",
    ),
});

/** One severity level. */
export const SeveritySchema = z.strictObject({
  /** Identifier, also what `/sev` accepts (e.g. `SEV1`; `/sev 1` works too). */
  id: id.describe("Identifier, also what `/sev` accepts (`SEV1`; `/sev 1` works too)."),
  /** The label that carries this level on the issue. Defaults to the id. */
  label: labelName.optional().describe("The label that carries this level on the issue. Defaults to the id."),
  /** What qualifies an incident for this level. */
  description: z.string().default("").describe("What qualifies an incident for this level."),
  /** How the team responds at this level, shown on the board ("all hands; incident work beats every other task"). */
  responseMode: z.string().default("").describe("How the team responds at this level, shown on the board."),
  /** Minutes between status updates; the board shows when the next is due. 0 turns reminders off. */
  updateCadenceMinutes: z
    .number()
    .int()
    .min(0)
    .default(60)
    .describe("Minutes between status updates; the board shows when the next is due. 0 turns reminders off."),
  /** People or teams (`@alice`, `@org/team`) mentioned once when an incident is raised to this level. */
  notify: z
    .array(z.string().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9_.-]+)?$/, "a login or org/team"))
    .default([])
    .describe("People or teams mentioned once when an incident is raised to this level."),
  /** Role ids that must be filled at this level; empty ones are flagged on the board. */
  requiredRoles: z.array(id).default([]).describe("Role ids that must be filled at this level."),
  /** Whether closing an incident at this level opens a postmortem pull request. */
  postmortem: z
    .boolean()
    .default(true)
    .describe("Whether closing at this level opens a postmortem pull request."),
  /** The response flow as a checklist. Omit to use the built-in flow. */
  flow: z
    .array(FlowStepSchema)
    .optional()
    .describe("The response flow as a checklist. Omit for the built-in flow."),
  /** Label colour (six hex digits). */
  color: color.optional().describe("Label colour (six hex digits)."),
});

/** One incident role. */
export const RoleSchema = z.strictObject({
  /** Identifier, used by `/role <id>` and in `role:<id>` labels. */
  id: id.describe("Identifier, used by `/role <id>`."),
  /** The label that marks the role as filled. Defaults to `role:<id>`. */
  label: labelName.optional().describe("The label that marks the role as filled. Defaults to `role:<id>`."),
  /** Display name on the board. */
  name: z.string().min(1).optional().describe("Display name on the board."),
  /** What the holder does, shown on the board and by `/help`. */
  duties: z.string().default("").describe("What the holder does."),
  /** Whether several people may hold it at once (e.g. responders). */
  multiple: z.boolean().default(false).describe("Whether several people may hold it at once."),
});

/**
 * `_extends` as @probot/octokit-plugin-config reads it: `repo`, `owner/repo`, either optionally
 * followed by `:path/to/file.yml`.
 */
const extendsRef = z
  .string()
  .regex(
    /^(?:[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}\/)?[-_.\w]+(?::[-_./\w]+\.ya?ml)?$/,
    "`repo`, `owner/repo`, optionally followed by `:path/to/file.yml`",
  );

/**
 * The sections' defaults are parsed when this module loads: without zod's JIT, which would compile a
 * fast path (`new Function`) per object schema for this one parse, ~5 ms of a fresh process's start.
 */
const NO_JIT = { jitless: true };

/** `.github/incidents.yml`. */
export const ConfigSchema = z
  .object({
    /**
     * Another repository's config this file builds on. Resolved (and removed) by
     * @probot/octokit-plugin-config before validation; listed here so editors accept it.
     */
    _extends: extendsRef
      .optional()
      .describe(
        "Builds on the same file in another repository (`repo`, `owner/repo`, optionally `:path/to/file.yml`). Top-level options set here replace that file's.",
      ),
    /** Severity levels, most severe first. */
    severities: z.array(SeveritySchema).min(1).optional().describe("Severity levels, most severe first."),
    /** Level applied when an incident has no severity label. */
    defaultSeverity: id
      .optional()
      .describe(
        "Level applied when an incident has no severity label. Defaults to `SEV3`, or to the least severe level when no level has that id.",
      ),
    /** Incident roles. */
    roles: z.array(RoleSchema).min(1).optional().describe("Incident roles."),
    /** Label names. */
    labels: LabelsSchema.default(LabelsSchema.parse({}, NO_JIT)).describe("Label names."),
    /**
     * The organisation's issue type an incident gets (GitHub's issue types, e.g. `Incident`); an issue a
     * person gives this type becomes an incident as if labelled. `false` turns issue types off.
     */
    issueType: z
      .union([z.string().trim().min(1).max(100), z.literal(false)])
      .default("Incident")
      .describe(
        "The organisation's issue type a declared incident gets, when the organisation defines it; an issue a person gives this type becomes an incident. `false`: issue types are not used (labels only).",
      ),
    /** Who may run commands. */
    commands: CommandsSchema.default(CommandsSchema.parse({}, NO_JIT)).describe("Who may run commands."),
    /** Postmortem pull requests. */
    postmortem: PostmortemSchema.default(PostmortemSchema.parse({}, NO_JIT)).describe(
      "Postmortem pull requests.",
    ),
    /** The status board. */
    board: BoardSchema.default(BoardSchema.parse({}, NO_JIT)).describe("The status board."),
    /** Pull requests merged and deployments made shortly before an incident started. */
    changes: ChangesSchema.default(ChangesSchema.parse({}, NO_JIT)).describe(
      "Pull requests merged and deployments made shortly before an incident started.",
    ),
    /** IANA time zone used to show times (e.g. `Europe/Berlin`). Times are always stored in UTC. */
    timeZone: z.string().default("UTC").describe("IANA time zone used to show times."),
    /** On-call rotations by role id (`commander: {…}`): who holds a role an incident is declared without. */
    oncall: z
      .record(id, RotationSchema)
      .default({})
      .describe("On-call rotations by role id: who holds a role an incident is declared without."),
    /** People, teams and links to contact, shown on the board. */
    contacts: z.array(ContactSchema).default([]).describe("People, teams and links shown on the board."),
    /** Reminders of overdue updates, empty roles and open postmortems. */
    reminders: RemindersSchema.default(RemindersSchema.parse({}, NO_JIT)).describe(
      "Reminders of overdue updates, empty roles and open postmortems.",
    ),
    /** Drills (incidents with the `drill` label). */
    drills: DrillsSchema.default(DrillsSchema.parse({}, NO_JIT)).describe(
      "Drills (incidents with the `drill` label).",
    ),
    /** The incident dashboard issue. */
    dashboard: DashboardSchema.default(DashboardSchema.parse({}, NO_JIT)).describe(
      "The incident dashboard issue.",
    ),
    /** Parts of the service the public status page shows, set by `/component`. */
    components: z
      .array(ComponentSchema)
      .default([])
      .describe("Parts of the service the public status page shows, set by `/component`."),
    /** The public status page. */
    statusPage: StatusPageSchema.default(StatusPageSchema.parse({}, NO_JIT)).describe(
      "The public status page.",
    ),
    /** Issues made from a merged postmortem's action items. */
    actionItems: ActionItemsSchema.default(ActionItemsSchema.parse({}, NO_JIT)).describe(
      "Issues made from a merged postmortem's action items.",
    ),
    /** Chat channels and pagers told about incidents (`docs/notifications.md`). */
    notifications: NotificationsSchema.default(NotificationsSchema.parse({}, NO_JIT)).describe(
      "Chat channels and pagers told about incidents, each fact once (docs/notifications.md).",
    ),
    /** Alerts that open and update incidents (Alertmanager, Grafana, PagerDuty, generic JSON). */
    alerts: AlertsSchema.default(AlertsSchema.parse({}, NO_JIT)).describe(
      "Alerts that open and update incidents (Alertmanager, Grafana, PagerDuty, generic JSON).",
    ),
    /** The deploy gate: the app's deployment protection rule and the Action's `mode: gate`. */
    gate: GateSchema.default(GateSchema.parse({}, NO_JIT)).describe(
      "The deploy gate: the app's deployment protection rule and the Action's `mode: gate`.",
    ),
  })
  .strict();

export type ConfigInput = z.input<typeof ConfigSchema>;
export type ParsedConfig = z.output<typeof ConfigSchema>;
export type Severity = z.output<typeof SeveritySchema>;
export type Role = z.output<typeof RoleSchema>;
export type FlowStep = z.output<typeof FlowStepSchema>;
export type Rotation = z.output<typeof RotationSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type Component = z.output<typeof ComponentSchema>;
