/**
 * One holder at a time per key, within this process. Storing and releasing a
 * family's blob take the same key, so a release never deletes bytes that a
 * scan accepted meanwhile relies on (the blob store is per instance: see
 * docs/decisions.md).
 */
export interface KeyLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function keyLock(): KeyLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, work) {
      const before = tails.get(key) ?? Promise.resolve();
      const mine = before.then(work, work);
      const tail = mine.catch(() => undefined);
      tails.set(key, tail);
      // The last holder of a key clears it, so the map stays as small as the keys in use.
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return mine;
    },
  };
}
