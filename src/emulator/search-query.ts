import { HttpError, type Issue, type Repo, type World } from "./model.js";

/**
 * GitHub's issue search syntax (`GET /search/issues?q=…`), the part a bot uses: `repo:`, `is:`/`type:`,
 * `state:`, `label:` (quoted, several = AND, `a,b` = OR, `-label:` excludes), `in:title,body,comments`
 * with words or "quoted phrases" (case-insensitive substrings), and `created:`/`updated:`/`closed:`/
 * `merged:` dates (`>=`, `>`, `<=`, `<`, `a..b`, `*`). Unknown qualifiers are rejected with 422 rather
 * than searched as text, so a typo in a bot's query fails a test instead of silently matching nothing.
 */

export interface SearchQuery {
  /** Repositories to search (OR); empty = every repository the caller can see. */
  repos: Repo[];
  /** Every predicate must hold. */
  filters: Array<(issue: Issue, repo: Repo) => boolean>;
}

function invalid(message: string): HttpError {
  return new HttpError(422, "Validation Failed", {
    errors: [{ message, resource: "Search", field: "q", code: "invalid" }],
  });
}

const TOKEN = /(-?)(?:([A-Za-z-]+):)?((?:"[^"]*"|[^\s"])+)/g;

interface Token {
  negated: boolean;
  qualifier: string | null;
  /** The value without quotes. */
  value: string;
  /** The value split at commas outside quotes (`label:a,"b c"` → a, b c). */
  list: string[];
}

function tokenize(q: string): Token[] {
  return [...q.matchAll(TOKEN)].map((m) => {
    const raw = m[3] ?? "";
    const list = [...raw.matchAll(/(?:"[^"]*"|[^,"])+/g)].map((p) => p[0].replaceAll('"', ""));
    return {
      negated: m[1] === "-",
      qualifier: m[2]?.toLowerCase() ?? null,
      value: raw.replaceAll('"', ""),
      list,
    };
  });
}

const DAY = 86_400_000;

/** `[from, to)` in ms for a date (the whole day, UTC) or a date-time (that second); null when invalid. */
function instant(text: string): [number, number] | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const t = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(t) ? null : [t, t + DAY];
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?$/.test(text)) {
    const t = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`);
    return Number.isNaN(t) ? null : [t, t + 1000];
  }
  return null;
}

/** A predicate on a timestamp for `>=D`, `>D`, `<=D`, `<D`, `A..B` (either side may be `*`) or `D`. */
function dateRange(qualifier: string, value: string): (iso: string | null) => boolean {
  const at = (text: string) => {
    const range = instant(text);
    if (!range) throw invalid(`"${qualifier}:${value}" is not a valid date qualifier`);
    return range;
  };
  // The accepted instants as [lo, hi), from the day (or second) ranges of the dates named.
  let lo = -Infinity;
  let hi = Infinity;
  const cmp = /^(>=|>|<=|<)(.+)$/.exec(value);
  if (cmp) {
    const [from, to] = at(cmp[2]!);
    if (cmp[1] === ">=") lo = from;
    else if (cmp[1] === ">") lo = to;
    else if (cmp[1] === "<=") hi = to;
    else hi = from;
  } else if (value.includes("..")) {
    const [a = "", b = ""] = value.split("..", 2);
    if (a !== "*") lo = at(a)[0];
    if (b !== "*") hi = at(b)[1];
  } else {
    [lo, hi] = at(value);
  }
  return (iso) => {
    if (iso === null) return false;
    const t = Date.parse(iso);
    return t >= lo && t < hi;
  };
}

function textOf(world: World, issue: Issue, fields: Set<string>): string {
  const parts: string[] = [];
  if (fields.has("title")) parts.push(issue.title);
  if (fields.has("body")) parts.push(issue.body ?? "");
  if (fields.has("comments")) for (const id of issue.comments) parts.push(world.comments.get(id)?.body ?? "");
  return parts.join("\n").toLowerCase();
}

const KIND: Record<string, (i: Issue) => boolean> = {
  issue: (i) => !i.pull,
  pr: (i) => Boolean(i.pull),
  "pull-request": (i) => Boolean(i.pull),
};
const IS: Record<string, (i: Issue) => boolean> = {
  ...KIND,
  open: (i) => i.state === "open",
  closed: (i) => i.state === "closed",
  merged: (i) => Boolean(i.pull?.merged),
  unmerged: (i) => Boolean(i.pull) && !i.pull?.merged,
};

export function parseSearch(world: World, q: string, canSeePrivate: boolean): SearchQuery {
  if (q.length > 256) throw invalid("The search is longer than 256 characters.");
  const query: SearchQuery = { repos: [], filters: [] };
  const words: string[] = [];
  let fields = new Set(["title", "body", "comments"]);
  let kindGiven = false;
  const add = (negated: boolean, test: (i: Issue, r: Repo) => boolean) =>
    query.filters.push(negated ? (i, r) => !test(i, r) : test);

  for (const { negated, qualifier, value, list } of tokenize(q)) {
    const lower = value.toLowerCase();
    const pick = (table: Record<string, (i: Issue) => boolean>) => {
      const test = table[lower];
      if (!test) throw invalid(`"${qualifier}:${value}" is not a valid qualifier value`);
      if (KIND[lower] && !negated) kindGiven = true;
      add(negated, test);
    };
    switch (qualifier) {
      case null:
        if (negated) add(true, (i) => textOf(world, i, fields).includes(lower));
        else words.push(lower);
        break;
      case "repo": {
        const [owner = "", name = ""] = value.split("/");
        const repo = world.repo(owner, name);
        if (!repo || (repo.private && !canSeePrivate) || negated) {
          throw invalid(
            "The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.",
          );
        }
        query.repos.push(repo);
        break;
      }
      case "is":
        pick(IS);
        break;
      case "type":
        pick({ issue: KIND.issue!, pr: KIND.pr! });
        break;
      case "state":
        pick({ open: IS.open!, closed: IS.closed! });
        break;
      case "label": {
        const anyOf = list.map((l) => l.toLowerCase());
        add(negated, (i) => i.labels.some((l) => anyOf.includes(l.toLowerCase())));
        break;
      }
      case "in":
        fields = new Set(lower.split(","));
        if (negated || [...fields].some((f) => !["title", "body", "comments"].includes(f)))
          throw invalid(`"in:${value}" is not a valid qualifier value`);
        break;
      case "created":
      case "updated":
      case "closed":
      case "merged": {
        const test = dateRange(qualifier, value);
        const field = (i: Issue) =>
          ({
            created: i.createdAt,
            updated: i.updatedAt,
            closed: i.closedAt,
            merged: i.pull?.mergedAt ?? null,
          })[qualifier];
        add(negated, (i) => test(field(i)));
        break;
      }
      default:
        throw invalid(`"${qualifier}" is not a supported search qualifier`);
    }
  }
  // GitHub's issue search (since the 2025 search changes) refuses queries that mix issues and pulls.
  if (!kindGiven) throw new HttpError(422, "Query must include 'is:issue' or 'is:pull-request'");
  for (const word of words) query.filters.push((i) => textOf(world, i, fields).includes(word));
  return query;
}
