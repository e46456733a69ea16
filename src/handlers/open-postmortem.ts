import type { Config } from "../core/config/config.js";
import { postmortemSkipReason } from "../core/postmortem/eligibility.js";
import { postmortemBranch, postmortemPath } from "../core/postmortem/paths.js";
import {
  errorStatus,
  postmortemFailureComments,
  postmortemPrBody,
  postmortemPrTitle,
} from "../core/postmortem/pull-request.js";
import { renderPostmortemSafely } from "../core/postmortem/render.js";
import { postmortemReviewers } from "../core/postmortem/reviewers.js";
import type { IncidentState } from "../core/state/types.js";
import { inlineText } from "../core/text/markdown-safe.js";
import type {
  CommentPort,
  FilePort,
  IssueListPort,
  IssueWritePort,
  PullRequestPort,
} from "../github/ports.js";
import { updatePostmortemIndex } from "./postmortem-index.js";

export type PostmortemPorts = PullRequestPort &
  CommentPort &
  FilePort &
  Pick<IssueWritePort, "addLabels"> &
  Pick<IssueListPort, "listIssues">;

export interface OpenPostmortemDeps {
  ports: PostmortemPorts;
  now: () => Date;
  /** The login the token acts as, when known: never requested as a reviewer (GitHub refuses the PR author). */
  selfLogin?: string;
}

export interface OpenPostmortemResult {
  /** The postmortem PR (new, reused or already linked); null when none was opened. */
  pr: { number: number; url: string } | null;
  /** Why no PR was opened, or why an existing one was used. Plain text, for logs. */
  reason?: string;
  /** Markdown-safe notes for the engine to post on the issue (a broken template override, …). */
  warnings: string[];
}

/** Thrown only when the PR failed and the failure comment could not be posted either. */
export class PostmortemError extends Error {
  constructor(
    message: string,
    /** The rendered postmortem, so the caller can still log or attach it. */
    readonly document: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "PostmortemError";
  }
}

type PullRef = { number: number; url: string };

/**
 * Opens the postmortem pull request for an incident closed as completed. Idempotent: the link
 * on the board (state.postmortem) short-cuts everything; an existing branch leads to its PR, which is
 * reused. The normal first close costs 6 requests (7 with a template override):
 * getDefaultBranch, createBranch, putFile, createPull, addLabels, requestReviewers (skipped when
 * nobody is to be asked). Failures post the document on the issue instead.
 */
export async function openPostmortem(
  state: IncidentState,
  config: Config,
  deps: OpenPostmortemDeps,
  options: { summary?: string | undefined } = {},
): Promise<OpenPostmortemResult> {
  const skip = postmortemSkipReason(state, config);
  if (skip !== null) return { pr: null, reason: skip, warnings: [] };
  if (state.postmortem !== null) {
    return { pr: state.postmortem, reason: `already linked: #${state.postmortem.number}`, warnings: [] };
  }
  const { ports } = deps;
  const warnings: string[] = [];
  const source = await readOverride(ports, config, warnings);
  const now = deps.now();
  const rendered = renderPostmortemSafely(state, config, now, source, { summary: options.summary });
  if (rendered.warning !== undefined) warnings.push(rendered.warning);
  const document = rendered.document;
  const branch = postmortemBranch(state.number);
  const path = postmortemPath(config, state);

  let step = "reading the default branch";
  let pr: PullRef;
  try {
    const base = await ports.getDefaultBranch();
    step = `creating the branch ${branch}`;
    if (!(await createBranchUnlessExists(ports, branch, base.sha))) {
      step = `looking for a pull request from ${branch}`;
      const existing = pickPull(await ports.findPulls(branch));
      if (existing !== null) return link(existing, warnings, "reused");
    }
    step = `committing ${path} to ${branch}`;
    await ports.putFile({
      branch,
      path,
      content: document,
      message: `Draft the postmortem of incident ${state.number}`,
    });
    step = "updating the postmortem index";
    try {
      await updatePostmortemIndex(ports, config, state, { branch, document: path, now });
    } catch (error) {
      warnings.push(`The postmortem index could not be updated (${inlineText(describe(error), 300)}).`);
    }
    step = `opening the pull request from ${branch} to ${base.name}`;
    const created = await createPullOrFind(ports, {
      title: postmortemPrTitle(state),
      body: postmortemPrBody(state, path, now),
      head: branch,
      base: base.name,
      draft: config.postmortem.draft,
    });
    pr = created.pr;
    if (!created.isNew) return link(pr, warnings, "reused");
  } catch (error) {
    return fail(ports, state, { step, error, branch, path, document }, warnings);
  }
  await decorate(ports, state, config, pr, deps.selfLogin, warnings);
  return link(pr, warnings);
}

