// The Action's entry point (`runs.main` is its bundle, dist/index.js). Side effect only.
// Only the runner protocol and the routing are loaded up front; the engine (Octokit, the config
// schema, the templates) is imported when the event needs it, so an ignored event starts fast.
import { execute } from "./execute.js";
import { runnerHost } from "./runner.js";

void execute(runnerHost(), async () => (await import("./run.js")).engine);
