import { serialize } from "./serialize.js";

interface Waiting<I, T> {
  input: I;
  promise: Promise<T>;
}

const waiting = new Map<string, Waiting<unknown, unknown>>();

/**
 * Like `serialize`, for events that carry nothing of their own beyond "look again" (label changes,
 * closes): by the time GitHub delivers such a webhook its change is already in the history,
 * so a run for the same incident that is queued but not started yet will see it. A call that finds
 * one joins it, handing it its newer input through `merge`, instead of queueing a second read.
 * GitHub sends `opened` plus one `labeled` per label at once; this makes them two runs, not three.
 */
export function coalesce<I, T>(
  key: string,
  input: I,
  merge: (older: I, newer: I) => I,
  task: (input: I) => Promise<T>,
) {
  const queued = waiting.get(key) as Waiting<I, T> | undefined;
  if (queued) {
    queued.input = merge(queued.input, input);
    return queued.promise;
  }
  const entry = { input } as Waiting<I, T>;
  entry.promise = serialize(key, () => {
    if (waiting.get(key) === entry) waiting.delete(key);
    return task(entry.input);
  });
  waiting.set(key, entry as Waiting<unknown, unknown>);
  return entry.promise;
}
