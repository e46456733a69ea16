#!/usr/bin/env node
// `npm run bench`: measures the budgets in docs/performance.md and
// prints a short report; docs/performance.md explains each figure, the budgets revised there
// (correctness first: a race-free write that costs a request more is taken) and how to reproduce.
// Figures are reported, never asserted (request counts are asserted in the tests); the exit code
// is 0 unless the bench itself breaks. Needs `npm ci` and the committed bundle (dist/); it builds
// lib/ for the throughput run, and bundles the engine and the emulator from source.
//   (1) engine time per event, no network       (2) API calls per event
//   (3) Action cold start and bundle size         (4) board size on a very long incident
//   (5) app throughput, events/s                 (6) hostile input: 65,536-character texts parsed
//   (W) the war room of issue 18 (scripts/bench/war-room/): board lag, writes and GitHub's secondary
//       limits, at 1 and 2 events/s, a restart with a backlog, a burst, two replicas with Redis.
// `npm run bench -- hostile` (or any of engine, api, cold, board, throughput, war-room) runs only
// those parts; `war-room:<name>` one war-room row (1, 2, restart, burst, replicas); WAR_ROOM_SECONDS
// shortens the war rooms while developing.
import { benchApiCalls } from "./bench/api-calls.mjs";
import { benchColdStart } from "./bench/cold-start.mjs";
import { benchBoardSize, benchEngine } from "./bench/engine.mjs";
import { benchHostileInput } from "./bench/hostile.mjs";
import { loadSources } from "./bench/load.mjs";
import { benchThroughput } from "./bench/throughput.mjs";
import { benchWarRooms } from "./bench/war-room/index.mjs";

const sources = await loadSources();
console.log(`Incident Workflow bench — node ${process.version}, ${process.platform}/${process.arch}`);
console.log("Budgets: docs/performance.md, which justifies the revised ones.");

const only = process.argv.slice(2);
const wanted = (part) => only.length === 0 || only.includes(part);

if (wanted("engine")) await benchEngine(sources);
if (wanted("api")) await benchApiCalls(sources);
if (wanted("cold")) await benchColdStart(sources);
if (wanted("board")) benchBoardSize(sources);
if (wanted("throughput")) await benchThroughput(sources);
if (wanted("hostile")) benchHostileInput(sources);
const rooms = only.filter((a) => a.startsWith("war-room:")).map((a) => a.slice("war-room:".length));
if (wanted("war-room") || rooms.length > 0) await benchWarRooms(sources, rooms);
console.log("");
// Probot and the emulator may leave keep-alive sockets and timers behind; the report is done.
process.exit(0);
