import type { Logger } from 'pino';
import type { JobWorker } from '../verification/job-worker.ts';

/**
 * Runs `task` at start and then every `everyMs`, one run at a time, beside the
 * job workers (same start/stop/drain surface). A failing run is logged by name
 * only (no personal data) and the next one still happens.
 */
export function periodicTask(options: {
  name: string;
  everyMs: number;
  logger: Logger;
  task(): Promise<unknown>;
}): JobWorker & { runNow(): Promise<unknown> } {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(options.task)
      .catch((error: unknown) =>
        options.logger.warn({ err: { name: (error as Error).name } }, `${options.name} failed`),
      );
    return running;
  };
  return {
    start() {
      if (timer) return;
      void run();
      timer = setInterval(() => void run(), options.everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
    kick() {},
    async drain() {
      await running;
    },
    /** One more run now, after any in progress. */
    runNow: run,
  };
}

/**
 * A periodic clean-up: `prune` deletes what has expired and says how many; the
 * count is logged (never what was deleted). Draining prunes once more, so a
 * caller sees the effect at once.
 */
export function periodicPruner(options: {
  name: string;
  everyMs: number;
  logger: Logger;
  prune(): Promise<number>;
}): JobWorker {
  const worker = periodicTask({
    name: options.name,
    everyMs: options.everyMs,
    logger: options.logger,
    async task() {
      const pruned = await options.prune();
      if (pruned > 0) options.logger.info({ pruned }, `${options.name}: pruned`);
    },
  });
  return {
    ...worker,
    async drain() {
      await worker.runNow();
    },
  };
}
