/** Runs at most `size` tasks at once; the rest wait their turn in order. */
export interface BoundedPool {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function boundedPool(size: number): BoundedPool {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return {
    async run(task) {
      if (running >= size) await new Promise<void>((turn) => waiting.push(turn));
      running += 1;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
