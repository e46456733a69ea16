// The config sections for labels, commands, postmortems and the board (preparedness ones: schema-preparedness.ts).
import * as z from "zod";
import { AUTHOR_ASSOCIATIONS, GATEABLE_COMMANDS, id, labelName } from "./schema-primitives.js";

/** Names of the labels the tool uses. */
export const LabelsSchema = z.strictObject({
  /** Marks an issue as an incident. */
  incident: labelName.default("incident").describe("Marks an issue as an incident."),
  /** Marks an incident as a drill, kept out of metrics. */
  drill: labelName.default("drill").describe("Marks an incident as a drill, kept out of metrics."),
  /** Applied to postmortem pull requests. */
  postmortem: labelName.default("postmortem").describe("Applied to postmortem pull requests."),
  /** Applied when an incident is closed as not planned. */
  notAnIncident: labelName
    .default("not-an-incident")
    .describe("Applied when an incident is closed as not planned."),
  /** Marks a scheduled maintenance issue (shown on the status page). */
  maintenance: labelName.default("maintenance").describe("Marks a scheduled maintenance issue."),
  /** Applied to issues made from a postmortem's action items. */
  actionItem: labelName
    .default("action-item")
    .describe("Applied to issues made from postmortem action items."),
  /** Marks the incident dashboard issue. */
  dashboard: labelName.default("incident-dashboard").describe("Marks the incident dashboard issue."),
  /**
   * Prefix of the status labels (`status:investigating` …). At most 37 characters, so that
   * `<prefix>investigating` fits GitHub's 50-character label names.
   */
  statusPrefix: z.string().min(1).max(37).default("status:").describe("Prefix of the status labels."),
});

/** Who may run commands. */
export const CommandsSchema = z.strictObject({
  /** Author associations allowed to run commands. */
  allow: z
    .array(z.enum(AUTHOR_ASSOCIATIONS))
    .min(1)
    .default(["OWNER", "MEMBER", "COLLABORATOR"])
    .describe("Author associations allowed to run commands."),
  /** Extra logins allowed to run commands whatever their association. */
  allowUsers: z.array(z.string().min(1)).default([]).describe("Extra logins allowed to run commands."),
  /** When set, only holders of these roles may run `/sev` (e.g. `[decider, commander]`). */
  sevRoles: z.array(id).default([]).describe("When non-empty, only holders of these roles may run `/sev`."),
  /**
   * Commands that also need at least triage permission on the repository (read from GitHub), not
   * only an allowed association: `MEMBER` is any member of the organisation and `COLLABORATOR`
   * includes read-only collaborators. `[]` turns the check off. `allowUsers` need no permission.
   */
  requirePermission: z
    .array(z.enum(GATEABLE_COMMANDS))
    .default(["sev", "resolve", "public", "public-title", "component", "revert"])
    .describe("Commands that also need triage (or higher) permission on the repository; [] for none."),
  /**
   * An issue from the incident form opened by someone without triage permission: `ignore` leaves
   * it alone (not declared, nobody paged); `reply` also answers it once, saying that a maintainer
   * declares it by adding the incident label.
   */
  outsiderForms: z
    .enum(["ignore", "reply"])
    .default("ignore")
    .describe("An incident form opened by someone without triage permission: ignore it, or reply once."),
});

/** Postmortem pull requests. */
export const PostmortemSchema = z.strictObject({
  /** Open a postmortem PR when an incident closes as completed. */
  enabled: z.boolean().default(true).describe("Open a postmortem PR when an incident closes as completed."),
  /** Directory of the postmortem files in the repository. */
  directory: z.string().min(1).default("docs/postmortems").describe("Directory of the postmortem files."),
  /** Open the PR as a draft. */
  draft: z.boolean().default(false).describe("Open the PR as a draft."),
  /** Logins requested as reviewers besides the commander. */
  reviewers: z
    .array(z.string().min(1))
    .default([])
    .describe("Logins requested as reviewers besides the commander."),
  /** Repository path of a Handlebars template overriding the built-in postmortem template. */
  template: z
    .string()
    .min(1)
    .optional()
    .describe("Repository path of a template overriding the built-in one."),
  /**
   * The postmortem index, updated in each postmortem's pull request: a repository path, or `false`
   * for none. Default: `README.md` in `directory`.
   */
  index: z
    .union([z.string().min(1), z.literal(false)])
    .optional()
    .describe("The postmortem index's path (default `README.md` in `directory`), or `false` for none."),
});

/** The status board. */
export const BoardSchema = z.strictObject({
  /** Repository path of a Handlebars template overriding the built-in board template. */
  template: z
    .string()
    .min(1)
    .optional()
    .describe("Repository path of a template overriding the built-in one."),
  /** How many of the newest timeline events the board lists before summarising older ones. */
  timelineLimit: z
    .number()
    .int()
    .min(5)
    .max(500)
    .default(50)
    .describe("Newest timeline events listed on the board."),
});

/** The recent changes listed on the board and in the postmortem (read once, when an incident is declared). */
export const ChangesSchema = z.strictObject({
  /**
   * Hours before the incident started to look back for merged pull requests and deployments; the
   * window ends when the incident was declared.
   */
  windowHours: z
    .number()
    .int()
    .min(1)
    .max(720)
    .default(24)
    .describe("Hours before the incident started to look back for merged pull requests and deployments."),
  /** At most this many changes are listed (newest first); 0 turns the list off (nothing is read). */
  limit: z
    .number()
    .int()
    .min(0)
    .max(50)
    .default(10)
    .describe("At most this many recent changes are listed, newest first; 0 turns the list off."),
});