async function readOverride(
  ports: FilePort,
  config: Config,
  warnings: string[],
): Promise<string | null | undefined> {
  const path = config.postmortem.template;
  if (path === undefined) return undefined;
  try {
    return await ports.readFile(path);
  } catch (error) {
    warnings.push(
      `The postmortem template ${inlineText(path, 200)} could not be read (${inlineText(describe(error), 300)}); the built-in template was used instead.`,
    );
    return undefined;
  }
}

/** True when the branch was created, false when it already existed (GitHub answers 422). */
async function createBranchUnlessExists(
  ports: PullRequestPort,
  branch: string,
  sha: string,
): Promise<boolean> {
  try {
    await ports.createBranch(branch, sha);
    return true;
  } catch (error) {
    if (errorStatus(error) === 422) return false;
    throw error;
  }
}

/** An open PR first, else the newest closed one: a closed postmortem PR is still the postmortem. */
function pickPull(pulls: Array<{ number: number; url: string; state: string }>): PullRef | null {
  const sorted = [...pulls].sort((a, b) => b.number - a.number);
  const pick = sorted.find((p) => p.state === "open") ?? sorted[0];
  return pick === undefined ? null : { number: pick.number, url: pick.url };
}

/** Creates the PR; when GitHub says one already exists (a concurrent close), finds and reuses it. */
async function createPullOrFind(
  ports: PullRequestPort,
  input: Parameters<PullRequestPort["createPull"]>[0],
): Promise<{ pr: PullRef; isNew: boolean }> {
  try {
    return { pr: await ports.createPull(input), isNew: true };
  } catch (error) {
    if (errorStatus(error) !== 422) throw error;
    const existing = pickPull(await ports.findPulls(input.head));
    if (existing === null) throw error;
    return { pr: existing, isNew: false };
  }
}

/** The postmortem label and the reviewers; a failure here leaves the PR as it is, with a warning. */
async function decorate(
  ports: PostmortemPorts,
  state: IncidentState,
  config: Config,
  pr: PullRef,
  selfLogin: string | undefined,
  warnings: string[],
): Promise<void> {
  try {
    await ports.addLabels(pr.number, [config.labels.postmortem]);
  } catch (error) {
    warnings.push(
      `The ${inlineText(config.labels.postmortem, 60)} label could not be added to #${pr.number} (${inlineText(describe(error), 300)}).`,
    );
  }
  const reviewers = postmortemReviewers(state, config, selfLogin);
  if (reviewers.length === 0) return;
  try {
    await ports.requestReviewers(pr.number, reviewers);
  } catch (error) {
    warnings.push(`Reviewers could not be requested on #${pr.number} (${inlineText(describe(error), 300)}).`);
  }
}

/**
 * The issue links the PR twice without a request of its own: the PR body's `#n` makes GitHub add
 * a cross-reference to the issue, and the board (written next by the engine) shows the link and
 * carries its marker. That keeps the whole close within 8 requests.
 */
function link(pr: PullRef, warnings: string[], reused?: "reused"): OpenPostmortemResult {
  const reason = reused === undefined ? {} : { reason: `reused the existing pull request #${pr.number}` };
  return { pr, ...reason, warnings };
}

async function fail(
  ports: CommentPort,
  state: IncidentState,
  f: { step: string; error: unknown; branch: string; path: string; document: string },
  warnings: string[],
): Promise<OpenPostmortemResult> {
  const reason = `the postmortem pull request could not be opened: failed while ${f.step}: ${describe(f.error)}`;
  try {
    for (const body of postmortemFailureComments({ issue: state.number, ...f })) {
      await ports.createComment(state.number, body);
    }
  } catch (error) {
    throw new PostmortemError(
      `${reason}; the failure comment could not be posted either: ${describe(error)}`,
      f.document,
      {
        cause: f.error,
      },
    );
  }
  return { pr: null, reason, warnings };
}

function describe(error: unknown): string {
  const status = errorStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return `${status === null ? "" : `${status} `}${message}`.replace(/\s+/g, " ").trim().slice(0, 300);
}
