import type { AuthorAssociation, IssueSnapshot, Person, RepoRef, TimelineEvent } from "../core/events.js";

/**
 * GitHub gives second-precision times (`…:22Z`); the engine's own events have milliseconds
 * (`…:22.900Z`). One canonical form keeps string comparison equal to time order.
 */
export const isoTime = (value: unknown): string => {
  const date = new Date(typeof value === "string" ? value : Number.NaN);
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
};

/** Loosely typed JSON from GitHub; only the fields we read are named. */
// biome-ignore lint/suspicious/noExplicitAny: GitHub JSON is validated by shape at this boundary.
type Json = any;

export const toPerson = (user: Json): Person => ({
  login: typeof user?.login === "string" ? user.login : "ghost",
  isBot: user?.type === "Bot",
});

/** An issue from a webhook payload or the REST API. */
export function toIssueSnapshot(issue: Json): IssueSnapshot {
  return {
    number: issue.number,
    ...(typeof issue.id === "number" ? { id: issue.id } : {}),
    title: issue.title ?? "",
    body: issue.body ?? "",
    url: issue.html_url ?? "",
    state: issue.state === "closed" ? "closed" : "open",
    stateReason: issue.state_reason ?? null,
    author: toPerson(issue.user),
    authorAssociation: (issue.author_association ?? "NONE") as AuthorAssociation,
    createdAt: isoTime(issue.created_at),
    updatedAt: isoTime(issue.updated_at ?? issue.created_at),
    closedAt: issue.closed_at ? isoTime(issue.closed_at) : null,
    labels: (issue.labels ?? []).map((l: Json) => (typeof l === "string" ? l : l.name)),
    assignees: (issue.assignees ?? []).map((a: Json) => a.login),
    isPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
    ...(issue.type === undefined
      ? {}
      : { type: typeof issue.type?.name === "string" ? issue.type.name : null }),
  };
}

/**
 * Whether a referencing issue's title and whereabouts may be shown on `home`'s incidents: it is in
 * `home` itself or in a repository GitHub says is public (`private: false`). Anything else (another
 * private or internal repository of an organisation-wide installation, or no repository object) is
 * withheld.
 */
function shownOn(home: RepoRef, repository: Json): boolean {
  const name = typeof repository?.full_name === "string" ? repository.full_name.toLowerCase() : null;
  if (name !== null && name === `${home.owner}/${home.repo}`.toLowerCase()) return true;
  return repository?.private === false && repository?.visibility !== "internal";
}

/**
 * One item of `GET /repos/{owner}/{repo}/issues/{n}/timeline` of `home`; null for kinds the engine
 * ignores. A cross-reference from a non-public repository keeps only its kind (see `shownOn`).
 */
export function toTimelineEvent(item: Json, home: RepoRef): TimelineEvent | null {
  const at = isoTime(item.created_at ?? item.updated_at);
  const actor = toPerson(item.actor ?? item.user);
  switch (item.event) {
    case "labeled":
    case "unlabeled":
      return { kind: item.event, id: item.id, at, actor, label: item.label?.name ?? "" };
    case "issue_type_added":
    case "issue_type_changed":
    case "issue_type_removed": {
      const name = item.event === "issue_type_removed" ? null : item.issue_type?.name;
      return { kind: "issue-typed", id: item.id, at, actor, type: typeof name === "string" ? name : null };
    }
    case "commented":
      return {
        kind: "commented",
        id: item.id,
        at,
        actor: toPerson(item.user ?? item.actor),
        body: item.body ?? "",
        association: (item.author_association ?? "NONE") as AuthorAssociation,
        url: item.html_url ?? "",
        plusOnes: Number(item.reactions?.["+1"] ?? 0) || 0,
      };
    case "assigned":
    case "unassigned":
      return { kind: item.event, id: item.id, at, actor, assignee: item.assignee?.login ?? "ghost" };
    case "closed":
      return { kind: "closed", id: item.id, at, actor, reason: item.state_reason ?? "completed" };
    case "reopened":
      return { kind: "reopened", id: item.id, at, actor };
    case "renamed":
      return {
        kind: "renamed",
        id: item.id,
        at,
        actor,
        from: item.rename?.from ?? "",
        to: item.rename?.to ?? "",
      };
    case "cross-referenced": {
      const source = item.source?.issue;
      if (!source) return null;
      const isPullRequest = source.pull_request !== undefined && source.pull_request !== null;
      if (!shownOn(home, source.repository)) {
        const hidden = {
          number: 0,
          title: "",
          url: "",
          isPullRequest,
          repository: "",
          hidden: true,
        } as const;
        return { kind: "cross-referenced", at, actor, source: hidden };
      }
      return {
        kind: "cross-referenced",
        at,
        actor,
        source: {
          number: source.number,
          title: source.title ?? "",
          url: source.html_url ?? "",
          isPullRequest,
          repository: source.repository?.full_name ?? "",
          body: source.body ?? "",
        },
      };
    }
    case "referenced":
      return {
        kind: "referenced",
        id: item.id,
        at,
        actor,
        commitId: item.commit_id ?? "",
        commitUrl: item.commit_url ?? "",
      };
    default:
      return null;
  }
}
