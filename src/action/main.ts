// The Action's entry point (`runs.main` is its bundle, dist/index.js). Side effect only.
// Only the runner protocol and the routing are loaded up front; the engine is imported when the
// event needs it, so an ignored event starts fast: first its connection to GitHub (Octokit), whose
// first reads go out while the handlers (the rest of the engine) load.
import { execute } from "./execute.js";
import { runnerHost } from "./runner.js";

void execute(runnerHost(), {
  client: async () => (await import("./client.js")).client,
  handlers: async () => (await import("./run.js")).handlers,
});
