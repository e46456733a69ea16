import { createRequire as __incidentWorkflowCreateRequire } from "node:module";
const require = __incidentWorkflowCreateRequire(import.meta.url);
import {
  execute,
  runnerHost
} from "./chunk-3HPAKSKW.js";
import "./chunk-UYACR5TS.js";

// src/action/main.ts
void execute(runnerHost(), async () => (await import("./run-YEHXS263.js")).engine);
