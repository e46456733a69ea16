const tails = new Map<string, Promise<unknown>>();

/**
 * Runs handlers for the same incident one after another within this process. GitHub delivers
 * `opened` and `labeled` for one issue at once; queueing them here means each reads the history
 * the previous one wrote. Across replicas, board creation still converges (see `write-board.ts`).
 */
export function serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
