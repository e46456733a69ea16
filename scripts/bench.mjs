#!/usr/bin/env node
// `npm run bench`: measures the budgets of the design brief (§5 of shared/design.md, "Budgets") and
// prints a short report; docs/performance.md explains each figure, the budgets revised there
// (correctness first: a race-free write that costs a request more is taken) and how to reproduce.
// Figures are reported, never asserted (request counts are asserted in the tests); the exit code
// is 0 unless the bench itself breaks. Needs `npm ci` and the committed bundle (dist/); it builds
// lib/ for the throughput run, and bundles the engine and the emulator from source.
//   (1) engine time per event, no network       (2) API calls per event
//   (3) Action cold start and bundle size         (4) board size on a very long incident
//   (5) app throughput, events/s                 (6) hostile input: 65,536-character texts parsed
// `npm run bench -- hostile` (or any of engine, api, cold, board, throughput) runs only those parts.
import { benchApiCalls } from "./bench/api-calls.mjs";
import { benchColdStart } from "./bench/cold-start.mjs";
import { benchBoardSize, benchEngine } from "./bench/engine.mjs";
import { benchHostileInput } from "./bench/hostile.mjs";
import { loadSources } from "./bench/load.mjs";
import { benchThroughput } from "./bench/throughput.mjs";

const sources = await loadSources();
console.log(`Incident Workflow bench — node ${process.version}, ${process.platform}/${process.arch}`);
console.log("Budgets: design brief §5; revised ones are justified in docs/performance.md.");

const only = process.argv.slice(2);
const wanted = (part) => only.length === 0 || only.includes(part);

if (wanted("engine")) await benchEngine(sources);
if (wanted("api")) await benchApiCalls(sources);
if (wanted("cold")) await benchColdStart(sources);
if (wanted("board")) benchBoardSize(sources);
if (wanted("throughput")) await benchThroughput(sources);
if (wanted("hostile")) benchHostileInput(sources);
console.log("");
// Probot and the emulator may leave keep-alive sockets and timers behind; the report is done.
process.exit(0);
