import type { Config } from "../config/config.js";
import type { AuthorAssociation, IssueSnapshot, Person } from "../events.js";

/**
 * Who may decide. Author association is not permission: `MEMBER` is any member of the
 * repository's organisation and `COLLABORATOR` includes read-only collaborators. What changes an
 * incident's course (a label change, a close, the incident form's answers, the commands in
 * `commands.requirePermission`) follows from the repository permission of the person who did it,
 * read from GitHub by the handler (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`)
 * and handed to the derivation as `Permissions`. Pure: nothing here asks GitHub anything.
 */

/** A person's role on the repository, as GitHub's `role_name` says it. */
export type RepoPermission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

/** Lower-cased login → their permission on the repository, read for this run. */
export type Permissions = ReadonlyMap<string, RepoPermission>;

/** The least permission that decides: triage is what GitHub asks of anyone who labels or closes others' issues. */
export const DECIDING_PERMISSION: RepoPermission = "triage";

const DECIDING: ReadonlySet<RepoPermission> = new Set(["triage", "write", "maintain", "admin"]);

/** Whether a permission is triage or more. */
export const canDecide = (permission: RepoPermission | undefined): boolean =>
  permission !== undefined && DECIDING.has(permission);

/**
 * What the association alone says: `OWNER` owns the repository (admin); `MEMBER`, `COLLABORATOR`
 * and an unknown association do not settle it (undefined: ask GitHub); anyone else has no role on
 * the repository (read at most).
 */
export function permissionFromAssociation(
  association: AuthorAssociation | undefined,
): RepoPermission | undefined {
  if (association === "OWNER") return "admin";
  if (association === undefined || association === "MEMBER" || association === "COLLABORATOR")
    return undefined;
  return "read";
}

/** Whether `commands.allowUsers` names the login (trusted by the config whatever GitHub says). */
export const isAllowedUser = (config: Config, login: string): boolean =>
  config.commands.allowUsers.some((u) => u.toLowerCase() === login.toLowerCase());

/** The person's permission: settled by their association, else read for this run (undefined: not read). */
export function permissionOf(
  login: string,
  association: AuthorAssociation | undefined,
  permissions: Permissions,
): RepoPermission | undefined {
  return permissionFromAssociation(association) ?? permissions.get(login.toLowerCase());
}

/** What deciding who may decide needs to know about the run. */
export interface TrustContext {
  config: Config;
  issue: IssueSnapshot;
  isSelf: (person: Person) => boolean;
  permissions: Permissions;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Whether a label change or a close by this account is a decision. The tool itself, `allowUsers`
 * and other integrations (bots: only an installed app or a workflow of the repository can label
 * an issue) are trusted. A person other than the issue's author changed labels or closed the
 * issue, which GitHub allows only with triage permission or more. The author is the one case
 * GitHub lets act without it — an issue form applies its labels on the author's behalf, and
 * authors may close their own issues — so the author's own permission decides.
 */
export function mayDecide(ctx: TrustContext, actor: Person): boolean {
  if (ctx.isSelf(actor) || actor.isBot || isAllowedUser(ctx.config, actor.login)) return true;
  if (!same(actor.login, ctx.issue.author.login)) return true;
  return canDecide(permissionOf(actor.login, ctx.issue.authorAssociation, ctx.permissions));
}

/** Whether the issue's author may decide (the incident form's answers count only then). */
export const authorMayDecide = (ctx: TrustContext): boolean => mayDecide(ctx, ctx.issue.author);

/** Whether a person's permission is unknown from what the run has: their association does not settle it. */
export function needsAsking(
  config: Config,
  person: Person,
  association: AuthorAssociation | undefined,
): boolean {
  return (
    !person.isBot &&
    !isAllowedUser(config, person.login) &&
    permissionFromAssociation(association) === undefined
  );
}

/** Whether an account is the tool itself: a bot with the tool's login. */
export const selfMatcher =
  (self: string) =>
  (person: Person): boolean =>
    person.isBot && person.login.toLowerCase() === self.toLowerCase();
