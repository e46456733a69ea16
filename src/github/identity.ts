import type { OctokitLike } from "./octokit-like.js";

/**
 * Who this tool acts as on GitHub, so it knows its own comments and label changes (by marker
 * *and* by author) and never adopts another account's. Asked once and remembered.
 */
export type Identity = () => Promise<string>;

function once(ask: () => Promise<string>): Identity {
  let known: Promise<string> | undefined;
  return () => {
    known ??= ask().catch((error: unknown) => {
      known = undefined;
      throw error;
    });
    return known;
  };
}

/** A GitHub App, from its JWT-authenticated Octokit: `<slug>[bot]` (`GET /app`). */
export function appIdentity(appOctokit: OctokitLike): Identity {
  return once(async () => {
    const { data } = await appOctokit.request("GET /app");
    const slug = (data as { slug?: unknown }).slug;
    if (typeof slug !== "string" || slug === "") throw new Error("GET /app returned no slug");
    return `${slug}[bot]`;
  });
}

/**
 * Any token (the workflow's GITHUB_TOKEN, a GitHub App installation token, a person's token): the
 * GraphQL `viewer`, which answers for installation tokens too (REST `GET /user` does not).
 */
export function tokenIdentity(octokit: OctokitLike): Identity {
  return once(async () => {
    const { data } = await octokit.request("POST /graphql", { query: "query { viewer { login } }" });
    const login = (data as { data?: { viewer?: { login?: unknown } } }).data?.viewer?.login;
    if (typeof login !== "string" || login === "") throw new Error("GitHub did not say who the token is");
    return login;
  });
}

/** A fixed identity (tests, or an operator who names it). */
export const knownIdentity = (login: string): Identity => once(async () => login);
