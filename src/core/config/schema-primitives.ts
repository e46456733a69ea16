// Building blocks shared by the config schema's sections.
import * as z from "zod";

/** Author associations GitHub reports on comments (`author_association`). */
export const AUTHOR_ASSOCIATIONS = [
  "OWNER",
  "MEMBER",
  "COLLABORATOR",
  "CONTRIBUTOR",
  "FIRST_TIME_CONTRIBUTOR",
  "FIRST_TIMER",
  "MANNEQUIN",
  "NONE",
] as const;

/** Commands `commands.requirePermission` may name (everything that changes or says something). */
export const GATEABLE_COMMANDS = [
  "sev",
  "status",
  "role",
  "unrole",
  "update",
  "impact",
  "note",
  "followup",
  "done",
  "started",
  "timeline",
  "resolve",
  "public",
  "public-title",
  "component",
  "revert",
] as const;

export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "letters, digits, '-' or '_', starting with a letter or digit");
export const labelName = z.string().min(1).max(50);
export const color = z.string().regex(/^[0-9a-fA-F]{6}$/, "six hex digits without '#'");
