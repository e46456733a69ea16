import type { Config } from "../config/config.js";
import type { AuthorAssociation } from "../events.js";
import { canDecide, DECIDING_PERMISSION, isAllowedUser, type RepoPermission } from "../state/trust.js";
import type { RoleState } from "../state/types.js";

export type Authorization = { ok: true } | { ok: false; reason: string };

/** Whether `commands.requirePermission` names this command (it then needs triage or more). */
export const needsPermission = (command: { kind: string }, config: Config): boolean =>
  (config.commands.requirePermission as readonly string[]).includes(command.kind);

/**
 * May this person run commands here at all? By author association (no API call) or by login. Needs
 * nothing from the command, so a comment whose author may not is refused before it is parsed.
 */
export function mayRunCommands(
  author: { login: string; association: AuthorAssociation },
  config: Config,
): Authorization {
  const allowed = config.commands.allow.includes(author.association) || isAllowedUser(config, author.login);
  if (allowed) return { ok: true };
  return {
    ok: false,
    reason: `only ${config.commands.allow.map((a) => a.toLowerCase()).join(", ")} accounts of this repository may run incident commands (you are ${author.association.toLowerCase().replaceAll("_", " ")})`,
  };
}

/**
 * May this person run this command here? `mayRunCommands` (by association or login); the commands
 * in `commands.requirePermission` also need triage permission or more on the repository
 * (`permission`: settled by the association or read by the handler; undefined when nobody read it,
 * which refuses); `/sev` may further be limited to holders of given roles.
 */
export function authorize(
  command: { kind: string },
  author: { login: string; association: AuthorAssociation; permission?: RepoPermission | undefined },
  config: Config,
  roles: readonly RoleState[],
): Authorization {
  const may = mayRunCommands(author, config);
  if (!may.ok) return may;
  const listed = isAllowedUser(config, author.login);
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
