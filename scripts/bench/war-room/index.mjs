// The war-room rows of `npm run bench` (issue 18), each also on its own:
//   npm run bench -- war-room            every war-room row (minutes: each war room lasts 2 min)
//   npm run bench -- war-room:1          one of: war-room:1, war-room:2, war-room:restart,
//                                        war-room:burst, war-room:replicas
//   WAR_ROOM_SECONDS=20 npm run bench -- war-room:1    a shorter war room while developing
import { buildLib } from "./app.mjs";
import { benchBurst } from "./burst.mjs";
import { benchReplicas } from "./replicas.mjs";
import { benchRestart } from "./restart.mjs";
import { benchWarRoom } from "./war-room.mjs";

export const SCENARIOS = {
  1: (m) => benchWarRoom(m, 1),
  2: (m) => benchWarRoom(m, 2),
  restart: (m) => benchRestart(m),
  burst: (m) => benchBurst(m),
  replicas: (m) => benchReplicas(m),
};

/** Runs the named scenarios (all when `names` is empty); throws on an unknown name. */
export async function benchWarRooms(m, names = []) {
  const unknown = names.filter((n) => !(n in SCENARIOS));
  if (unknown.length)
    throw new Error(
      `unknown war-room scenario ${unknown.join(", ")}; one of: ${Object.keys(SCENARIOS).join(", ")}`,
    );
  buildLib();
  for (const name of names.length ? names : Object.keys(SCENARIOS)) await SCENARIOS[name](m);
}
