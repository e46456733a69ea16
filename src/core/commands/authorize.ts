import type { Config } from "../config/config.js";
import type { AuthorAssociation } from "../events.js";
import { canDecide, DECIDING_PERMISSION, isAllowedUser, type RepoPermission } from "../state/trust.js";
import type { RoleState } from "../state/types.js";

export type Authorization = { ok: true } | { ok: false; reason: string };

/** Whether `commands.requirePermission` names this command (it then needs triage or more). */
export const needsPermission = (command: { kind: string }, config: Config): boolean =>
  (config.commands.requirePermission as readonly string[]).includes(command.kind);

/**
 * May this person run this command here? By author association (no API call) or by login
 * (`allowUsers`); the commands in `commands.requirePermission` also need triage permission or more
 * on the repository (`permission`: settled by the association or read by the handler; undefined
 * when nobody read it, which refuses); `/sev` may further be limited to holders of given roles.
 */
export function authorize(
  command: { kind: string },
  author: { login: string; association: AuthorAssociation; permission?: RepoPermission | undefined },
  config: Config,
  roles: readonly RoleState[],
): Authorization {
  const listed = isAllowedUser(config, author.login);
  const allowed = listed || config.commands.allow.includes(author.association);
  if (!allowed) {
    return {
      ok: false,
      reason: `only ${config.commands.allow.map((a) => a.toLowerCase()).join(", ")} accounts of this repository may run incident commands (you are ${author.association.toLowerCase().replaceAll("_", " ")})`,
    };
  }
  if (!listed && needsPermission(command, config) && !canDecide(author.permission)) {
    const yours =
      author.permission === undefined ? "your permission could not be read" : `you have ${author.permission}`;
    return {
      ok: false,
      reason: `\`/${command.kind}\` needs ${DECIDING_PERMISSION} permission or more on this repository (${yours})`,
    };
  }
  const sevRoles = config.commands.sevRoles;
  if (command.kind === "sev" && sevRoles.length > 0) {
    const holds = roles.some(
      (r) =>
        sevRoles.includes(r.role.id) &&
        r.holders.some((h) => h.login.toLowerCase() === author.login.toLowerCase()),
    );
    if (!holds) return { ok: false, reason: `only the ${sevRoles.join(" or ")} may change the severity` };
  }
  return { ok: true };
}
