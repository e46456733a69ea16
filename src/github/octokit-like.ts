/** The part of any Octokit (Probot's, `@actions/github`'s, `@octokit/rest`) the ports use. */
export interface OctokitLike {
  request: {
    (route: string, params?: Record<string, unknown>): Promise<{ data: unknown; status: number }>;
    endpoint: unknown;
  };
  paginate: (route: string, params?: Record<string, unknown>) => Promise<unknown[]>;
}

/** An HTTP error from Octokit: it carries the status. */
export const httpStatus = (error: unknown): number | undefined =>
  typeof error === "object" && error !== null && "status" in error && typeof error.status === "number"
    ? error.status
    : undefined;
