import type { AuthorAssociation, IssueSnapshot, TimelineEvent } from "../../src/core/events.js";
import type { Permissions } from "../../src/core/state/trust.js";

/** Builds issue histories for unit tests: one event a minute from a fixed start. */
export class History {
  readonly events: TimelineEvent[] = [];
  private minute = 0;
  private nextId = 1000;

  constructor(readonly start = "2026-11-21T09:00:00Z") {}

  private at(): string {
    return new Date(new Date(this.start).getTime() + this.minute++ * 60_000).toISOString();
  }

  label(label: string, by = "alice", isBot = false): this {
    this.events.push({
      kind: "labeled",
      id: this.nextId++,
      at: this.at(),
      actor: { login: by, isBot },
      label,
    });
    return this;
  }

  unlabel(label: string, by = "alice", isBot = false): this {
    this.events.push({
      kind: "unlabeled",
      id: this.nextId++,
      at: this.at(),
      actor: { login: by, isBot },
      label,
    });
    return this;
  }

  comment(body: string, by = "alice", association: AuthorAssociation = "MEMBER", isBot = false): this {
    const id = this.nextId++;
    this.events.push({
      kind: "commented",
      id,
      at: this.at(),
      actor: { login: by, isBot },
      body,
      association,
      url: `https://github.com/acme/web/issues/7#issuecomment-${id}`,
    });
    return this;
  }

  close(reason: "completed" | "not_planned" = "completed", by = "alice"): this {
    this.events.push({
      kind: "closed",
      id: this.nextId++,
      at: this.at(),
      actor: { login: by, isBot: false },
      reason,
    });
    return this;
  }

  lastCommentId(): number {
    const last = [...this.events].reverse().find((e) => e.kind === "commented");
    if (last?.kind !== "commented") throw new Error("no comment yet");
    return last.id;
  }
}

export function issue(overrides: Partial<IssueSnapshot> = {}): IssueSnapshot {
  return {
    number: 7,
    title: "Checkout returns 500s",
    body: "",
    url: "https://github.com/acme/web/issues/7",
    state: "open",
    stateReason: null,
    author: { login: "alice", isBot: false },
    createdAt: "2026-11-21T09:00:00Z",
    closedAt: null,
    labels: [],
    assignees: [],
    isPullRequest: false,
    ...overrides,
  };
}

/**
 * The team in these histories: people with write permission on the repository, as the handler
 * would have read them (`mallory` and anyone else has none).
 */
export const TEAM: Permissions = new Map(["alice", "bob", "carol", "dave", "erin"].map((l) => [l, "write"]));
