import { type Handler, paginate } from "./context.js";
import type { Issue, Repo } from "./model.js";
import { parseSearch } from "./search-query.js";
import { issueShape } from "./shapes-issue.js";

/** `GET /search/issues` over every repository of the World (see search-query.ts for the syntax). */

const SORT_KEYS: Record<string, (i: Issue) => string | number> = {
  created: (i) => i.createdAt,
  updated: (i) => i.updatedAt,
  comments: (i) => i.comments.length,
};

export const searchRoutes: Record<string, Handler> = {
  "search/issues-and-pull-requests": (ctx) => {
    const canSeePrivate = ctx.actor !== null;
    const query = parseSearch(ctx.world, ctx.query.q ?? "", canSeePrivate);
    const repos = query.repos.length
      ? query.repos
      : [...ctx.world.repos.values()].filter((r) => canSeePrivate || !r.private);
    const hits: Array<{ issue: Issue; repo: Repo }> = repos.flatMap((repo) =>
      [...repo.issues.values()]
        .filter((issue) => query.filters.every((test) => test(issue, repo)))
        .map((issue) => ({ issue, repo })),
    );
    // "Best match" (no sort) is emulated as newest first; ties break on number.
    const key = SORT_KEYS[ctx.query.sort ?? ""] ?? SORT_KEYS.created!;
    const direction = ctx.query.sort && ctx.query.order === "asc" ? 1 : -1;
    hits.sort((a, b) => {
      const ka = key(a.issue);
      const kb = key(b.issue);
      const cmp = ka < kb ? -1 : ka > kb ? 1 : a.issue.number - b.issue.number;
      return cmp * direction;
    });
    // GitHub serves at most the first 1000 results of a search.
    const { items, headers } = paginate(ctx, hits.slice(0, 1000));
    return {
      status: 200,
      headers,
      body: {
        total_count: hits.length,
        incomplete_results: false,
        items: items.map(({ issue, repo }) => {
          const { body, ...shape } = issueShape(ctx.world, repo, issue);
          // The search schema documents `body` as a non-null string; the emulator omits an empty (null) body
          // to stay inside it (GitHub itself may send null).
          return { ...shape, ...(body === null ? {} : { body }), score: 1 };
        }),
        // The emulator only does lexical (keyword) search. `search_type` must come after `items`:
        // Octokit's paginate takes the first key left after the counts as the list.
        search_type: "lexical",
      },
    };
  },
};
