// The Action's entry point (`runs.main` is its bundle, dist/index.js). Side effect only.
import { run } from "./run.js";

void run();
