import type { Config } from "../config/config.js";
import type { AuthorAssociation } from "../events.js";
import type { RoleState } from "../state/types.js";

export type Authorization = { ok: true } | { ok: false; reason: string };

/**
 * May this person run commands here at all? By author association (no API call) or by login. Needs
 * nothing from the command, so a comment whose author may not is refused before it is parsed.
 */
export function mayRunCommands(
  author: { login: string; association: AuthorAssociation },
  config: Config,
): Authorization {
  const allowed =
    config.commands.allow.includes(author.association) ||
    config.commands.allowUsers.some((u) => u.toLowerCase() === author.login.toLowerCase());
  if (allowed) return { ok: true };
  return {
    ok: false,
    reason: `only ${config.commands.allow.map((a) => a.toLowerCase()).join(", ")} accounts of this repository may run incident commands (you are ${author.association.toLowerCase().replaceAll("_", " ")})`,
  };
}

/**
 * May this person run this command here? `mayRunCommands`, and `/sev` may further be limited to
 * holders of given roles.
 */
export function authorize(
  command: { kind: string },
  author: { login: string; association: AuthorAssociation },
  config: Config,
  roles: readonly RoleState[],
): Authorization {
  const may = mayRunCommands(author, config);
  if (!may.ok) return may;
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
