import { createRequire as __incidentWorkflowCreateRequire } from "node:module";
const require = __incidentWorkflowCreateRequire(import.meta.url);
import {
  execute,
  runnerHost
} from "./chunk-XS6T2KYD.js";
import "./chunk-UYACR5TS.js";

// src/action/main.ts
void execute(runnerHost(), async () => (await import("./run-RW2I3A5E.js")).engine);
