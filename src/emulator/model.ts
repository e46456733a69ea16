/** The emulator's in-memory GitHub: plain data (`records.ts`), mutated by the `*-ops.ts` modules. */

import type { AuthorAssociation } from "../core/events.js";
import { commitSha } from "./hashes.js";
import type { Comment, DeploymentRun, Issue, Org, Permission, Repo, User } from "./records.js";

export { blobSha, commitSha } from "./hashes.js";
export type {
  Comment,
  Deployment,
  DeploymentReview,
  DeploymentRun,
  Issue,
  IssueType,
  Label,
  Org,
  Permission,
  PullInfo,
  Reaction,
  Repo,
  StateReason,
  TimelineEntry,
  User,
} from "./records.js";
export type { AuthorAssociation };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const APP = { id: 1001, slug: "incident-workflow", name: "Incident Workflow" } as const;
export const ACTIONS_APP = { id: 15368, slug: "github-actions", name: "GitHub Actions" } as const;
export const BOT_LOGIN = `${APP.slug}[bot]`;
export const ACTIONS_LOGIN = "github-actions[bot]";

const KNOWN_USER_IDS: Record<string, number> = { [ACTIONS_LOGIN]: 41898282, [BOT_LOGIN]: 900001001 };

export class World {
  baseUrl = "";
  readonly users = new Map<string, User>();
  readonly repos = new Map<string, Repo>();
  readonly comments = new Map<number, Comment>();
  /** Whether the sub-issues API exists (false: it answers 404, as on older GitHub Enterprise Server). */
  subIssues = true;
  /** Workflow runs waiting on a deployment protection rule, by run id. */
  readonly deploymentRuns = new Map<number, DeploymentRun>();
  /** Lower-cased login → organisation (an owner listed here is an organisation, else a user). */
  readonly orgs = new Map<string, Org>();
  /** Token → login. */
  readonly tokens = new Map<string, string>();
  readonly installationId = 4242;
  private readonly counters = new Map<string, number>();
  private clockOffsetMs = 0;

  nextId(
    kind:
      | "issue"
      | "comment"
      | "event"
      | "label"
      | "reaction"
      | "repo"
      | "user"
      | "run"
      | "deployment"
      | "type",
  ): number {
    const base = {
      issue: 2e9,
      comment: 3e9,
      event: 4e9,
      label: 5e9,
      reaction: 6e9,
      repo: 7e8,
      user: 1e5,
      run: 8e9,
      deployment: 8e8,
      type: 410,
    }[kind];
    const next = (this.counters.get(kind) ?? base) + 1;
    this.counters.set(kind, next);
    return next;
  }

  user(login: string): User {
    let user = this.users.get(login.toLowerCase());
    if (!user) {
      const id = KNOWN_USER_IDS[login] ?? this.nextId("user");
      user = { login, id, type: login.endsWith("[bot]") ? "Bot" : "User" };
      this.users.set(login.toLowerCase(), user);
    }
    return user;
  }

  /** "Now" on the emulator's clock: real time, shifted by `advance()`; GitHub's second precision. */
  now(): string {
    return new Date(Date.now() + this.clockOffsetMs).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  advance(ms: number): void {
    this.clockOffsetMs += ms;
  }

  setTime(iso: string): void {
    this.clockOffsetMs = Date.parse(iso) - Date.now();
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addRepo(owner: string, name: string, opts: { defaultBranch?: string; private?: boolean } = {}): Repo {
    const files = new Map<string, string>();
    const sha = commitSha(`initial ${owner}/${name}`, files);
    const defaultBranch = opts.defaultBranch ?? "main";
    const repo: Repo = {
      id: this.nextId("repo"),
      owner,
      name,
      private: opts.private ?? false,
      defaultBranch,
      createdAt: this.now(),
      commits: new Map([[sha, files]]),
      parents: new Map([[sha, []]]),
      branches: new Map([[defaultBranch, sha]]),
      labels: new Map(),
      issues: new Map(),
      nextNumber: 1,
      associations: new Map([[owner.toLowerCase(), "OWNER"]]),
      permissions: new Map([[owner.toLowerCase(), "admin"]]),
      deployments: [],
    };
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    return repo;
  }
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`0:${id}`).toString("base64url")}`;
}

/** Appends a stored timeline event (`users` fields are rendered as user objects). */
export function recordEvent(
  world: World,
  issue: Issue,
  name: string,
  actor: string,
  extra: Record<string, unknown> = {},
  users: Record<string, string> = {},
): void {
  const createdAt = world.now();
  issue.timeline.push({
    kind: "event",
    id: world.nextId("event"),
    event: name,
    actor,
    createdAt,
    extra,
    users,
  });
  issue.updatedAt = createdAt;
}

export function association(repo: Repo, login: string): AuthorAssociation {
  return repo.associations.get(login.toLowerCase()) ?? "NONE";
}

/**
 * A person's role on the repository: as set (`setPermission`), else what the association usually
 * means in the emulator's world — the owner is admin, a member or collaborator writes (set
 * `read` or `triage` for the read-only collaborator or org member GitHub also has), anyone else
 * has none.
 */
export function permissionOf(repo: Repo, login: string): Permission {
  const set = repo.permissions.get(login.toLowerCase());
  if (set !== undefined) return set;
  const assoc = association(repo, login);
  if (assoc === "OWNER") return "admin";
  return assoc === "MEMBER" || assoc === "COLLABORATOR" ? "write" : "none";
}

export function fullName(repo: Repo): string {
  return `${repo.owner}/${repo.name}`;
}
