import type { Reply } from "./context.js";
import { isRevertMutation, revertPullRequest } from "./graphql-revert.js";
import type { World } from "./model.js";

/**
 * `POST /graphql`, which GitHub's REST description does not cover. Emulated: the query a bot uses to
 * learn who it is, `{ viewer { login databaseId } }` (either field, optionally as a named `query`),
 * and the `revertPullRequest` mutation (graphql-revert.ts); any other request to /graphql is answered with a GraphQL error and recorded as a violation.
 */

const GRAPHQL_AUTH_DOCS =
  "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql";
const VIEWER_FIELDS = new Set(["login", "databaseId"]);
const NAME = /^[_A-Za-z]\w*$/;

/** The query's tokens: `{ } ( )` alone, words between whitespace and commas (one pass, no backtracking). */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = "";
  for (const ch of text) {
    const separator = ch === "," || ch.trim() === "";
    if (separator || "{}()".includes(ch)) {
      if (word) out.push(word);
      word = "";
      if (!separator) out.push(ch);
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

export interface GraphqlOutcome {
  reply: Reply;
  /** Set when the request is outside what the emulator (and so the app under test) may send. */
  violation?: string;
}

function unauthenticated(message: string): GraphqlOutcome {
  return { reply: { status: 401, body: { message, documentation_url: GRAPHQL_AUTH_DOCS } } };
}

/** The fields of a viewer query, in order; null for any other query. */
export function viewerFields(query: string): string[] | null {
  const t = tokens(query.replace(/#[^\n]*/g, " "));
  let i = 0;
  if (t[i] === "query") {
    i++;
    if (t[i] !== undefined && NAME.test(t[i] as string)) i++;
    if (t[i] === "(") {
      const close = t.indexOf(")", i);
      if (close < 0) return null;
      i = close + 1;
    }
  }
  if (t[i] !== "{" || t[i + 1] !== "viewer" || t[i + 2] !== "{") return null;
  const fields: string[] = [];
  for (i += 3; t[i] !== undefined && VIEWER_FIELDS.has(t[i] as string); i++) fields.push(t[i] as string);
  const closed = t[i] === "}" && t[i + 1] === "}" && i + 2 === t.length;
  return fields.length > 0 && closed ? fields : null;
}

/**
 * Answers one /graphql request. `actor` is the token's login (null without credentials), `app` true
 * for an App JWT (credential errors for unknown tokens are raised before this, as "Bad credentials").
 */
export function graphql(
  world: World,
  method: string,
  body: unknown,
  actor: string | null,
  app: boolean,
): GraphqlOutcome {
  if (method !== "POST") {
    return {
      reply: { status: 404, body: { message: "Not Found" } },
      violation: `${method} /graphql: GitHub only takes POST`,
    };
  }
  const query = body && typeof body === "object" ? (body as { query?: unknown }).query : undefined;
  if (typeof query !== "string") {
    return {
      reply: { status: 400, body: { message: "A query attribute must be specified and must be a string." } },
      violation: "POST /graphql: the body must be JSON with a string `query`",
    };
  }
  // GitHub's docs: "The GraphQL API does not support any queries or mutations that require you to
  // authenticate with a JWT". The exact answer to a JWT is not documented; this is a plain 401.
  if (app)
    return unauthenticated(
      "A JSON web token cannot be used with the GraphQL API: use an installation access token.",
    );
  if (!actor) return unauthenticated("This endpoint requires you to be authenticated.");
  if (isRevertMutation(query)) {
    const variables = (body as { variables?: unknown }).variables;
    return { reply: { status: 200, body: revertPullRequest(world, actor, variables) } };
  }
  const fields = viewerFields(query);
  if (!fields) {
    return {
      reply: {
        status: 200,
        body: {
          data: null,
          errors: [
            { type: "EMULATOR", message: "The emulator only answers { viewer { login databaseId } }" },
          ],
        },
      },
      violation: `POST /graphql: query not emulated: ${query.replace(/\s+/g, " ").slice(0, 200)}`,
    };
  }
  const user = world.user(actor);
  const viewer: Record<string, unknown> = {};
  for (const field of fields) viewer[field] = field === "login" ? user.login : user.id;
  return { reply: { status: 200, body: { data: { viewer } } } };
}
