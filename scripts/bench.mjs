#!/usr/bin/env node
// `npm run bench`: measures the budgets of design §5 and prints a short report. Figures are
// reported, never asserted (call counts are asserted in the tests); the exit code is 0 unless the
// bench itself breaks. Needs only `npm ci`: the engine and the emulator are bundled from source.
//   (1) engine time per event, no network    (2) API calls per event
//   (3) Action cold start and bundle size    (4) board size on a very long incident
import { benchApiCalls } from "./bench/api-calls.mjs";
import { benchColdStart } from "./bench/cold-start.mjs";
import { benchBoardSize, benchEngine } from "./bench/engine.mjs";
import { loadSources } from "./bench/load.mjs";

const sources = await loadSources();
console.log(`Incident Workflow bench — node ${process.version}, ${process.platform}/${process.arch}`);

await benchEngine(sources);
await benchApiCalls(sources);
await benchColdStart(sources);
benchBoardSize(sources);
console.log("");
// Probot and the emulator may leave keep-alive sockets and timers behind; the report is done.
process.exit(0);
