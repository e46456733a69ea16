/** The package entry: the Probot app function (default export) and the engine for embedding. */

export type { Config } from "./core/config/config.js";
export { defaultConfig, validateConfig } from "./core/config/validate.js";
export { createConfigLoader } from "./github/load-config.js";
export { createPorts } from "./github/octokit-ports.js";
export { declare } from "./handlers/declare.js";
export { handleWebhook } from "./handlers/handle-webhook.js";
export type { DeclareRequest, EngineDeps, EngineResult } from "./handlers/types.js";
export { CONFIG_PATH, default } from "./probot.js";
