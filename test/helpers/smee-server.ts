// A stand-in for smee.io on loopback, speaking what smee-client expects of it: `HEAD /new`
// redirects to a new channel; `GET /<channel>` is a Server-Sent Events stream (`ready` first);
// a `POST /<channel>` (GitHub's delivery) is sent to every listener as one message whose data is
// the request's headers plus `body` (the parsed JSON) and `query`.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SmeeStandIn {
  url: string;
  /** Channels created with /new. */
  channels: string[];
  /** Listeners connected to a channel now. */
  listeners(channel: string): number;
  /** Resolves when a channel has a listener. */
  listening(channel: string, ms?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSmee(): Promise<SmeeStandIn> {
  const streams = new Map<string, Set<ServerResponse>>();
  const channels: string[] = [];
  let next = 1;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://smee");
    const channel = url.pathname.slice(1);
    if (url.pathname === "/new") {
      const id = `channel-${next++}`;
      channels.push(id);
      res.writeHead(307, { location: `${base}/${id}` }).end();
      return;
    }
    if (req.method === "GET") {
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-cache",
        connection: "keep-alive",
      });
      res.write("event: ready\ndata: {}\n\n");
      const set = streams.get(channel) ?? new Set();
      streams.set(channel, set.add(res));
      req.once("close", () => set.delete(res));
      return;
    }
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const message = {
        ...req.headers,
        body: JSON.parse(body || "{}"),
        query: Object.fromEntries(url.searchParams),
        timestamp: Date.now(),
      };
      for (const listener of streams.get(channel) ?? [])
        listener.write(`data: ${JSON.stringify(message)}\n\n`);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    channels,
    listeners: (channel) => streams.get(channel)?.size ?? 0,
    async listening(channel, ms = 10_000) {
      const until = Date.now() + ms;
      while ((streams.get(channel)?.size ?? 0) === 0) {
        if (Date.now() > until) throw new Error(`nobody listened on ${channel} within ${ms} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
