import type { Config } from "../core/config/config.js";
import {
  actionItemIssue,
  dueDays,
  frontMatter,
  parseActionItems,
  readActionItemMarker,
} from "../core/postmortem/action-items.js";
import { postmortemIndexPath } from "../core/postmortem/paths.js";
import { actionItemsMarker, isTool, requestMarker } from "../core/state/markers.js";
import { trimPath } from "../core/text/scan.js";
import { httpStatus } from "../github/octokit-like.js";
import { linkSubIssues } from "./link-sub-issues.js";
import type { EngineDeps } from "./types.js";

/** What a `pull_request` delivery says about the pull request. */
export interface MergedPull {
  number: number;
  url: string;
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  head: string;
}

export type ActionItemsOutcome =
  | { outcome: "ignored"; reason: string }
  | {
      outcome: "followed";
      incident: number;
      created: number[];
      existing: number[];
      document: string;
      /** Whether they are sub-issues of the incident, or only linked in text (no sub-issues API). */
      subIssues: "linked" | "unavailable" | "none";
    }
  | { outcome: "invalid-config"; message: string };

const BRANCH = /^postmortem\/incident-(\d+)$/;

/**
 * A merged postmortem pull request: every unchecked action item of the merged document becomes an
 * issue (label, links to the incident and the postmortem, assignee from the item's `@user`, a due
 * date by the level), once — the issues carry their item's marker, so a redelivered or re-run merge
 * creates nothing twice — and a sub-issue of the incident where GitHub has sub-issues (else the
 * incident's comment listing them is the only link). Requests: the PR's files, the document at the
 * merge commit, the existing action items, one create per new item, the incident's sub-issues and
 * one add per item not yet one.
 */
export async function followActionItems(pull: MergedPull, deps: EngineDeps): Promise<ActionItemsOutcome> {
  const incident = Number(BRANCH.exec(pull.head)?.[1] ?? Number.NaN);
  if (!pull.merged || Number.isNaN(incident))
    return { outcome: "ignored", reason: "not a merged postmortem" };
  const loaded = await deps.loadConfig();
  if (!loaded.ok)
    return { outcome: "invalid-config", message: loaded.problems.map((p) => p.path).join(", ") };
  const config = loaded.config;
  if (!config.actionItems.enabled) return { outcome: "ignored", reason: "actionItems.enabled is false" };
  const { ports } = deps;
  const document = (await ports.listPullFiles(pull.number)).find((f) => isPostmortem(f, config));
  if (document === undefined) return { outcome: "ignored", reason: `#${pull.number} changes no postmortem` };
  const text = await ports.readFileAt(document, pull.mergeCommitSha ?? (await ports.getDefaultBranch()).name);
  if (text === null) return { outcome: "ignored", reason: `${document} is not there after the merge` };
  const severity = frontMatter(text, "severity");
  const merged = Date.parse(pull.mergedAt ?? deps.now().toISOString());
  const due = new Date(merged + dueDays(config, severity) * 864e5).toISOString().slice(0, 10);
  const existing = new Map<string, number>();
  /** Issue number → GitHub's id, for sub-issues. */
  const ids = new Map<number, number>();
  const self = await deps.self();
  for (const issue of await ports.listIssues({ label: config.labels.actionItem, state: "all" })) {
    const marker = isTool(issue.author, self) ? readActionItemMarker(issue.body) : null;
    if (marker?.pull !== pull.number) continue;
    existing.set(marker.key, issue.number);
    if (issue.id !== undefined) ids.set(issue.number, issue.id);
  }
  const created: number[] = [];
  for (const item of parseActionItems(text).filter((i) => !i.done)) {
    if (existing.has(item.key)) continue;
    const { title, body } = actionItemIssue({ item, pull, incident, severity, due, document });
    const marker = requestMarker(`action-item-${pull.number}-${item.key}`);
    const input = { title, body: `${marker}\n${body}`, labels: [config.labels.actionItem] };
    let issue: Awaited<ReturnType<typeof ports.createIssue>>;
    try {
      issue = await ports.createIssue(
        item.assignee ? { ...input, assignees: [item.assignee] } : input,
        marker,
      );
    } catch (error) {
      // GitHub refuses an assignee who cannot be assigned (not a collaborator): create it unassigned.
      if (httpStatus(error) !== 422 || !item.assignee) throw error;
      issue = await ports.createIssue(input, marker);
    }
    existing.set(item.key, issue.number);
    if (issue.id !== undefined) ids.set(issue.number, issue.id);
    created.push(issue.number);
  }
  const all = [...existing.values()].filter((n) => !created.includes(n));
  const numbers = [...existing.values()].sort((a, b) => a - b);
  const subIssues =
    numbers.length === 0
      ? "none"
      : await linkSubIssues(
          ports,
          incident,
          numbers.flatMap((n) => ids.get(n) ?? []),
        );
  if (existing.size > 0) await announce(deps, incident, pull, numbers, subIssues === "linked");
  return { outcome: "followed", incident, created, existing: all, document, subIssues };
}

/**
 * Says on the incident, once, which issues its action items became; the comment's marker tells the
 * incident's runs to show their progress on the board and the dashboard.
 */
async function announce(
  deps: EngineDeps,
  incident: number,
  pull: MergedPull,
  issues: number[],
  asSubIssues: boolean,
): Promise<void> {
  const self = (await deps.self()).toLowerCase();
  const marker = actionItemsMarker(pull.number);
  const said = (await deps.ports.listComments(incident)).some(
    (c) => c.authorIsBot && c.author.toLowerCase() === self && c.body.startsWith(marker),
  );
  if (said) return;
  const list = [...issues].sort((a, b) => a - b).map((n) => `- #${n}`);
  await deps.ports.createComment(
    incident,
    [
      marker,
      asSubIssues
        ? `The postmortem (#${pull.number}) is merged; its action items are now sub-issues of this incident:`
        : `The postmortem (#${pull.number}) is merged; its action items are now issues:`,
      "",
      ...list,
      "",
    ].join("\n"),
  );
}

/** A postmortem document of the configured directory (not the index). */
function isPostmortem(path: string, config: Config): boolean {
  const directory = trimPath(config.postmortem.directory);
  const inside =
    directory === "" || directory === "." ? !path.includes("/") : path.startsWith(`${directory}/`);
  return inside && path.endsWith(".md") && path !== postmortemIndexPath(config);
}
