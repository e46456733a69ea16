import { describe, expect, it } from "vitest";
import { toIssueSnapshot, toTimelineEvent } from "../../src/github/from-github.js";
import { IssueTypeMemo } from "../../src/github/issue-type-ports.js";
import type { IssueTypes } from "../../src/github/ports.js";

const home = { owner: "acme", repo: "web" };
const actor = { login: "alice", type: "User" };

describe("issue types from GitHub's JSON", () => {
  it("the issue's type name, null without one, absent when GitHub does not show the field", () => {
    const base = { number: 1, title: "t", user: actor, created_at: "2026-01-01T00:00:00Z" };
    expect(toIssueSnapshot({ ...base, type: { id: 1, name: "Incident" } }).type).toBe("Incident");
    expect(toIssueSnapshot({ ...base, type: null }).type).toBeNull();
    expect("type" in toIssueSnapshot(base)).toBe(false);
  });

  it("the timeline's issue_type_added, _changed and _removed", () => {
    const at = "2026-01-01T00:00:00Z";
    const added = {
      id: 1,
      event: "issue_type_added",
      actor,
      created_at: at,
      issue_type: { id: 9, name: "Incident" },
    };
    const changed = { ...added, id: 2, event: "issue_type_changed", issue_type: { id: 8, name: "Bug" } };
    const removed = {
      id: 3,
      event: "issue_type_removed",
      actor,
      created_at: at,
      prev_issue_type: { id: 8, name: "Bug" },
    };
    expect([added, changed, removed].map((e) => toTimelineEvent(e, home))).toMatchObject([
      { kind: "issue-typed", type: "Incident" },
      { kind: "issue-typed", type: "Bug" },
      { kind: "issue-typed", type: null },
    ]);
  });
});

describe("IssueTypeMemo", () => {
  it("reads an organisation once per lifetime, case-insensitively; a failed read is not remembered", async () => {
    let now = 0;
    const memo = new IssueTypeMemo(600_000, () => now);
    let reads = 0;
    const ask = async (): Promise<IssueTypes> => {
      reads++;
      return { kind: "types", names: ["Incident"] };
    };
    await memo.get("Acme", ask);
    await memo.get("acme", ask);
    expect(reads).toBe(1);
    now = 600_000;
    await memo.get("acme", ask);
    expect(reads).toBe(2);
    await expect(memo.get("other", () => Promise.reject(new Error("502")))).rejects.toThrow("502");
    await memo.get("other", ask);
    expect(reads).toBe(3);
  });
});
