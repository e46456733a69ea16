import type { PostmortemPorts } from "../../src/handlers/open-postmortem.js";

/** An Octokit-style HTTP error (`RequestError` has `status`). */
export function httpError(status: number, message: string): Error & { status: number } {
  return Object.assign(new Error(message), { status });
}

type Method = keyof PostmortemPorts;
type Pull = {
  number: number;
  url: string;
  state: string;
  head: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
};

/**
 * An in-memory repository behind the ports the postmortem handler uses. Records every call (one
 * call = one GitHub request in `octokit-ports.ts`, given the default branch from the payload),
 * answers like GitHub (422 for an existing branch or PR) and throws an injected fault per method.
 */
export class FakePostmortemPorts implements PostmortemPorts {
  readonly calls: Method[] = [];
  readonly faults: Partial<Record<Method, unknown>> = {};
  readonly branches = new Map<string, string>([["main", "base-sha"]]);
  /** `<branch>:<path>` → content. */
  readonly files = new Map<string, string>();
  readonly pulls: Pull[] = [];
  readonly createPullInputs: Array<Parameters<PostmortemPorts["createPull"]>[0]> = [];
  readonly comments: Array<{ issue: number; body: string }> = [];
  readonly labels = new Map<number, string[]>();
  readonly reviewers = new Map<number, string[]>();
  private nextNumber = 100;

  private call(method: Method): void {
    this.calls.push(method);
    const fault = this.faults[method];
    if (fault !== undefined) throw fault;
  }

  async readFile(path: string) {
    this.call("readFile");
    return this.files.get(`main:${path}`) ?? null;
  }
  /** Action-item issues (the index counts their progress). */
  readonly issues: Array<Awaited<ReturnType<PostmortemPorts["listIssues"]>>[number]> = [];
  async listIssues() {
    this.call("listIssues");
    return this.issues;
  }
  async getDefaultBranch() {
    this.call("getDefaultBranch");
    return { name: "main", sha: this.branches.get("main")! };
  }
  async getBranch(name: string) {
    this.call("getBranch");
    return this.branches.get(name) ?? null;
  }
  async createBranch(name: string, sha: string) {
    this.call("createBranch");
    if (this.branches.has(name)) throw httpError(422, "Reference already exists");
    this.branches.set(name, sha);
  }
  async putFile(input: { branch: string; path: string; content: string; message: string }) {
    this.call("putFile");
    if (!this.branches.has(input.branch)) throw httpError(404, "Branch not found");
    this.files.set(`${input.branch}:${input.path}`, input.content);
  }
  async findPulls(branch: string) {
    this.call("findPulls");
    return this.pulls
      .filter((p) => p.head === branch)
      .map(({ number, url, state }) => ({ number, url, state }));
  }
  async createPull(input: { title: string; body: string; head: string; base: string; draft: boolean }) {
    this.call("createPull");
    this.createPullInputs.push(input);
    if (this.pulls.some((p) => p.head === input.head && p.state === "open")) {
      throw httpError(422, `A pull request already exists for acme:${input.head}.`);
    }
    const number = this.nextNumber++;
    const pull = { ...input, number, url: `https://github.com/acme/shop/pull/${number}`, state: "open" };
    this.pulls.push(pull);
    return { number, url: pull.url };
  }
  async requestReviewers(pull: number, reviewers: string[]) {
    this.call("requestReviewers");
    this.reviewers.set(pull, [...(this.reviewers.get(pull) ?? []), ...reviewers]);
  }
  async addLabels(issue: number, labels: string[]) {
    this.call("addLabels");
    this.labels.set(issue, [...(this.labels.get(issue) ?? []), ...labels]);
  }
  async createComment(issue: number, body: string) {
    this.call("createComment");
    this.comments.push({ issue, body });
    return { id: 5000 + this.comments.length, url: `https://github.com/acme/shop/issues/${issue}#c` };
  }
  async updateComment() {
    this.call("updateComment");
  }
  async deleteComment() {
    this.call("deleteComment");
  }
  async listComments() {
    this.call("listComments");
    return [];
  }
  async addReaction() {
    this.call("addReaction");
  }
}
