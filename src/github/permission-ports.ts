import type { RepoPermission } from "../core/state/trust.js";
import { httpStatus } from "./octokit-like.js";
import type { PermissionPort } from "./ports.js";
import type { Json, Requester } from "./requester.js";
import { TtlMemo } from "./ttl-memo.js";

const ROLES: ReadonlySet<string> = new Set(["admin", "maintain", "write", "triage", "read", "none"]);

/**
 * GitHub's answer as one of the built-in roles. `role_name` names them (`permission` folds
 * maintain into write and triage into read); a custom role (GitHub Enterprise) is read from the
 * flags of what it grants, so a custom role that can triage counts as triage.
 */
export function toRepoPermission(data: Json): RepoPermission {
  const role = String(data?.role_name ?? "").toLowerCase();
  if (ROLES.has(role)) return role as RepoPermission;
  const flags = data?.user?.permissions ?? {};
  if (flags.admin === true) return "admin";
  if (flags.maintain === true) return "maintain";
  if (flags.push === true) return "write";
  if (flags.triage === true) return "triage";
  const permission = String(data?.permission ?? "none").toLowerCase();
  return ROLES.has(permission) ? (permission as RepoPermission) : "none";
}

/**
 * What a run (or, in the app, the process for a short while) remembers of the permissions it read:
 * each person is asked once. Entries older than `ttlMs` are asked again; a failed read is
 * forgotten (and its error thrown), never remembered as an answer.
 */
export class PermissionMemo extends TtlMemo<RepoPermission> {}

/**
 * People's permission on the repository (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`,
 * which needs only the metadata permission every installation and workflow token has). An account
 * GitHub does not know (404: deleted, renamed) has none.
 */
export function permissionPorts(r: Requester, memo: PermissionMemo = new PermissionMemo()): PermissionPort {
  const key = (login: string) => `${r.base.owner}/${r.base.repo}:${login.toLowerCase()}`.toLowerCase();
  return {
    permissionOf(login) {
      return memo.get(key(login), async () => {
        try {
          return toRepoPermission(
            await r.req("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { username: login }),
          );
        } catch (error) {
          if (httpStatus(error) === 404) return "none";
          throw error;
        }
      });
    },
  };
}
