import {
  HttpError,
  type Issue,
  type IssueType,
  type Org,
  type Repo,
  recordEvent,
  type World,
} from "./model.js";

/**
 * Organisations and their issue types. An account made an organisation here is answered as one
 * (`type: "Organization"` wherever it is shown); a repository's owner that is not one is a user,
 * whose repositories have no issue types.
 */
export function addOrg(
  world: World,
  login: string,
  options: { issueTypes?: string[]; dropsIssueTypes?: boolean } = {},
): Org {
  world.user(login).type = "Organization";
  const org: Org = { login, issueTypes: [], dropsIssueTypes: options.dropsIssueTypes ?? false };
  world.orgs.set(login.toLowerCase(), org);
  for (const name of options.issueTypes ?? []) addIssueType(world, org, name);
  return org;
}

export function addIssueType(world: World, org: Org, name: string): IssueType {
  const type: IssueType = {
    id: world.nextId("type"),
    name,
    description: null,
    color: null,
    createdAt: world.now(),
  };
  org.issueTypes.push(type);
  return type;
}

export function orgOf(world: World, repo: Repo): Org | undefined {
  return world.orgs.get(repo.owner.toLowerCase());
}

/** The repository's issue type named `name` (GitHub matches names case-insensitively). */
export function issueTypeNamed(world: World, repo: Repo, name: string): IssueType | undefined {
  return orgOf(world, repo)?.issueTypes.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

export function issueTypeOf(world: World, repo: Repo, issue: Issue): IssueType | null {
  if (issue.typeId == null) return null;
  return orgOf(world, repo)?.issueTypes.find((t) => t.id === issue.typeId) ?? null;
}

/**
 * `type` on a create or update: a name the organisation defines sets it (null clears it); any other
 * name is a 422, as on GitHub. When the organisation drops types set through the API
 * (`dropsIssueTypes`), nothing changes and nothing says so; a person in the UI (`by: "person"`) may.
 * A change is on the timeline (`issue_type_added`, `_changed`, `_removed`). Returns whether the type changed.
 */
export function applyIssueType(
  world: World,
  repo: Repo,
  issue: Issue,
  name: string | null,
  actor: string,
  by: "api" | "person" = "api",
): boolean {
  const type = name === null ? null : issueTypeNamed(world, repo, name);
  if (type === undefined) {
    throw new HttpError(422, "Validation Failed", {
      errors: [{ resource: "Issue", code: "invalid", field: "type", value: name }],
    });
  }
  if (by === "api" && orgOf(world, repo)?.dropsIssueTypes) return false;
  const id = type?.id ?? null;
  if ((issue.typeId ?? null) === id) return false;
  const before = issueTypeOf(world, repo, issue);
  issue.typeId = id;
  const webhookShape = (t: IssueType) => ({ id: t.id, name: t.name, color: t.color });
  if (type === null && before !== null)
    recordEvent(world, issue, "issue_type_removed", actor, { prev_issue_type: webhookShape(before) });
  else if (type !== null && before === null)
    recordEvent(world, issue, "issue_type_added", actor, { issue_type: webhookShape(type) });
  else if (type !== null && before !== null)
    recordEvent(world, issue, "issue_type_changed", actor, {
      issue_type: webhookShape(type),
      prev_issue_type: webhookShape(before),
    });
  return true;
}

/** An issue type as GitHub shows it (`issue-type`: on issues, in the org's list, in `issues.typed`). */
export function issueTypeShape(type: IssueType): Record<string, unknown> {
  return {
    id: type.id,
    node_id: `IT_${Buffer.from(`0:${type.id}`).toString("base64url")}`,
    name: type.name,
    description: type.description,
    color: type.color,
    created_at: type.createdAt,
    updated_at: type.createdAt,
    is_enabled: true,
  };
}
