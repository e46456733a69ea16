// Loaded only when the runner names a proxy for the API (see `fetchFor` in run.ts): `@actions/github`'s
// fetch, undici with the proxy dispatcher `@actions/http-client` builds from `https_proxy`/`no_proxy`.
import { defaults } from "@actions/github/lib/utils";

export const proxyFetch = (defaults.request?.fetch ?? globalThis.fetch) as typeof globalThis.fetch;
