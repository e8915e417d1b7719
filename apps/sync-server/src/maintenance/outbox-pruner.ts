import type { Logger } from 'pino';
import type { Clock } from '../deps.ts';
import type { Store } from '../store/store.ts';
import type { JobWorker } from '../verification/job-worker.ts';

/**
 * How long delivered messages stay in the outbox. They hold one-time codes
 * (valid 10 minutes), so a day is plenty for the development outbox's readers.
 */
export const OUTBOX_RETENTION_MS = 24 * 3_600_000;

/** Deletes old outbox messages at start and then every `everyMs`, beside the job workers. */
export function outboxPruner(
  deps: { store: Store; clock: Clock; logger: Logger },
  everyMs = 3_600_000,
): JobWorker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const prune = () => {
    running = running
      .then(async () => {
        const before = new Date(deps.clock.now().getTime() - OUTBOX_RETENTION_MS).toISOString();
        const pruned = await deps.store.transaction((tx) => tx.pruneOutbox(before));
        if (pruned > 0) deps.logger.info({ pruned }, 'outbox pruned');
      })
      .catch((error: unknown) =>
        deps.logger.warn({ err: { name: (error as Error).name } }, 'outbox pruning failed'),
      );
    return running;
  };
  return {
    start() {
      if (timer) return;
      void prune();
      timer = setInterval(() => void prune(), everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
    kick() {},
    async drain() {
      await prune();
    },
  };
}
