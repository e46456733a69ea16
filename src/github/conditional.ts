/**
 * Conditional requests: GitHub answers a GET carrying the ETag of its last answer with
 * `304 Not Modified` when nothing changed, and a 304 does not count against the rate limit. The
 * app's sweep re-reads every open incident's list, config and history on an interval; with this
 * cache most of those reads cost nothing. Bounded (least recently used entries go first); one cache
 * per installation, since answers depend on who asks.
 */

interface Options {
  method?: string;
  url?: string;
  headers?: Record<string, string | number | undefined>;
  [key: string]: unknown;
}

interface Response {
  headers: Record<string, string | number | undefined>;
  [key: string]: unknown;
}

type Request = (options: Options) => Promise<Response>;

interface Hookable {
  hook: { wrap(name: "request", wrapper: (request: Request, options: Options) => Promise<Response>): void };
  request: { endpoint: (options: Options) => { url: string } };
}

export class EtagCache {
  private readonly entries = new Map<string, { etag: string; response: Response }>();
  hits = 0;
  constructor(private readonly limit = 2000) {}

  get(key: string) {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, etag: string, response: Response): void {
    this.entries.delete(key);
    this.entries.set(key, { etag, response });
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

const status = (error: unknown) => (error as { status?: unknown })?.status;

/**
 * Only answers that are whole are kept: a page of a longer list is not, because an unchanged page
 * can come back 304 while the list grew past it (its `Link` header would be stale).
 */
function complete(response: Response, options: Options): boolean {
  if (response.headers.link !== undefined) return false;
  const data = response.data;
  const perPage = Number(options.per_page ?? 30);
  return !Array.isArray(data) || data.length < perPage;
}

/** Adds conditional GETs backed by `cache` to one Octokit instance. */
export function useConditionalRequests(octokit: Hookable, cache: EtagCache): void {
  octokit.hook.wrap("request", async (request, options) => {
    if (String(options.method ?? "GET").toUpperCase() !== "GET") return request(options);
    const accept = String(options.headers?.accept ?? "");
    const key = `${accept} ${octokit.request.endpoint(options).url}`;
    const cached = cache.get(key);
    // Hooks registered before this one were bound to this very options object: change it in place.
    if (cached) options.headers = { ...options.headers, "if-none-match": cached.etag };
    try {
      const response = await request(options);
      const etag = response.headers.etag;
      if (typeof etag === "string" && etag !== "" && complete(response, options))
        cache.set(key, etag, response);
      return response;
    } catch (error) {
      if (status(error) === 304 && cached) {
        cache.hits++;
        return cached.response;
      }
      throw error;
    }
  });
}
