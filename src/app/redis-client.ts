/** The Redis commands the app's shared state uses (ioredis' signatures). */
export interface SharedRedis {
  set(key: string, value: string, px: "PX", ms: number, nx: "NX"): Promise<"OK" | null>;
  eval(script: string, keys: number, ...args: Array<string | number>): Promise<unknown>;
}

const clients = new Map<string, Promise<SharedRedis>>();
/** Who hears a connection's errors: every log a caller gave for that URL (stderr when none did). */
const listeners = new Map<string, Set<{ warn(message: string): void }>>();

/**
 * One connection per process to `REDIS_URL`, opened on first use (ioredis is loaded only when Redis
 * is configured) and shared by the per-incident lease and the write budget. Connection errors are
 * logged; a command that fails rejects, failing the run that needed it (retried by the work queue,
 * then repaired by the sweep).
 */
export function sharedRedis(url: string, log?: { warn(message: string): void }): SharedRedis {
  const logs = listeners.get(url) ?? new Set();
  listeners.set(url, logs);
  if (log !== undefined) logs.add(log);
  const connect = () => {
    let client = clients.get(url);
    if (client === undefined) {
      client = import("ioredis").then(({ Redis }) => {
        const redis = new Redis(url, { maxRetriesPerRequest: 2 });
        redis.on("error", (error: unknown) => {
          if (logs.size === 0) console.error(`Redis: ${String(error)}`);
          for (const l of logs) l.warn(`Redis: ${String(error)}`);
        });
        return redis as unknown as SharedRedis;
      });
      clients.set(url, client);
    }
    return client;
  };
  return {
    set: async (...args) => (await connect()).set(...args),
    eval: async (...args) => (await connect()).eval(...args),
  };
}
