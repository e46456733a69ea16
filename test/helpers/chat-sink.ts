// A chat endpoint on loopback HTTP (Slack, Teams, Discord, Mattermost, a generic webhook, PagerDuty's
// Events API all take a JSON POST): it records every request it receives and can fail on demand.
import { createServer, type IncomingMessage, type Server } from "node:http";

export interface ChatReceipt {
  path: string;
  headers: IncomingMessage["headers"];
  /** The raw body, as sent (what a signature covers). */
  raw: string;
  body: unknown;
  /** The status the sink answered. */
  status: number;
}

export interface ChatSink {
  url: string;
  /** Every request, answered or failed, in arrival order. */
  received: ChatReceipt[];
  /** The requests answered with success on `path`, in order. */
  delivered(path: string): ChatReceipt[];
  /** The next `count` requests (on `path`, or any path) are answered with `status`. */
  failNext(count: number, status?: number, path?: string): void;
  /** Requests on `path` wait this long before they are answered (a slow endpoint). */
  delay(path: string, ms: number): void;
  close(): Promise<void>;
}

/** `onReceive` runs as each request arrives, before it is answered (to look at the world then). */
export async function startChatSink(onReceive?: (receipt: ChatReceipt) => void): Promise<ChatSink> {
  const received: ChatReceipt[] = [];
  const failures: { left: number; status: number; path?: string } = { left: 0, status: 500 };
  const delays = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = null;
      try {
        body = JSON.parse(raw);
      } catch {
        body = null;
      }
      const path = req.url ?? "/";
      const failing = failures.left > 0 && (failures.path === undefined || failures.path === path);
      if (failing) failures.left -= 1;
      // PagerDuty answers 202; Slack, Teams and Discord 200/204: 2xx is what senders must accept.
      const status = body === null ? 400 : failing ? failures.status : path.includes("enqueue") ? 202 : 200;
      const receipt = { path, headers: req.headers, raw, body, status };
      received.push(receipt);
      onReceive?.(receipt);
      const answer = () => {
        res.writeHead(status, { "content-type": "text/plain" });
        res.end(status < 300 ? "ok" : "failure on demand");
      };
      const wait = delays.get(path) ?? 0;
      if (wait > 0) setTimeout(answer, wait);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    delivered: (path) => received.filter((r) => r.path === path && r.status < 300),
    failNext(count, status = 500, path?: string) {
      failures.left = count;
      failures.status = status;
      if (path === undefined) delete failures.path;
      else failures.path = path;
    },
    delay: (path, ms) => delays.set(path, ms),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
