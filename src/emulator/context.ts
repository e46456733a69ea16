import type { IncomingHttpHeaders } from "node:http";
import { HttpError, type Repo, type World } from "./model.js";

/** What a route handler gets and returns. */

export interface Ctx {
  world: World;
  operationId: string;
  params: Record<string, string>;
  /** First value of each query parameter. */
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The login the token acts as; null when unauthenticated or authenticated as the App (JWT). */
  actor: string | null;
  /** True when authenticated with an App JWT. */
  app: boolean;
  url: URL;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as-is (e.g. raw file contents) instead of JSON. */
  raw?: string;
}

export type Handler = (ctx: Ctx) => Reply;

export function repoOf(ctx: Ctx): Repo {
  const { owner, repo } = ctx.params;
  const found = owner && repo ? ctx.world.repo(owner, repo) : undefined;
  if (!found) throw new HttpError(404, "Not Found");
  return found;
}

/** The acting login for writes; GitHub answers 401 without credentials, 403 for a bare App JWT. */
export function writer(ctx: Ctx): string {
  if (ctx.app) throw new HttpError(403, "Resource not accessible by integration");
  if (!ctx.actor) throw new HttpError(401, "Requires authentication");
  return ctx.actor;
}

export function intParam(ctx: Ctx, name: string): number {
  return Number(ctx.params[name]);
}

export function obj(body: unknown): Record<string, unknown> {
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}

/** `["a", {name: "b"}]` → `["a", "b"]`; accepts the body itself being the array, like GitHub. */
export function names(value: unknown, key = "name"): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    if (typeof v === "string") return [v];
    const name = obj(v)[key];
    return typeof name === "string" ? [name] : [];
  });
}

/**
 * GitHub-style pagination: `per_page` (default 30, max 100) and `page`, with a `Link` header carrying
 * `first`/`prev`/`next`/`last` URLs that preserve the other query parameters.
 */
export function paginate<T>(ctx: Ctx, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query.page ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number, rel: string) => {
    const url = new URL(ctx.url);
    url.searchParams.set("per_page", String(perPage));
    url.searchParams.set("page", String(p));
    return `<${url}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return { items: slice, headers: links.length ? { link: links.join(", ") } : {} };
}

export function ok(body: unknown, status = 200, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

export function paged<T>(ctx: Ctx, items: T[], shape: (item: T) => unknown): Reply {
  const { items: page, headers } = paginate(ctx, items);
  return { status: 200, body: page.map(shape), headers };
}
